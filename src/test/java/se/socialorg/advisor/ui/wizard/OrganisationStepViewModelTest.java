package se.socialorg.advisor.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import se.socialorg.advisor.model.MaturityStage;
import se.socialorg.advisor.model.Organisation;
import se.socialorg.advisor.model.Scenario;
import se.socialorg.advisor.model.SharedFunctions;
import se.socialorg.advisor.ui.scenario.ScenarioSession;

/** Step 2's state, without a toolkit. */
class OrganisationStepViewModelTest {

  private final ScenarioSession session = new ScenarioSession();
  private final OrganisationStepViewModel org =
      new OrganisationStepViewModel(new WizardModel(session),
          () -> se.socialorg.advisor.i18n.I18n.forLanguage("en"));

  private static MaturityStage otherThan(MaturityStage s) {
    return s == MaturityStage.STRATEGIC ? MaturityStage.PLANNING : MaturityStage.STRATEGIC;
  }

  private static SharedFunctions otherThan(SharedFunctions s) {
    return s == SharedFunctions.CENTRAL ? SharedFunctions.FEDERATED : SharedFunctions.CENTRAL;
  }

  @Test
  void choosingAMaturityStageEditsTheScenario() {
    MaturityStage chosen = otherThan(org.maturityProperty().get());
    org.chooseMaturity(chosen);
    assertThat(session.scenario().inputs().organisation().maturity()).isEqualTo(chosen);
  }

  @Test
  void theDescriptionKeyNamesTheChosenStage() {
    org.chooseMaturity(MaturityStage.FORMALISED);
    assertThat(org.maturityDescriptionKeyProperty().get())
        .isEqualTo("maturity.FORMALISED.description");
  }

  @Test
  void choosingSharedFunctionsEditsTheScenario() {
    SharedFunctions chosen = otherThan(org.sharedFunctionsProperty().get());
    org.chooseSharedFunctions(chosen);
    assertThat(session.scenario().inputs().organisation().sharedFunctions()).isEqualTo(chosen);
  }

  @Test
  void choosingTheSameStageAgainIsNoEdit() {
    org.chooseMaturity(org.maturityProperty().get());
    assertThat(session.isDirty()).isFalse();
  }

  @Test
  void theChoicesFollowAnOpenedScenario() {
    Scenario blank = Scenario.blank();
    Organisation o = blank.inputs().organisation();
    MaturityStage stage = otherThan(o.maturity());
    SharedFunctions functions = otherThan(o.sharedFunctions());
    Scenario opened = blank.withInputs(blank.inputs().withOrganisation(new Organisation(
        o.employees(), o.technicalExpertShare(), o.businessUnits(), o.countries(),
        o.regulation(), stage, functions, o.cultureOpenness())));
    session.replace(opened, null, false);
    assertThat(org.maturityProperty().get()).isEqualTo(stage);
    assertThat(org.sharedFunctionsProperty().get()).isEqualTo(functions);
  }

  @Test
  void theNamesFollowAnOpenedScenario() {
    session.replace(Scenario.blank().withNames("Pilot 2026", "Acme"), null, false);
    assertThat(org.names().scenarioNameProperty().get()).isEqualTo("Pilot 2026");
  }
}
