package se.socialorg.advisor.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import se.socialorg.advisor.model.Scenario;
import se.socialorg.advisor.ui.scenario.ScenarioSession;

/** Moving through the wizard, without a toolkit. */
class WizardModelTest {

  /** Walking an opened sample's steps is looking, not changing: no save prompt after it. */
  @Test
  void walkingTheStepsOfAnOpenedScenarioLeavesItSaved() {
    ScenarioSession session = new ScenarioSession();
    session.replace(Scenario.blank().withWizardStep(WizardModel.RESULT_STEP), null, false);
    WizardModel wizard = new WizardModel(session);

    for (int step = 0; step <= WizardModel.RESULT_STEP; step++) {
      wizard.goTo(step);
    }

    assertThat(session.isDirty()).isFalse();
    assertThat(session.scenario().wizardStep()).isEqualTo(WizardModel.RESULT_STEP);
  }
}
