package se.socialorg.advisor.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import se.socialorg.advisor.model.Goal;
import se.socialorg.advisor.model.Goals;
import se.socialorg.advisor.model.Judgement;
import se.socialorg.advisor.model.Participant;
import se.socialorg.advisor.model.ScenarioInputs;
import se.socialorg.advisor.model.WeightMode;

class GroupWeightsTest {

  private final DecisionEngine engine = new DecisionEngine();

  static Goals sliders(double trust, double crisis, double roi) {
    Map<Goal, Double> s = new EnumMap<>(Goal.class);
    s.put(Goal.TRUST_CREDIBILITY, trust);
    s.put(Goal.CRISIS_READINESS, crisis);
    s.put(Goal.MEASURABLE_ROI, roi);
    return new Goals(WeightMode.DIRECT, s, List.of());
  }

  static Goals pairwise(double trustOverCrisis, double trustOverRoi, double crisisOverRoi) {
    return new Goals(WeightMode.PAIRWISE, Map.of(), List.of(
        new Judgement(Goal.TRUST_CREDIBILITY, Goal.CRISIS_READINESS, trustOverCrisis),
        new Judgement(Goal.TRUST_CREDIBILITY, Goal.MEASURABLE_ROI, trustOverRoi),
        new Judgement(Goal.CRISIS_READINESS, Goal.MEASURABLE_ROI, crisisOverRoi)));
  }

  static ScenarioInputs team(Participant... members) {
    return ScenarioInputs.defaults().withParticipants(List.of(members));
  }

  static double[] on3(double[] w) {
    return new double[] {w[Goal.TRUST_CREDIBILITY.ordinal()], w[Goal.CRISIS_READINESS.ordinal()],
        w[Goal.MEASURABLE_ROI.ordinal()]};
  }

  @Test
  void noParticipantsLeavesTheScenarioWeightsDeciding() {
    assertThat(engine.evaluate(ScenarioInputs.defaults()))
        .isEqualTo(engine.evaluate(ScenarioInputs.defaults().withParticipants(List.of())));
  }

  @Test
  void oneMemberWhoAnsweredIsNotYetAGroup() {
    ScenarioInputs one = team(new Participant("Ann", "CMO", 1, sliders(100, 0, 0)),
        Participant.of("Bo", "Legal"));

    assertThat(GroupWeights.of(one)).isNull();
    assertThat(engine.evaluate(one).weights()).isEqualTo(engine.evaluate(ScenarioInputs.defaults()).weights());
  }

  @Test
  void slidersAreCombinedByAipWithMemberWeights() {
    ScenarioInputs in = team(
        new Participant("Ann", "CMO", 3, sliders(80, 20, 0)),
        new Participant("Bo", "Legal", 1, sliders(0, 50, 50)));

    GroupWeights g = GroupWeights.of(in);

    assertThat(g.method()).isEqualTo(GroupWeights.Method.AIP);
    // .75 x (.8 .2 0) + .25 x (0 .5 .5) = (.6 .275 .125)
    assertThat(on3(g.weights())).containsExactly(new double[] {0.6, 0.275, 0.125}, within(1e-12));
    assertThat(engine.evaluate(in).weights().get(Goal.TRUST_CREDIBILITY)).isCloseTo(0.6, within(1e-12));
  }

  @Test
  void pairwiseOnTheSameGoalsIsCombinedByAij() {
    ScenarioInputs in = team(
        new Participant("Ann", "CMO", 1, pairwise(3, 5, 2)),
        new Participant("Bo", "Legal", 1, pairwise(1 / 3.0, 1, 3)));

    GroupWeights g = GroupWeights.of(in);
    double[][] combined = GroupAhp.aggregateJudgements(List.of(
        GoalWeights.matrix(in.participants().get(0).goals(), g.ahpGoals()),
        GoalWeights.matrix(in.participants().get(1).goals(), g.ahpGoals())), null);

    assertThat(g.method()).isEqualTo(GroupWeights.Method.AIJ);
    assertThat(g.ahpGoals()).containsExactly(Goal.TRUST_CREDIBILITY, Goal.CRISIS_READINESS, Goal.MEASURABLE_ROI);
    assertThat(combined[0][1]).isCloseTo(1, within(1e-12));
    assertThat(on3(g.weights())).containsExactly(Ahp.eigenvector(combined).weights(), within(1e-12));
    assertThat(engine.evaluate(in).ahp()).isEqualTo(g.ahp());
  }

  @Test
  void mixedSlidersAndPairsAreCombinedByAip() {
    ScenarioInputs in = team(
        new Participant("Ann", "CMO", 1, pairwise(3, 5, 2)),
        new Participant("Bo", "Legal", 1, sliders(10, 80, 10)));

    assertThat(GroupWeights.of(in).method()).isEqualTo(GroupWeights.Method.AIP);
  }

  @Test
  void membersWhoHaveNotAnsweredAreLeftOutNotCountedAsEqual() {
    ScenarioInputs with = team(
        new Participant("Ann", "CMO", 1, sliders(80, 20, 0)),
        Participant.of("Cy", "HR"),
        new Participant("Bo", "Legal", 1, sliders(0, 50, 50)));
    ScenarioInputs without = team(
        new Participant("Ann", "CMO", 1, sliders(80, 20, 0)),
        new Participant("Bo", "Legal", 1, sliders(0, 50, 50)));

    GroupWeights g = GroupWeights.of(with);

    assertThat(g.weights()).containsExactly(GroupWeights.of(without).weights());
    assertThat(g.unanswered()).extracting(Participant::name).containsExactly("Cy");
    assertThat(g.memberIndex()).containsExactly(0, 2);
  }

  @Test
  void identicalMembersShowFullAgreement() {
    ScenarioInputs in = team(
        new Participant("Ann", "CMO", 1, sliders(60, 30, 10)),
        new Participant("Bo", "Legal", 2, sliders(6, 3, 1)));

    assertThat(GroupWeights.of(in).consensus()).isCloseTo(1, within(1e-12));
  }

  @Test
  void aMemberWithIncompletePairsIsNamed() {
    Goals incomplete = new Goals(WeightMode.PAIRWISE, Map.of(), List.of(
        new Judgement(Goal.TRUST_CREDIBILITY, Goal.CRISIS_READINESS, 3),
        new Judgement(Goal.TRUST_CREDIBILITY, Goal.MEASURABLE_ROI, 5)));
    ScenarioInputs in = team(
        new Participant("Ann", "CMO", 1, sliders(60, 30, 10)),
        new Participant("Bo", "Legal", 1, incomplete));

    assertThatThrownBy(() -> engine.evaluate(in))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("participants[1] (Bo).goals.judgements: missing comparison");
  }

  @Test
  void aMemberWeightOfZeroIsRefusedWithItsPath() {
    ScenarioInputs in = team(
        new Participant("Ann", "CMO", 0, sliders(60, 30, 10)),
        new Participant("Bo", "Legal", 1, sliders(6, 3, 1)));

    assertThatThrownBy(() -> engine.evaluate(in)).hasMessageStartingWith("participants[0].weight");
  }

  @Test
  void groupRobustnessDrawsWithinTheMembersSpread() {
    ScenarioInputs in = team(
        new Participant("Ann", "CMO", 1, sliders(80, 20, 0)),
        new Participant("Bo", "Legal", 1, sliders(0, 50, 50)),
        new Participant("Cy", "HR", 1, sliders(30, 30, 40)));
    WeightSampler sampler = DecisionEngine.weightSampler(in);
    SplittableRandom rnd = new SplittableRandom(1);
    double[] out = new double[Goal.values().length];
    double minTrust = 1;
    double maxTrust = 0;
    for (int d = 0; d < 2000; d++) {
      sampler.draw(GroupWeights.of(in).weights(), rnd, out);
      double t = out[Goal.TRUST_CREDIBILITY.ordinal()];
      minTrust = Math.min(minTrust, t);
      maxTrust = Math.max(maxTrust, t);
      assertThat(out[Goal.LEAD_GENERATION.ordinal()]).isZero();
      assertThat(java.util.Arrays.stream(out).sum()).isCloseTo(1, within(1e-12));
    }
    // Members' trust weights are 0, .3 and .8: draws stay inside and reach well towards both ends.
    assertThat(minTrust).isBetween(0.0, 0.1);
    assertThat(maxTrust).isBetween(0.65, 0.8);
  }

  @Test
  void identicalMembersLeaveNoWeightNoise() {
    ScenarioInputs in = team(
        new Participant("Ann", "CMO", 1, pairwise(3, 5, 2)),
        new Participant("Bo", "Legal", 1, pairwise(3, 5, 2)));
    WeightSampler sampler = DecisionEngine.weightSampler(in);
    double[] out = new double[Goal.values().length];

    sampler.draw(null, new SplittableRandom(3), out);

    assertThat(out).containsExactly(GroupWeights.of(in).weights(), within(1e-9));
  }

  @Test
  void onePersonRobustnessKeepsTheFixedNoise() {
    WeightSampler sampler = DecisionEngine.weightSampler(ScenarioInputs.defaults());
    double[] base = GoalWeights.of(Goals.defaults()).weights();
    double[] a = new double[base.length];
    double[] b = new double[base.length];

    sampler.draw(base, new SplittableRandom(5), a);
    WeightSampler.jitter(WeightSampler.DEFAULT_SPREAD).draw(base, new SplittableRandom(5), b);

    assertThat(a).containsExactly(b);
  }

  @Test
  void groupRobustnessIsReproducible() {
    ScenarioInputs in = team(
        new Participant("Ann", "CMO", 1, sliders(80, 20, 0)),
        new Participant("Bo", "Legal", 1, sliders(0, 50, 50)));

    assertThat(engine.acceptability(in, 9, 500)).isEqualTo(engine.acceptability(in, 9, 500));
  }
}
