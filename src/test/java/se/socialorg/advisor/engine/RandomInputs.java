package se.socialorg.advisor.engine;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import se.socialorg.advisor.model.Goal;
import se.socialorg.advisor.model.Goals;
import se.socialorg.advisor.model.MaturityStage;
import se.socialorg.advisor.model.Organisation;
import se.socialorg.advisor.model.Readiness;
import se.socialorg.advisor.model.Resources;
import se.socialorg.advisor.model.ScenarioInputs;
import se.socialorg.advisor.model.SharedFunctions;
import se.socialorg.advisor.model.Spokesperson;
import se.socialorg.advisor.model.TrustContext;
import se.socialorg.advisor.model.WeightMode;

/**
 * Valid random scenario inputs for the property tests, built from uniform numbers drawn from a
 * seeded generator so that every failure can be reproduced.
 */
final class RandomInputs {

  private static final int SIZE = 32;

  private RandomInputs() {}

  /** Random valid inputs; every fifth draw pushes numbers to the ends of their ranges. */
  static ScenarioInputs next(SplittableRandom rnd) {
    double[] u = new double[SIZE];
    boolean edges = rnd.nextInt(5) == 0;
    for (int i = 0; i < SIZE; i++) {
      u[i] = edges && rnd.nextBoolean() ? (rnd.nextBoolean() ? 0 : 1) : rnd.nextDouble();
    }
    return from(u);
  }

  static ScenarioInputs from(double[] u) {
    Map<Goal, Double> sliders = new EnumMap<>(Goal.class);
    for (Goal g : Goal.values()) {
      sliders.put(g, Math.rint(u[g.ordinal()] * 100));
    }
    if (sliders.values().stream().allMatch(v -> v == 0)) {
      sliders.put(Goal.TRUST_CREDIBILITY, 50.0);
    }
    int employees = (int) Math.max(1, Math.round(Math.pow(10, u[7] * 6)));
    Organisation o =
        new Organisation(
            employees,
            u[8],
            1 + (int) (u[9] * 30),
            1 + (int) (u[10] * 30),
            u[11],
            MaturityStage.values()[(int) Math.min(5, u[12] * 6)],
            SharedFunctions.values()[(int) Math.min(2, u[13] * 3)],
            u[14]);
    Map<Spokesperson, Double> cred = new EnumMap<>(Spokesperson.class);
    cred.put(Spokesperson.ACADEMIC, 100 * u[15]);
    cred.put(Spokesperson.TECHNICAL_EXPERT, 100 * u[16]);
    cred.put(Spokesperson.PERSON_LIKE_YOURSELF, 100 * u[17]);
    cred.put(Spokesperson.EMPLOYEE, 100 * u[18]);
    cred.put(Spokesperson.CEO, 100 * u[19]);
    TrustContext base = TrustContext.defaults();
    TrustContext t =
        new TrustContext(
            "X", "y", 2012, 100 * u[20], 100 * u[21], 100 * u[22], cred, Set.of(), base.source());
    Readiness r = new Readiness(u[23], u[24], 2000 * u[25], 5 * u[26], "", 0);
    Resources res =
        new Resources("SEK", 3_000_000 * u[27], 200_000 + 1_000_000 * u[28], u[29], 150_000, 8, 600);
    return ScenarioInputs.defaults()
        .withGoals(new Goals(WeightMode.DIRECT, sliders, List.of()))
        .withOrganisation(o)
        .withTrust(t)
        .withReadiness(r)
        .withResources(res);
  }

  static Organisation withRegulation(Organisation o, double v) {
    return new Organisation(
        o.employees(), o.technicalExpertShare(), o.businessUnits(), o.countries(), v,
        o.maturity(), o.sharedFunctions(), o.cultureOpenness());
  }

  static Organisation withOpenness(Organisation o, double v) {
    return new Organisation(
        o.employees(), o.technicalExpertShare(), o.businessUnits(), o.countries(), o.regulation(),
        o.maturity(), o.sharedFunctions(), v);
  }

  static Organisation withEmployees(Organisation o, int v) {
    return new Organisation(
        v, o.technicalExpertShare(), o.businessUnits(), o.countries(), o.regulation(),
        o.maturity(), o.sharedFunctions(), o.cultureOpenness());
  }

  static Organisation withUnits(Organisation o, int units) {
    return new Organisation(
        o.employees(), o.technicalExpertShare(), units, o.countries(), o.regulation(),
        o.maturity(), o.sharedFunctions(), o.cultureOpenness());
  }

  static Organisation withMaturity(Organisation o, MaturityStage m) {
    return new Organisation(
        o.employees(), o.technicalExpertShare(), o.businessUnits(), o.countries(), o.regulation(),
        m, o.sharedFunctions(), o.cultureOpenness());
  }

  static Organisation withTechShare(Organisation o, double v) {
    return new Organisation(
        o.employees(), v, o.businessUnits(), o.countries(), o.regulation(),
        o.maturity(), o.sharedFunctions(), o.cultureOpenness());
  }

  static Readiness withWilling(Readiness r, double v) {
    return new Readiness(r.activeShare(), v, r.averageNetwork(), r.postsPerWeek(), r.surveyName(), r.surveyRespondents());
  }

  static TrustContext withCredibility(TrustContext t, Spokesperson who, double v) {
    Map<Spokesperson, Double> c = new EnumMap<>(Spokesperson.class);
    c.putAll(t.credibility());
    c.put(who, v);
    return new TrustContext(
        t.country(), t.industry(), t.year(), t.trustInBusiness(), t.trustInMedia(),
        t.industryTrust(), c, t.overridden(), t.source());
  }

  static TrustContext withMediaTrust(TrustContext t, double v) {
    return new TrustContext(
        t.country(), t.industry(), t.year(), t.trustInBusiness(), v, t.industryTrust(),
        t.credibility(), t.overridden(), t.source());
  }

  static Resources withHiringDifficulty(Resources r, double v) {
    return new Resources(
        r.currency(), r.annualBudget(), r.loadedSalary(), v, r.platformCostPerYear(),
        r.coachingHoursPerAdvocate(), r.hourlyCost());
  }
}
