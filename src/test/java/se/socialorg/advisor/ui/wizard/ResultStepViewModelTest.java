package se.socialorg.advisor.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import se.socialorg.advisor.model.Alternative;
import se.socialorg.advisor.model.Decision;
import se.socialorg.advisor.model.Scenario;
import se.socialorg.advisor.ui.scenario.ScenarioSession;

/** Step 6's own state, without a toolkit. */
class ResultStepViewModelTest {

  private final ScenarioSession session = new ScenarioSession();
  private final ResultStepViewModel result = new ResultStepViewModel(new WizardModel(session));

  @Test
  void theProjectionStartsWithEarnedMediaValue() {
    assertThat(result.metricProperty().get()).isEqualTo("emv");
  }

  @Test
  void theChosenMetricIsKept() {
    result.showMetric("clicks");
    assertThat(result.metricProperty().get()).isEqualTo("clicks");
  }

  @Test
  void anUnknownMetricIsIgnored() {
    result.showMetric("likes");
    assertThat(result.metricProperty().get()).isEqualTo("emv");
  }

  @Test
  void recordingTheDecisionEditsTheScenario() {
    result.recordDecision(Alternative.values()[0]);
    assertThat(session.scenario().decision().taken()).isEqualTo(Alternative.values()[0]);
  }

  @Test
  void notesKeepTheDecisionTaken() {
    result.recordDecision(Alternative.values()[1]);
    result.noteDecision("Board agreed on 12 March");
    assertThat(session.scenario().decision())
        .isEqualTo(new Decision(Alternative.values()[1], "Board agreed on 12 March"));
  }

  @Test
  void theDecisionFollowsAnOpenedScenario() {
    Decision taken = new Decision(Alternative.values()[2], "Pilot first");
    session.replace(Scenario.blank().withDecision(taken), null, false);
    assertThat(result.decisionProperty().get()).isEqualTo(taken);
  }

  @Test
  void recordingTheSameDecisionAgainIsNoEdit() {
    result.recordDecision(session.scenario().decision().taken());
    assertThat(session.isDirty()).isFalse();
  }
}
