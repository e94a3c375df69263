package se.socialorg.advisor.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import se.socialorg.advisor.model.Alternative;
import se.socialorg.advisor.model.Goal;
import se.socialorg.advisor.model.MaturityStage;
import se.socialorg.advisor.model.ScenarioInputs;
import se.socialorg.advisor.model.Spokesperson;

/**
 * Each scoring rule's direction, as documented in docs/decision-model.md, checked as a property
 * over {@value #CASES} seeded random scenarios per rule (a failure names its case number; the
 * seed is fixed, so it reproduces).
 */
class ScoringDirectionProperties {

  static final int CASES = 1000;
  static final long SEED = 20_121_113L;
  private static final double EPS = 1e-12;
  private static final Alternative[] EMPLOYEE_VOICES = {
    Alternative.DISTRIBUTED_ADVOCACY,
    Alternative.HUB_AND_SPOKE,
    Alternative.MULTIPLE_HUB_AND_SPOKE,
    Alternative.HOLISTIC
  };

  private final DecisionEngine engine = new DecisionEngine();

  /** One random case: inputs and two values of the factor under test, low <= high. */
  private record Case(int n, ScenarioInputs in, double low, double high) {}

  private interface Check {
    void check(Case c);
  }

  private static void forAll(double min, double max, Check check) {
    SplittableRandom rnd = new SplittableRandom(SEED);
    for (int n = 0; n < CASES; n++) {
      ScenarioInputs in = RandomInputs.next(rnd);
      double a = min + rnd.nextDouble() * (max - min);
      double b = n % 7 == 0 ? (rnd.nextBoolean() ? min : max) : min + rnd.nextDouble() * (max - min);
      check.check(new Case(n, in, Math.min(a, b), Math.max(a, b)));
    }
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

  @Test
  void moreRegulationNeverFavoursAdvocacyOverCentralised() {
    forAll(0, 1, c -> {
      ScenarioInputs lo = c.in().withOrganisation(RandomInputs.withRegulation(c.in().organisation(), c.low()));
      ScenarioInputs hi = c.in().withOrganisation(RandomInputs.withRegulation(c.in().organisation(), c.high()));
      assertThat(diff(hi, Alternative.DISTRIBUTED_ADVOCACY, Alternative.CENTRALISED))
          .as("case %d", c.n())
          .isLessThanOrEqualTo(diff(lo, Alternative.DISTRIBUTED_ADVOCACY, Alternative.CENTRALISED) + EPS);
    });
  }

  @Test
  void moreWillingEmployeesNeverLowerAdvocacy() {
    forAll(0, 1, c -> {
      ScenarioInputs lo = c.in().withReadiness(RandomInputs.withWilling(c.in().readiness(), c.low()));
      ScenarioInputs hi = c.in().withReadiness(RandomInputs.withWilling(c.in().readiness(), c.high()));
      assertThat(total(hi, Alternative.DISTRIBUTED_ADVOCACY))
          .as("case %d", c.n())
          .isGreaterThanOrEqualTo(total(lo, Alternative.DISTRIBUTED_ADVOCACY) - EPS);
    });
  }

  @Test
  void largerCredibilityGapNeverLowersEmployeeVoicesAgainstCentralised() {
    // a less credible CEO is a larger gap between employee/expert and CEO credibility
    forAll(0, 100, c -> {
      ScenarioInputs small =
          c.in().withTrust(RandomInputs.withCredibility(c.in().trust(), Spokesperson.CEO, c.high()));
      ScenarioInputs large =
          c.in().withTrust(RandomInputs.withCredibility(c.in().trust(), Spokesperson.CEO, c.low()));
      for (Alternative voice : EMPLOYEE_VOICES) {
        assertThat(diff(large, voice, Alternative.CENTRALISED))
            .as("case %d, %s", c.n(), voice)
            .isGreaterThanOrEqualTo(diff(small, voice, Alternative.CENTRALISED) - EPS);
      }
    });
  }

  @Test
  void moreCredibleEmployeeVoicesNeverLowerThemAgainstCentralised() {
    for (Spokesperson who :
        new Spokesperson[] {
          Spokesperson.TECHNICAL_EXPERT, Spokesperson.PERSON_LIKE_YOURSELF, Spokesperson.EMPLOYEE
        }) {
      forAll(0, 100, c -> {
        ScenarioInputs lo = c.in().withTrust(RandomInputs.withCredibility(c.in().trust(), who, c.low()));
        ScenarioInputs hi = c.in().withTrust(RandomInputs.withCredibility(c.in().trust(), who, c.high()));
        for (Alternative voice : EMPLOYEE_VOICES) {
          assertThat(diff(hi, voice, Alternative.CENTRALISED))
              .as("case %d, %s, %s", c.n(), who, voice)
              .isGreaterThanOrEqualTo(diff(lo, voice, Alternative.CENTRALISED) - EPS);
        }
      });
    }
  }

  @Test
  void lowerMediaTrustNeverLowersAdvocacyAgainstCentralised() {
    forAll(0, 100, c -> {
      ScenarioInputs trusting = c.in().withTrust(RandomInputs.withMediaTrust(c.in().trust(), c.high()));
      ScenarioInputs wary = c.in().withTrust(RandomInputs.withMediaTrust(c.in().trust(), c.low()));
      assertThat(diff(wary, Alternative.DISTRIBUTED_ADVOCACY, Alternative.CENTRALISED))
          .as("case %d", c.n())
          .isGreaterThanOrEqualTo(diff(trusting, Alternative.DISTRIBUTED_ADVOCACY, Alternative.CENTRALISED) - EPS);
    });
  }

  @Test
  void moreTechnicalExpertsNeverLowerAdvocacy() {
    forAll(0, 1, c -> {
      ScenarioInputs lo = c.in().withOrganisation(RandomInputs.withTechShare(c.in().organisation(), c.low()));
      ScenarioInputs hi = c.in().withOrganisation(RandomInputs.withTechShare(c.in().organisation(), c.high()));
      assertThat(total(hi, Alternative.DISTRIBUTED_ADVOCACY))
          .as("case %d", c.n())
          .isGreaterThanOrEqualTo(total(lo, Alternative.DISTRIBUTED_ADVOCACY) - EPS);
    });
  }

  @Test
  void moreOpennessNeverLowersDistributedModelsAgainstCentralised() {
    forAll(0, 1, c -> {
      ScenarioInputs lo = c.in().withOrganisation(RandomInputs.withOpenness(c.in().organisation(), c.low()));
      ScenarioInputs hi = c.in().withOrganisation(RandomInputs.withOpenness(c.in().organisation(), c.high()));
      for (Alternative a : new Alternative[] {Alternative.DISTRIBUTED_ADVOCACY, Alternative.HOLISTIC}) {
        assertThat(diff(hi, a, Alternative.CENTRALISED))
            .as("case %d, %s", c.n(), a)
            .isGreaterThanOrEqualTo(diff(lo, a, Alternative.CENTRALISED) - EPS);
      }
    });
  }

  @Test
  void laterMaturityNeverFavoursCentralised() {
    forAll(0, 5.999, c -> {
      MaturityStage early = MaturityStage.values()[(int) c.low()];
      MaturityStage late = MaturityStage.values()[(int) c.high()];
      ScenarioInputs lo = c.in().withOrganisation(RandomInputs.withMaturity(c.in().organisation(), early));
      ScenarioInputs hi = c.in().withOrganisation(RandomInputs.withMaturity(c.in().organisation(), late));
      for (Alternative voice : EMPLOYEE_VOICES) {
        assertThat(diff(hi, voice, Alternative.CENTRALISED))
            .as("case %d, %s", c.n(), voice)
            .isGreaterThanOrEqualTo(diff(lo, voice, Alternative.CENTRALISED) - EPS);
      }
    });
  }

  @Test
  void moreBusinessUnitsNeverLowerMultipleHubsAgainstCentralised() {
    forAll(1, 500, c -> {
      ScenarioInputs lo = c.in().withOrganisation(RandomInputs.withUnits(c.in().organisation(), (int) c.low()));
      ScenarioInputs hi = c.in().withOrganisation(RandomInputs.withUnits(c.in().organisation(), (int) c.high()));
      assertThat(diff(hi, Alternative.MULTIPLE_HUB_AND_SPOKE, Alternative.CENTRALISED))
          .as("case %d", c.n())
          .isGreaterThanOrEqualTo(diff(lo, Alternative.MULTIPLE_HUB_AND_SPOKE, Alternative.CENTRALISED) - EPS);
    });
  }

  @Test
  void largerOrganisationNeverFavoursCentralisedOverHubs() {
    forAll(0, 6, c -> {
      int small = (int) Math.max(1, Math.round(Math.pow(10, c.low())));
      int large = (int) Math.max(small, Math.round(Math.pow(10, c.high())));
      ScenarioInputs lo = c.in().withOrganisation(RandomInputs.withEmployees(c.in().organisation(), small));
      ScenarioInputs hi = c.in().withOrganisation(RandomInputs.withEmployees(c.in().organisation(), large));
      assertThat(diff(hi, Alternative.HUB_AND_SPOKE, Alternative.CENTRALISED))
          .as("case %d", c.n())
          .isGreaterThanOrEqualTo(diff(lo, Alternative.HUB_AND_SPOKE, Alternative.CENTRALISED) - EPS);
    });
  }

  @Test
  void harderHiringNeverFavoursCentralisedOverAdvocacy() {
    forAll(0, 1, c -> {
      ScenarioInputs lo = c.in().withResources(RandomInputs.withHiringDifficulty(c.in().resources(), c.low()));
      ScenarioInputs hi = c.in().withResources(RandomInputs.withHiringDifficulty(c.in().resources(), c.high()));
      assertThat(diff(hi, Alternative.CENTRALISED, Alternative.DISTRIBUTED_ADVOCACY))
          .as("case %d", c.n())
          .isLessThanOrEqualTo(diff(lo, Alternative.CENTRALISED, Alternative.DISTRIBUTED_ADVOCACY) + EPS);
    });
  }

  @Test
  void everyScoreLiesBetweenZeroAndOne() {
    forAll(0, 1, c -> engine.evaluate(c.in()).scores().values()
        .forEach(m -> m.values().forEach(s -> assertThat(s).as("case %d", c.n()).isBetween(0.0, 1.0))));
  }

  @Test
  void rankingIsSortedAndStartsWithTheRecommendation() {
    forAll(0, 1, c -> {
      Evaluation ev = engine.evaluate(c.in());
      assertThat(ev.ranking().get(0).model()).as("case %d", c.n()).isEqualTo(ev.recommended());
      for (int i = 1; i < ev.ranking().size(); i++) {
        assertThat(ev.ranking().get(i).score()).isLessThanOrEqualTo(ev.ranking().get(i - 1).score());
      }
      assertThat(ev.margin()).isGreaterThanOrEqualTo(0);
    });
  }

  @Test
  void weightsSumToOne() {
    forAll(0, 1, c -> assertThat(engine.evaluate(c.in()).weights().values().stream().mapToDouble(d -> d).sum())
        .as("case %d", c.n())
        .isCloseTo(1.0, within(1e-9)));
  }

  @Test
  void goalReasonsAddUpToTheMargin() {
    forAll(0, 1, c -> {
      Evaluation ev = engine.evaluate(c.in());
      double sum = ev.reasonsByAlternative().get(ev.recommended()).stream()
          .filter(r -> r.goal() != null)
          .mapToDouble(Reason::impact)
          .sum();
      assertThat(sum).as("case %d", c.n()).isCloseTo(ev.margin(), within(1e-6));
    });
  }

  @Test
  void raisingAGoalWeightMovesTheDifferenceTowardsThatGoal() {
    forAll(0, 6.999, c -> {
      Goal goal = Goal.values()[(int) c.low()];
      double[] raw = ScoringModel.raw(c.in());
      double[] f = new double[ScoringModel.R];
      ScoringModel.factors(raw, f);
      double[] w = GoalWeights.of(c.in().goals()).weights();
      int a = Alternative.DISTRIBUTED_ADVOCACY.ordinal();
      int cen = Alternative.CENTRALISED.ordinal();
      double dg = ScoringModel.score(f, a, goal.ordinal()) - ScoringModel.score(f, cen, goal.ordinal());
      double[] t = new double[ScoringModel.A];
      ScoringModel.totals(f, w, t);
      double before = t[a] - t[cen];
      double[] w2 = new double[ScoringModel.G];
      ScoringModel.reweight(w, goal.ordinal(), Math.min(1, w[goal.ordinal()] + 0.1), w2);
      ScoringModel.totals(f, w2, t);
      double after = t[a] - t[cen];
      assertThat(Math.abs(after - dg)).as("case %d", c.n()).isLessThanOrEqualTo(Math.abs(before - dg) + EPS);
    });
  }
}
