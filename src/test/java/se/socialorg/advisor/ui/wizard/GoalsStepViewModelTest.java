package se.socialorg.advisor.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.socialorg.advisor.i18n.I18n;
import se.socialorg.advisor.model.Goal;
import se.socialorg.advisor.model.Goals;
import se.socialorg.advisor.model.Scenario;
import se.socialorg.advisor.model.WeightMode;
import se.socialorg.advisor.ui.scenario.ScenarioSession;

/** Step 1's state, without a toolkit. */
class GoalsStepViewModelTest {

  private final ScenarioSession session = new ScenarioSession();
  private final WizardModel wizard = new WizardModel(session);
  private final GoalsStepViewModel goals =
      new GoalsStepViewModel(wizard, () -> I18n.forLanguage("en"));

  @Test
  void theModeFollowsAnOpenedPairwiseScenario() {
    Goals blank = session.scenario().inputs().goals();
    Scenario pairwise = Scenario.blank().withInputs(Scenario.blank().inputs().withGoals(
        new Goals(WeightMode.PAIRWISE, blank.sliders(),
            GoalsStepViewModel.judgementsFromSliders(blank))));
    session.replace(pairwise, null, false);
    assertThat(goals.modeProperty().get()).isEqualTo(WeightMode.PAIRWISE);
  }

  @Test
  void switchingToPairsStartsFromAnswersThatAgreeWithTheSliders() {
    goals.setMode(WeightMode.PAIRWISE);
    assertThat(goals.modeProperty().get()).isEqualTo(WeightMode.PAIRWISE);
    assertThat(goals.goals().judgements()).isNotEmpty();
  }

  @Test
  void allSlidersAtZeroBlocksNextWithTheReason() {
    for (Goal g : Goal.values()) {
      goals.setSlider(g, 0);
    }
    assertThat(wizard.canGoNext()).isFalse();
    assertThat(wizard.blockingReasonProperty().get())
        .isEqualTo(I18n.forLanguage("en").t("wizard.goals.invalid.allZero"));
    goals.setSlider(Goal.values()[0], 50);
    assertThat(wizard.canGoNext()).isTrue();
  }

  @Test
  void anAnswerChangesOnlyItsOwnQuestion() {
    goals.setMode(WeightMode.PAIRWISE);
    List<se.socialorg.advisor.model.Judgement> before = goals.goals().judgements();
    var first = before.get(0);
    goals.setJudgement(first.first(), first.second(), 5);
    List<se.socialorg.advisor.model.Judgement> after = goals.goals().judgements();
    assertThat(after.get(0).ratio()).isEqualTo(5);
    assertThat(after.subList(1, after.size())).isEqualTo(before.subList(1, before.size()));
  }

  /** Saaty's 1-9 scale on a slider of -8..8: position 0 is equal, -2 is "3 times as much". */
  @ParameterizedTest
  @CsvSource({"0, 1.0", "-2, 3.0", "2, 0.3333333333333333", "-8, 9.0"})
  void sliderPositionsAreSaatyRatios(int position, double ratio) {
    assertThat(GoalsStepViewModel.toRatio(position)).isEqualTo(ratio);
    assertThat(GoalsStepViewModel.toPosition(ratio)).isEqualTo(position);
  }

  @Test
  void atMostFiveGoalsAreComparedInPairs() {
    Map<Goal, Double> all = new EnumMap<>(Goal.class);
    for (Goal g : Goal.values()) {
      all.put(g, 50.0);
    }
    assertThat(GoalsStepViewModel.pairGoals(new Goals(WeightMode.DIRECT, all, List.of())))
        .hasSizeLessThanOrEqualTo(GoalsStepViewModel.MAX_PAIRWISE_GOALS);
  }
}
