package se.socialorg.advisor.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import se.socialorg.advisor.model.Resources;
import se.socialorg.advisor.model.Scenario;
import se.socialorg.advisor.ui.scenario.ScenarioSession;

/** Step 5's state, without a toolkit. */
class ResourcesStepViewModelTest {

  private final ScenarioSession session = new ScenarioSession();
  private final ResourcesStepViewModel resources =
      new ResourcesStepViewModel(new WizardModel(session));

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
}
