package se.socialorg.advisor.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.socialorg.advisor.model.Alternative;
import se.socialorg.advisor.model.Goal;
import se.socialorg.advisor.model.Goals;
import se.socialorg.advisor.model.ScenarioInputs;
import se.socialorg.advisor.model.WeightMode;

class AdviceTest {

  private final DecisionEngine engine = new DecisionEngine();

  @Test
  void anAllDefaultScenarioEvaluatesAndSaysItRestsOnDefaults() {
    Advice a = engine.advise(ScenarioInputs.defaults());
    assertThat(a.allDefaults()).isTrue();
    assertThat(a.goalsUnchecked()).isTrue();
    assertThat(a.uncheckedDefaults()).isNotEmpty();
  }

  @Test
  void theAllDefaultScenarioIsACloseCall() {
    // Advocacy leads hub-and-spoke by 0.2 points and ranks first in about half the draws.
    assertThat(engine.advise(ScenarioInputs.defaults()).confidence())
        .isEqualTo(Confidence.CLOSE_CALL);
  }

  @Test
  void aChangedInputIsNoLongerAllDefaults() {
    ScenarioInputs in = Fixtures.organisation(900, 2, 1,
        se.socialorg.advisor.model.MaturityStage.ENGAGEMENT, 0.6);
    assertThat(engine.advise(in).allDefaults()).isFalse();
  }

  @Test
  void confidenceFollowsTheChanceAndLeadOfTheSameRun() {
    ScenarioInputs in = Fixtures.onlyGoal(Goal.CRISIS_READINESS);
    Advice a = engine.advise(in);
    Acceptability acc = engine.acceptability(in);
    Evaluation e = engine.evaluate(in);
    assertThat(a.chanceFirst()).isEqualTo(acc.probability(e.recommended()));
    assertThat(a.leadPoints()).isCloseTo(e.margin() * 100, within(1e-12));
    assertThat(a.confidence()).isEqualTo(Confidence.of(a.chanceFirst(), e.margin()));
  }

  @Test
  void aFlipPointAtAFullGoalWeightIsNotRealistic() {
    FlipPoint fp = new FlipPoint("weight.EMPLOYER_BRANDING", 0.17, 1.0, Alternative.CENTRALISED);
    assertThat(Advice.realistic(fp)).isFalse();
  }

  @Test
  void aFlipPointOneRangeAwayIsRealistic() {
    // Openness moves +/- 0.20 in its plausible range; 0.50 -> 0.65 is within it.
    FlipPoint fp = new FlipPoint("CULTURE_OPENNESS", 0.50, 0.65, Alternative.HUB_AND_SPOKE);
    assertThat(Advice.realistic(fp)).isTrue();
  }

  @Test
  void aFlipThatNeedsTenTimesTheEmployeesIsNotRealistic() {
    FlipPoint fp = new FlipPoint("EMPLOYEES", 500, 5000, Alternative.HUB_AND_SPOKE);
    assertThat(Advice.realistic(fp)).isFalse();
  }

  @Test
  void theDecidingFlipIsTheNearestRealisticOne() {
    ScenarioInputs in = ScenarioInputs.defaults();
    Advice a = engine.advise(in);
    SensitivityResult s = engine.sensitivity(in);
    assertThat(a.decidingFlip()).isNotNull();
    for (FlipPoint fp : s.flipPoints()) {
      if (Advice.realistic(fp)) {
        assertThat(Advice.distance(a.decidingFlip())).isLessThanOrEqualTo(Advice.distance(fp));
      }
    }
  }

  @Test
  void moneyIsGivenAtTwelveAndTwentyFourWholeMonthsForRecommendedAndRunnerUpInBothCases() {
    Advice a = engine.advise(ScenarioInputs.defaults());
    MoneyOutlook m = a.money();
    assertThat(m.figures()).hasSize(2 * 2 * 2);
    for (Alternative alt : List.of(m.recommended(), m.runnerUp())) {
      for (ProjectionCase c : ProjectionCase.values()) {
        for (int months : MoneyOutlook.HORIZONS) {
          assertThat(m.figure(alt, c, months).months()).isEqualTo(months);
        }
      }
    }
    assertThat(m.currency()).isEqualTo(ScenarioInputs.defaults().resources().currency());
  }

  @Test
  void moneyEqualsTheProjectionOfTheSameCase() {
    ScenarioInputs in = ScenarioInputs.defaults();
    Advice a = engine.advise(in);
    ProjectionResult p = new Projection().project(in, ProjectionCase.CONSERVATIVE, 24);
    Alternative rec = a.evaluation().recommended();
    MoneyFigures f = a.money().figure(rec, ProjectionCase.CONSERVATIVE, 12);
    assertThat(f.cost()).isEqualTo(p.series().get(rec).get(11).cumulativeCost());
    assertThat(f.value()).isEqualTo(p.series().get(rec).get(11).cumulativeValue());
    assertThat(f.headcount()).isEqualTo(p.hires().get(rec));
  }

  @Test
  void whenTheRecommendationLacksTheBestReturnTheOutlookNamesTheLeaderAndTheHeaviestGoals() {
    // Defaults: advocacy is recommended on trust and thought leadership; the central team's
    // paid distribution gives it the best return on money alone.
    MoneyOutlook m = engine.advise(ScenarioInputs.defaults()).money();
    assertThat(m.recommendedHasBestReturn()).isFalse();
    assertThat(m.bestReturn()).isEqualTo(Alternative.CENTRALISED);
    assertThat(m.topGoals()).containsExactly(Goal.TRUST_CREDIBILITY, Goal.THOUGHT_LEADERSHIP);
  }

  @Test
  void theStrongestReasonsAreTheFirstThreeReasonsFor() {
    Advice a = engine.advise(ScenarioInputs.defaults());
    assertThat(a.strongestReasons())
        .hasSizeLessThanOrEqualTo(Advice.SUMMARY_REASONS)
        .containsExactlyElementsOf(
            a.evaluation().reasonsFor().subList(0, a.strongestReasons().size()));
  }

  @Test
  void topGoalsSkipGoalsWithoutWeight() {
    Map<Goal, Double> s = new EnumMap<>(Goal.class);
    for (Goal g : Goal.values()) {
      s.put(g, 0.0);
    }
    s.put(Goal.CRISIS_READINESS, 60.0);
    ScenarioInputs in = ScenarioInputs.defaults().withGoals(new Goals(WeightMode.DIRECT, s, List.of()));
    assertThat(engine.advise(in).money().topGoals()).containsExactly(Goal.CRISIS_READINESS);
  }
}
