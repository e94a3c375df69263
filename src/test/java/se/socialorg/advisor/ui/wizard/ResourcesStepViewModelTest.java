package se.socialorg.advisor.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import se.socialorg.advisor.model.ProjectionAssumptions;
import se.socialorg.advisor.model.Resources;
import se.socialorg.advisor.model.Scenario;
import se.socialorg.advisor.ui.scenario.ScenarioSession;

/** Step 5's state, without a toolkit. */
class ResourcesStepViewModelTest {

  private final ScenarioSession session = new ScenarioSession();
  private final WizardModel wizard = new WizardModel(session);
  private final ResourcesStepViewModel resources = new ResourcesStepViewModel(wizard);

  private static final ResourcesStepViewModel.AssumptionChange RAMP = (a, v) ->
      new ProjectionAssumptions((int) Math.round(v), a.minutesPerPost(), a.profiles());

  private boolean enterRamp(Double months) {
    return resources.enterAssumption("rampMonthsField", 0, months, 1, 1, 36, "Between 1 and 36",
        RAMP);
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
    enterRamp(9.0);
    assertThat(session.scenario().inputs().assumptions().rampMonths()).isEqualTo(9);
  }

  @Test
  void anAssumptionOutOfRangeBlocksNext() {
    enterRamp(40.0);
    assertThat(wizard.blockingReasonProperty().get()).isEqualTo("Between 1 and 36");
  }

  @Test
  void anAssumptionOutOfRangeLeavesTheScenarioAlone() {
    int before = session.scenario().inputs().assumptions().rampMonths();
    enterRamp(0.0);
    assertThat(session.scenario().inputs().assumptions().rampMonths()).isEqualTo(before);
  }

  @Test
  void anUnreadableAssumptionIsNotTaken() {
    assertThat(enterRamp(null)).isFalse();
  }

  @Test
  void aCorrectedAssumptionUnblocksNext() {
    enterRamp(40.0);
    enterRamp(12.0);
    assertThat(wizard.hasProblems()).isFalse();
  }
}
