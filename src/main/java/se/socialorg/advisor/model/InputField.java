package se.socialorg.advisor.model;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * The catalogue of numeric inputs: field path (as in the scenario file), unit and valid range.
 * The UI validates against it as the user types, the scenario reader refuses files outside it,
 * and the engine reads plausible ranges for sensitivity from its own table keyed by this enum.
 */
public enum InputField {
  EMPLOYEES("organisation.employees", Unit.PERSONS, 1, 1_000_000, i -> i.organisation().employees()),
  TECHNICAL_EXPERT_SHARE(
      "organisation.technicalExpertShare", Unit.SHARE, 0, 1, i -> i.organisation().technicalExpertShare()),
  BUSINESS_UNITS("organisation.businessUnits", Unit.COUNT, 1, 500, i -> i.organisation().businessUnits()),
  COUNTRIES("organisation.countries", Unit.COUNT, 1, 200, i -> i.organisation().countries()),
  REGULATION("organisation.regulation", Unit.SCALE, 0, 1, i -> i.organisation().regulation()),
  CULTURE_OPENNESS("organisation.cultureOpenness", Unit.SCALE, 0, 1, i -> i.organisation().cultureOpenness()),
  TRUST_YEAR("trust.year", Unit.YEAR, 2000, 2100, i -> i.trust().year()),
  TRUST_IN_BUSINESS("trust.trustInBusiness", Unit.PERCENT, 0, 100, i -> i.trust().trustInBusiness()),
  TRUST_IN_MEDIA("trust.trustInMedia", Unit.PERCENT, 0, 100, i -> i.trust().trustInMedia()),
  INDUSTRY_TRUST("trust.industryTrust", Unit.PERCENT, 0, 100, i -> i.trust().industryTrust()),
  CREDIBILITY_ACADEMIC(
      "trust.credibility.ACADEMIC", Unit.PERCENT, 0, 100, i -> i.trust().credibility(Spokesperson.ACADEMIC)),
  CREDIBILITY_TECHNICAL_EXPERT(
      "trust.credibility.TECHNICAL_EXPERT",
      Unit.PERCENT,
      0,
      100,
      i -> i.trust().credibility(Spokesperson.TECHNICAL_EXPERT)),
  CREDIBILITY_PERSON_LIKE_YOURSELF(
      "trust.credibility.PERSON_LIKE_YOURSELF",
      Unit.PERCENT,
      0,
      100,
      i -> i.trust().credibility(Spokesperson.PERSON_LIKE_YOURSELF)),
  CREDIBILITY_EMPLOYEE(
      "trust.credibility.EMPLOYEE", Unit.PERCENT, 0, 100, i -> i.trust().credibility(Spokesperson.EMPLOYEE)),
  CREDIBILITY_CEO("trust.credibility.CEO", Unit.PERCENT, 0, 100, i -> i.trust().credibility(Spokesperson.CEO)),
  ACTIVE_SHARE("readiness.activeShare", Unit.SHARE, 0, 1, i -> i.readiness().activeShare()),
  WILLING_SHARE("readiness.willingShare", Unit.SHARE, 0, 1, i -> i.readiness().willingShare()),
  AVERAGE_NETWORK("readiness.averageNetwork", Unit.PERSONS, 0, 100_000, i -> i.readiness().averageNetwork()),
  POSTS_PER_WEEK("readiness.postsPerWeek", Unit.PER_WEEK, 0, 50, i -> i.readiness().postsPerWeek()),
  ANNUAL_BUDGET("resources.annualBudget", Unit.MONEY, 0, 1e10, i -> i.resources().annualBudget()),
  LOADED_SALARY("resources.loadedSalary", Unit.MONEY, 0, 1e8, i -> i.resources().loadedSalary()),
  HIRING_DIFFICULTY("resources.hiringDifficulty", Unit.SCALE, 0, 1, i -> i.resources().hiringDifficulty()),
  PLATFORM_COST("resources.platformCostPerYear", Unit.MONEY, 0, 1e9, i -> i.resources().platformCostPerYear()),
  COACHING_HOURS(
      "resources.coachingHoursPerAdvocate", Unit.HOURS, 0, 1000, i -> i.resources().coachingHoursPerAdvocate()),
  HOURLY_COST("resources.hourlyCost", Unit.MONEY, 0, 100_000, i -> i.resources().hourlyCost()),
  MONTHS("projection.months", Unit.MONTHS, 12, 36, i -> i.projection().months()),
  ORGANIC_VISIBILITY("projection.organicVisibility", Unit.SHARE, 0, 1, i -> i.projection().organicVisibility()),
  BRAND_CTR("projection.brandClickThrough", Unit.SHARE, 0, 1, i -> i.projection().brandClickThrough()),
  EMPLOYEE_CTR_MULTIPLIER(
      "projection.employeeCtrMultiplier", Unit.FACTOR, 0, 20, i -> i.projection().employeeCtrMultiplier()),
  CPM("projection.cpm", Unit.MONEY, 0, 10_000, i -> i.projection().cpm()),
  CPC("projection.cpc", Unit.MONEY, 0, 10_000, i -> i.projection().cpc()),
  PIPELINE_PER_CLICK("projection.pipelinePerClick", Unit.MONEY, 0, 1e6, i -> i.projection().pipelinePerClick()),
  COMPANY_FOLLOWERS("projection.companyFollowers", Unit.PERSONS, 0, 1e8, i -> i.projection().companyFollowers()),
  CENTRAL_POSTS_PER_WEEK(
      "projection.centralPostsPerWeek", Unit.PER_WEEK, 0, 200, i -> i.projection().centralPostsPerWeek());

  /** Units, for labels and number formats. */
  public enum Unit {
    PERSONS,
    COUNT,
    SHARE,
    SCALE,
    PERCENT,
    YEAR,
    PER_WEEK,
    MONEY,
    HOURS,
    MONTHS,
    FACTOR
  }

  /** Smallest and largest Saaty ratio a pairwise judgement may hold. */
  public static final double MIN_RATIO = 1.0 / 9.0;

  public static final double MAX_RATIO = 9.0;

  private final String path;
  private final Unit unit;
  private final double min;
  private final double max;
  private final ToDoubleFunction<ScenarioInputs> reader;

  InputField(String path, Unit unit, double min, double max, ToDoubleFunction<ScenarioInputs> reader) {
    this.path = path;
    this.unit = unit;
    this.min = min;
    this.max = max;
    this.reader = reader;
  }

  public String path() {
    return path;
  }

  public Unit unit() {
    return unit;
  }

  public double min() {
    return min;
  }

  public double max() {
    return max;
  }

  public double read(ScenarioInputs inputs) {
    return reader.applyAsDouble(inputs);
  }

  public boolean accepts(double value) {
    return !Double.isNaN(value) && value >= min && value <= max;
  }

  /** Valid ranges of the projection's model assumptions. */
  private static void validateAssumptions(ProjectionAssumptions a, List<Violation> out) {
    check(out, "assumptions.rampMonths", a.rampMonths(), ProjectionAssumptions.MIN_RAMP_MONTHS,
        ProjectionAssumptions.MAX_RAMP_MONTHS);
    check(out, "assumptions.minutesPerPost", a.minutesPerPost(), 0, 240);
    a.profiles().forEach((alt, p) -> {
      String at = "assumptions.profiles." + alt.name() + ".";
      check(out, at + "advocateCoverage", p.advocateCoverage(), 0, 1);
      check(out, at + "centralEffort", p.centralEffort(), 0, 1);
      check(out, at + "paidShare", p.paidShare(), 0, 1);
      check(out, at + "minHires", p.minHires(), 0, 1_000);
      check(out, at + "employeesPerHire", p.employeesPerHire(), 1, 1e12);
      check(out, at + "maxHires", p.maxHires(), 0, 10_000);
      check(out, at + "hiresPerUnit", p.hiresPerUnit(), 0, 100);
      if (p.maxHires() < p.minHires()) {
        out.add(new Violation(at + "maxHires", p.maxHires(), p.minHires(), 10_000));
      }
    });
  }

  private static void check(List<Violation> out, String path, double v, double min, double max) {
    if (Double.isNaN(v) || v < min || v > max) {
      out.add(new Violation(path, v, min, max));
    }
  }

  /** A value outside its valid range, or a structural problem, at a field path. */
  public record Violation(String path, double value, double min, double max) {}

  /** Every numeric input outside its range (NaN and infinities included); empty when valid. */
  public static List<Violation> validate(ScenarioInputs inputs) {
    List<Violation> out = new ArrayList<>();
    for (InputField f : values()) {
      double v = f.read(inputs);
      if (!f.accepts(v)) {
        out.add(new Violation(f.path, v, f.min, f.max));
      }
    }
    for (var e : inputs.goals().sliders().entrySet()) {
      double v = e.getValue() == null ? Double.NaN : e.getValue();
      if (Double.isNaN(v) || v < 0 || v > 100) {
        out.add(new Violation("goals.sliders." + e.getKey().name(), v, 0, 100));
      }
    }
    validateAssumptions(inputs.assumptions(), out);
    validateJudgements(inputs.goals(), "goals", out);
    for (int i = 0; i < inputs.participants().size(); i++) {
      Participant p = inputs.participants().get(i);
      String path = "participants[" + i + "]";
      if (!(p.weight() > 0) || p.weight() > Participant.MAX_WEIGHT) {
        out.add(new Violation(path + ".weight", p.weight(), 0, Participant.MAX_WEIGHT));
      }
      for (var e : p.goals().sliders().entrySet()) {
        double v = e.getValue() == null ? Double.NaN : e.getValue();
        if (Double.isNaN(v) || v < 0 || v > 100) {
          out.add(new Violation(path + ".goals.sliders." + e.getKey().name(), v, 0, 100));
        }
      }
      validateJudgements(p.goals(), path + ".goals", out);
    }
    return out;
  }

  private static void validateJudgements(Goals goals, String path, List<Violation> out) {
    List<Judgement> js = goals.judgements();
    for (int k = 0; k < js.size(); k++) {
      double r = js.get(k).ratio();
      if (Double.isNaN(r) || r < MIN_RATIO - 1e-9 || r > MAX_RATIO + 1e-9) {
        out.add(new Violation(path + ".judgements[" + k + "].ratio", r, MIN_RATIO, MAX_RATIO));
      }
    }
  }
}
