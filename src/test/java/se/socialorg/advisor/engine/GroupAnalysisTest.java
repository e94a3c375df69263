package se.socialorg.advisor.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.socialorg.advisor.model.Alternative;
import se.socialorg.advisor.model.Goal;
import se.socialorg.advisor.model.Goals;
import se.socialorg.advisor.model.Participant;
import se.socialorg.advisor.model.ScenarioInputs;
import se.socialorg.advisor.model.WeightMode;

class GroupAnalysisTest {

  private final DecisionEngine engine = new DecisionEngine();

  static Goals only(Goal... goals) {
    Map<Goal, Double> m = new EnumMap<>(Goal.class);
    for (Goal g : goals) {
      m.put(g, 100.0);
    }
    return new Goals(WeightMode.DIRECT, m, List.of());
  }

  /** A management team of five who answered and one who has not, on the default case. */
  static ScenarioInputs team() {
    return ScenarioInputs.defaults().withParticipants(List.of(
        new Participant("Åsa Lind", "CMO", 1, only(Goal.TRUST_CREDIBILITY, Goal.THOUGHT_LEADERSHIP)),
        new Participant("Per Holm", "Legal", 1, only(Goal.CRISIS_READINESS, Goal.CUSTOMER_SERVICE)),
        new Participant("Eva Ek", "HR", 1, only(Goal.EMPLOYER_BRANDING, Goal.TRUST_CREDIBILITY)),
        new Participant("Kim Berg", "Sales", 1, only(Goal.LEAD_GENERATION, Goal.TRUST_CREDIBILITY)),
        new Participant("Jon Ås", "CEO", 1, only(Goal.TRUST_CREDIBILITY, Goal.MEASURABLE_ROI)),
        Participant.of("Ola Sten", "IT")));
  }

  @Test
  void eachMembersOwnRecommendationStandsBesideTheGroups() {
    GroupAnalysis a = engine.group(team());

    assertThat(a.recommended()).isEqualTo(Alternative.DISTRIBUTED_ADVOCACY);
    assertThat(a.members()).extracting(GroupAnalysis.Member::ownRecommendation).containsExactly(
        Alternative.DISTRIBUTED_ADVOCACY, Alternative.CENTRALISED, Alternative.DISTRIBUTED_ADVOCACY,
        Alternative.DISTRIBUTED_ADVOCACY, Alternative.DISTRIBUTED_ADVOCACY);
  }

  @Test
  void theMemberFurthestFromTheGroupIsNamed() {
    GroupAnalysis a = engine.group(team());

    assertThat(a.furthest().participant().name()).isEqualTo("Per Holm");
    assertThat(a.furthest().distance()).isCloseTo(0.8, within(1e-9));
  }

  @Test
  void theGoalThatSplitsTheGroupMostIsNamed() {
    // Trust: four members give it half their weight, Legal none: the widest spread (0.2).
    GroupAnalysis a = engine.group(team());

    assertThat(a.splittingGoal()).isEqualTo(Goal.TRUST_CREDIBILITY);
    assertThat(a.splittingSpread()).isCloseTo(0.2, within(1e-9));
  }

  @Test
  void aTeamThatAgreesSaysSo() {
    ScenarioInputs in = ScenarioInputs.defaults().withParticipants(List.of(
        new Participant("A", "", 1, Goals.defaults()), new Participant("B", "", 1, Goals.defaults())));
    GroupAnalysis a = engine.group(in);

    assertThat(a.level()).isEqualTo(ConsensusLevel.VERY_HIGH);
    assertThat(a.agreeing()).hasSize(2);
  }

  @Test
  void onePersonHasNoGroup() {
    assertThat(engine.group(ScenarioInputs.defaults())).isNull();
  }

  @Test
  void slidersAtTheEndsStillGiveAConsensusAboveZero() {
    // Without putting sliders on the 1-9 scale first, S* of this team would be clipped to 0.
    assertThat(engine.group(team()).group().consensus()).isBetween(0.05, 0.5);
  }

  @Test
  void slidersWithinARatioOfNineKeepTheirWeights() {
    double[] w = {0.5, 0.3, 0.2};
    assertThat(GroupWeights.onAhpScale(w)).containsExactly(w, within(1e-12));
  }

  @ParameterizedTest
  @CsvSource({
    "0.00, VERY_LOW", "0.50, VERY_LOW", "0.51, LOW", "0.649, LOW", "0.65, MODERATE",
    "0.749, MODERATE", "0.75, HIGH", "0.849, HIGH", "0.85, VERY_HIGH", "1.00, VERY_HIGH"
  })
  void consensusInWordsFollowsTheScale(double s, ConsensusLevel level) {
    assertThat(ConsensusLevel.of(s)).isEqualTo(level);
  }
}
