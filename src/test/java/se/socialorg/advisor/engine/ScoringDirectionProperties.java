package se.socialorg.advisor.engine;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import se.socialorg.advisor.model.Alternative;
import se.socialorg.advisor.model.Goal;
import se.socialorg.advisor.model.MaturityStage;
import se.socialorg.advisor.model.ScenarioInputs;
import se.socialorg.advisor.model.Spokesperson;

/** Each scoring rule's direction, as documented in docs/decision-model.md. */
class ScoringDirectionProperties {

  private static final double EPS = 1e-12;
  private final DecisionEngine engine = new DecisionEngine();

  @Provide
  Arbitrary<ScenarioInputs> inputs() {
    return RandomInputs.inputs();
  }

  /** Totals of every alternative, offered or not, computed by the engine's scoring. */
  private static double total(ScenarioInputs in, Alternative a) {
    double[] raw = ScoringModel.raw(in);
    double[] f = new double[ScoringModel.R];
    double[] t = new double[ScoringModel.A];
    ScoringModel.factors(raw, f);
    ScoringModel.totals(f, GoalWeights.of(in.goals()).weights(), t);
    return t[a.ordinal()];
  }

  private static double diff(ScenarioInputs in, Alternative a, Alternative b) {
    return total(in, a) - total(in, b);
  }

  @Property
  void moreRegulationNeverFavoursAdvocacyOverCentralised(
      @ForAll("inputs") ScenarioInputs in,
      @ForAll @DoubleRange(min = 0, max = 1) double r1,
      @ForAll @DoubleRange(min = 0, max = 1) double r2) {
    double lo = Math.min(r1, r2);
    double hi = Math.max(r1, r2);
    ScenarioInputs a = in.withOrganisation(RandomInputs.withRegulation(in.organisation(), lo));
    ScenarioInputs b = in.withOrganisation(RandomInputs.withRegulation(in.organisation(), hi));
    assertThat(diff(b, Alternative.DISTRIBUTED_ADVOCACY, Alternative.CENTRALISED))
        .isLessThanOrEqualTo(diff(a, Alternative.DISTRIBUTED_ADVOCACY, Alternative.CENTRALISED) + EPS);
  }

  @Property
  void moreWillingEmployeesNeverLowerAdvocacy(
      @ForAll("inputs") ScenarioInputs in,
      @ForAll @DoubleRange(min = 0, max = 1) double w1,
      @ForAll @DoubleRange(min = 0, max = 1) double w2) {
    ScenarioInputs a = in.withReadiness(RandomInputs.withWilling(in.readiness(), Math.min(w1, w2)));
    ScenarioInputs b = in.withReadiness(RandomInputs.withWilling(in.readiness(), Math.max(w1, w2)));
    assertThat(total(b, Alternative.DISTRIBUTED_ADVOCACY))
        .isGreaterThanOrEqualTo(total(a, Alternative.DISTRIBUTED_ADVOCACY) - EPS);
  }

  @Property
  void lessCredibleCeoNeverLowersEmployeeVoicesAgainstCentralised(
      @ForAll("inputs") ScenarioInputs in,
      @ForAll @DoubleRange(min = 0, max = 100) double c1,
      @ForAll @DoubleRange(min = 0, max = 100) double c2) {
    // a lower CEO figure is a larger gap between employee/expert and CEO credibility
    ScenarioInputs small =
        in.withTrust(RandomInputs.withCredibility(in.trust(), Spokesperson.CEO, Math.max(c1, c2)));
    ScenarioInputs large =
        in.withTrust(RandomInputs.withCredibility(in.trust(), Spokesperson.CEO, Math.min(c1, c2)));
    for (Alternative voice :
        new Alternative[] {
          Alternative.DISTRIBUTED_ADVOCACY, Alternative.HUB_AND_SPOKE,
          Alternative.MULTIPLE_HUB_AND_SPOKE, Alternative.HOLISTIC
        }) {
      assertThat(diff(large, voice, Alternative.CENTRALISED))
          .isGreaterThanOrEqualTo(diff(small, voice, Alternative.CENTRALISED) - EPS);
    }
  }

  @Property
  void moreCredibleTechnicalExpertsNeverLowerAdvocacyAgainstCentralised(
      @ForAll("inputs") ScenarioInputs in,
      @ForAll @DoubleRange(min = 0, max = 100) double c1,
      @ForAll @DoubleRange(min = 0, max = 100) double c2) {
    Spokesperson te = Spokesperson.TECHNICAL_EXPERT;
    ScenarioInputs a = in.withTrust(RandomInputs.withCredibility(in.trust(), te, Math.min(c1, c2)));
    ScenarioInputs b = in.withTrust(RandomInputs.withCredibility(in.trust(), te, Math.max(c1, c2)));
    assertThat(diff(b, Alternative.DISTRIBUTED_ADVOCACY, Alternative.CENTRALISED))
        .isGreaterThanOrEqualTo(diff(a, Alternative.DISTRIBUTED_ADVOCACY, Alternative.CENTRALISED) - EPS);
  }

  @Property
  void lowerMediaTrustNeverLowersAdvocacyAgainstCentralised(
      @ForAll("inputs") ScenarioInputs in,
      @ForAll @DoubleRange(min = 0, max = 100) double m1,
      @ForAll @DoubleRange(min = 0, max = 100) double m2) {
    ScenarioInputs trusting = in.withTrust(RandomInputs.withMediaTrust(in.trust(), Math.max(m1, m2)));
    ScenarioInputs wary = in.withTrust(RandomInputs.withMediaTrust(in.trust(), Math.min(m1, m2)));
    assertThat(diff(wary, Alternative.DISTRIBUTED_ADVOCACY, Alternative.CENTRALISED))
        .isGreaterThanOrEqualTo(
            diff(trusting, Alternative.DISTRIBUTED_ADVOCACY, Alternative.CENTRALISED) - EPS);
  }

  @Property
  void moreTechnicalExpertsNeverLowerAdvocacy(
      @ForAll("inputs") ScenarioInputs in,
      @ForAll @DoubleRange(min = 0, max = 1) double s1,
      @ForAll @DoubleRange(min = 0, max = 1) double s2) {
    ScenarioInputs a = in.withOrganisation(RandomInputs.withTechShare(in.organisation(), Math.min(s1, s2)));
    ScenarioInputs b = in.withOrganisation(RandomInputs.withTechShare(in.organisation(), Math.max(s1, s2)));
    assertThat(total(b, Alternative.DISTRIBUTED_ADVOCACY))
        .isGreaterThanOrEqualTo(total(a, Alternative.DISTRIBUTED_ADVOCACY) - EPS);
  }

  @Property
  void moreOpennessNeverLowersAdvocacyAgainstCentralised(
      @ForAll("inputs") ScenarioInputs in,
      @ForAll @DoubleRange(min = 0, max = 1) double o1,
      @ForAll @DoubleRange(min = 0, max = 1) double o2) {
    ScenarioInputs a = in.withOrganisation(RandomInputs.withOpenness(in.organisation(), Math.min(o1, o2)));
    ScenarioInputs b = in.withOrganisation(RandomInputs.withOpenness(in.organisation(), Math.max(o1, o2)));
    assertThat(diff(b, Alternative.DISTRIBUTED_ADVOCACY, Alternative.CENTRALISED))
        .isGreaterThanOrEqualTo(diff(a, Alternative.DISTRIBUTED_ADVOCACY, Alternative.CENTRALISED) - EPS);
    assertThat(diff(b, Alternative.HOLISTIC, Alternative.CENTRALISED))
        .isGreaterThanOrEqualTo(diff(a, Alternative.HOLISTIC, Alternative.CENTRALISED) - EPS);
  }

  @Property
  void laterMaturityNeverFavoursCentralised(
      @ForAll("inputs") ScenarioInputs in,
      @ForAll @IntRange(min = 0, max = 5) int m1,
      @ForAll @IntRange(min = 0, max = 5) int m2) {
    MaturityStage early = MaturityStage.values()[Math.min(m1, m2)];
    MaturityStage late = MaturityStage.values()[Math.max(m1, m2)];
    ScenarioInputs a = in.withOrganisation(RandomInputs.withMaturity(in.organisation(), early));
    ScenarioInputs b = in.withOrganisation(RandomInputs.withMaturity(in.organisation(), late));
    assertThat(diff(b, Alternative.HUB_AND_SPOKE, Alternative.CENTRALISED))
        .isGreaterThanOrEqualTo(diff(a, Alternative.HUB_AND_SPOKE, Alternative.CENTRALISED) - EPS);
  }

  @Property
  void moreBusinessUnitsNeverLowerMultipleHubsAgainstCentralised(
      @ForAll("inputs") ScenarioInputs in,
      @ForAll @IntRange(min = 1, max = 500) int u1,
      @ForAll @IntRange(min = 1, max = 500) int u2) {
    ScenarioInputs a = in.withOrganisation(RandomInputs.withUnits(in.organisation(), Math.min(u1, u2)));
    ScenarioInputs b = in.withOrganisation(RandomInputs.withUnits(in.organisation(), Math.max(u1, u2)));
    assertThat(diff(b, Alternative.MULTIPLE_HUB_AND_SPOKE, Alternative.CENTRALISED))
        .isGreaterThanOrEqualTo(
            diff(a, Alternative.MULTIPLE_HUB_AND_SPOKE, Alternative.CENTRALISED) - EPS);
  }

  @Property
  void harderHiringNeverFavoursCentralisedOverAdvocacy(
      @ForAll("inputs") ScenarioInputs in,
      @ForAll @DoubleRange(min = 0, max = 1) double h1,
      @ForAll @DoubleRange(min = 0, max = 1) double h2) {
    ScenarioInputs a = in.withResources(RandomInputs.withHiringDifficulty(in.resources(), Math.min(h1, h2)));
    ScenarioInputs b = in.withResources(RandomInputs.withHiringDifficulty(in.resources(), Math.max(h1, h2)));
    assertThat(diff(b, Alternative.CENTRALISED, Alternative.DISTRIBUTED_ADVOCACY))
        .isLessThanOrEqualTo(diff(a, Alternative.CENTRALISED, Alternative.DISTRIBUTED_ADVOCACY) + EPS);
  }

  @Property
  void everyScoreLiesBetweenZeroAndOne(@ForAll("inputs") ScenarioInputs in) {
    Evaluation ev = engine.evaluate(in);
    ev.scores().values().forEach(m -> m.values().forEach(s -> assertThat(s).isBetween(0.0, 1.0)));
  }

  @Property
  void rankingIsSortedAndStartsWithTheRecommendation(@ForAll("inputs") ScenarioInputs in) {
    Evaluation ev = engine.evaluate(in);
    assertThat(ev.ranking().get(0).model()).isEqualTo(ev.recommended());
    for (int i = 1; i < ev.ranking().size(); i++) {
      assertThat(ev.ranking().get(i).score()).isLessThanOrEqualTo(ev.ranking().get(i - 1).score());
    }
    assertThat(ev.margin()).isGreaterThanOrEqualTo(0);
  }

  @Property
  void weightsSumToOne(@ForAll("inputs") ScenarioInputs in) {
    double sum = engine.evaluate(in).weights().values().stream().mapToDouble(d -> d).sum();
    assertThat(sum).isCloseTo(1.0, org.assertj.core.api.Assertions.within(1e-9));
  }

  @Property
  void goalReasonsAddUpToTheMargin(@ForAll("inputs") ScenarioInputs in) {
    Evaluation ev = engine.evaluate(in);
    double sum =
        ev.reasonsByAlternative().get(ev.recommended()).stream()
            .filter(r -> r.goal() != null)
            .mapToDouble(Reason::impact)
            .sum();
    assertThat(sum).isCloseTo(ev.margin(), org.assertj.core.api.Assertions.within(1e-6));
  }

  @Property
  void raisingAGoalWeightMovesTheDifferenceTowardsThatGoal(
      @ForAll("inputs") ScenarioInputs in, @ForAll Goal goal) {
    double[] raw = ScoringModel.raw(in);
    double[] f = new double[ScoringModel.R];
    ScoringModel.factors(raw, f);
    double[] w = GoalWeights.of(in.goals()).weights();
    int a = Alternative.DISTRIBUTED_ADVOCACY.ordinal();
    int c = Alternative.CENTRALISED.ordinal();
    double dg = ScoringModel.score(f, a, goal.ordinal()) - ScoringModel.score(f, c, goal.ordinal());
    double[] t = new double[ScoringModel.A];
    ScoringModel.totals(f, w, t);
    double before = t[a] - t[c];
    double[] w2 = new double[ScoringModel.G];
    ScoringModel.reweight(w, goal.ordinal(), Math.min(1, w[goal.ordinal()] + 0.1), w2);
    ScoringModel.totals(f, w2, t);
    double after = t[a] - t[c];
    assertThat(Math.abs(after - dg)).isLessThanOrEqualTo(Math.abs(before - dg) + EPS);
  }
}
