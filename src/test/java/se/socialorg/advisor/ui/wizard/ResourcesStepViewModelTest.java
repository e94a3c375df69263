package se.socialorg.advisor.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import se.socialorg.advisor.i18n.I18n;
import se.socialorg.advisor.model.ProjectionAssumptions;
import se.socialorg.advisor.model.Resources;
import se.socialorg.advisor.model.Scenario;
import se.socialorg.advisor.ui.scenario.ScenarioSession;

/** Step 5's state, without a toolkit. */
class ResourcesStepViewModelTest {

  private final ScenarioSession session = new ScenarioSession();
  private final WizardModel wizard = new WizardModel(session);
  private static final I18n EN = I18n.forLanguage("en");
  private final ResourcesStepViewModel resources = new ResourcesStepViewModel(wizard, () -> EN);

  private static final ResourcesStepViewModel.AssumptionChange RAMP = (a, v) ->
      new ProjectionAssumptions((int) Math.round(v), a.minutesPerPost(), a.profiles());

  private boolean enterRamp(String months) {
    return resources.enterAssumption("rampMonthsField", months, 1, 1, 36, RAMP);
  }

  private static Scenario inCurrency(String code) {
    Scenario blank = Scenario.blank();
    Resources r = blank.inputs().resources();
    return blank.withInputs(blank.inputs().withResources(new Resources(code, r.annualBudget(),
        r.loadedSalary(), r.hiringDifficulty(), r.platformCostPerYear(),
        r.coachingHoursPerAdvocate(), r.hourlyCost())));
  }

  @Test
  void choosingACurrencyEditsTheScenario() {
    resources.chooseCurrency("NOK");
    assertThat(session.scenario().inputs().resources().currency()).isEqualTo("NOK");
  }

  @Test
  void choosingACurrencyKeepsTheBudgetAsTyped() {
    double budget = session.scenario().inputs().resources().annualBudget();
    resources.chooseCurrency("GBP");
    assertThat(session.scenario().inputs().resources().annualBudget()).isEqualTo(budget);
  }

  @Test
  void theCommonCurrenciesAreOffered() {
    assertThat(resources.currenciesProperty().get())
        .containsExactly("SEK", "EUR", "NOK", "DKK", "GBP", "USD");
  }

  @Test
  void anOpenedScenariosOwnCurrencyIsOfferedToo() {
    session.replace(inCurrency("CHF"), null, false);
    assertThat(resources.currenciesProperty().get()).endsWith("CHF");
    assertThat(resources.currencyProperty().get()).isEqualTo("CHF");
  }

  @Test
  void anotherScenarioDropsTheEarlierOwnCurrency() {
    session.replace(inCurrency("CHF"), null, false);
    session.replace(inCurrency("EUR"), null, false);
    assertThat(resources.currenciesProperty().get()).doesNotContain("CHF");
  }

  @Test
  void anAssumptionInRangeEditsTheScenario() {
    enterRamp("9");
    assertThat(session.scenario().inputs().assumptions().rampMonths()).isEqualTo(9);
  }

  @Test
  void anAssumptionOutOfRangeBlocksNext() {
    while (wizard.step() < ResourcesStepViewModel.STEP) {
      wizard.next();
    }
    enterRamp("40");
    assertThat(wizard.canGoNext()).isFalse();
    assertThat(wizard.blockingReasonProperty().get()).isEqualTo(
        "A model assumption is out of range: From 1 to 36.");
  }

  @Test
  void anAssumptionOutOfRangeLeavesTheScenarioAlone() {
    int before = session.scenario().inputs().assumptions().rampMonths();
    enterRamp("0");
    assertThat(session.scenario().inputs().assumptions().rampMonths()).isEqualTo(before);
  }

  @Test
  void anUnreadableAssumptionIsNotTaken() {
    assertThat(enterRamp("abc")).isFalse();
  }

  @Test
  void aCorrectedAssumptionUnblocksNext() {
    enterRamp("40");
    enterRamp("12");
    assertThat(wizard.hasProblems()).isFalse();
  }
}
