package se.socialorg.advisor.engine;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import se.socialorg.advisor.model.Goal;

/**
 * The scoring rules. Each reads one factor x in [0, 1] from the inputs and moves an
 * alternative's score on the goals it affects by {@code coefficient(alternative) * (x -
 * neutral)}. Coefficients are in {@link se.socialorg.advisor.model.Alternative} order: CENTRALISED,
 * HUB_AND_SPOKE, DISTRIBUTED_ADVOCACY, MULTIPLE_HUB_AND_SPOKE, HOLISTIC. Every rule is monotone
 * in its factor and documented, with its evidence, in {@code docs/decision-model.md}.
 */
public enum Rule {
  /** Employee/expert credibility minus CEO credibility favours employee voices. */
  CREDIBILITY_GAP(
      0.5,
      new double[] {-0.10, 0.20, 0.40, 0.20, 0.40},
      EnumSet.of(Goal.TRUST_CREDIBILITY, Goal.THOUGHT_LEADERSHIP, Goal.EMPLOYER_BRANDING),
      "source.edelman2012",
      List.of(
          Parameter.CREDIBILITY_TECHNICAL_EXPERT,
          Parameter.CREDIBILITY_PERSON_LIKE_YOURSELF,
          Parameter.CREDIBILITY_EMPLOYEE,
          Parameter.CREDIBILITY_CEO)),
  /** Low trust in media favours owned, people-based channels. */
  MEDIA_DISTRUST(
      0.5,
      new double[] {-0.10, 0.05, 0.15, 0.05, 0.15},
      EnumSet.of(Goal.TRUST_CREDIBILITY, Goal.THOUGHT_LEADERSHIP),
      "source.edelman2012",
      List.of(Parameter.TRUST_IN_MEDIA)),
  /** Low trust in the industry: people-based communication helps rebuild it. */
  INDUSTRY_DISTRUST(
      0.5,
      new double[] {-0.05, 0.10, 0.10, 0.10, 0.10},
      EnumSet.of(Goal.TRUST_CREDIBILITY),
      "source.edelman2012",
      List.of(Parameter.INDUSTRY_TRUST)),
  /** Regulation and compliance exposure favour central control. */
  REGULATION(
      0.3,
      new double[] {0.20, 0.10, -0.30, 0.00, -0.20},
      EnumSet.allOf(Goal.class),
      "source.altimeter2010",
      List.of(Parameter.REGULATION)),
  /** Willing, active, well-connected employees who post carry advocacy. */
  READINESS(
      0.4,
      new double[] {0.00, 0.15, 0.50, 0.15, 0.40},
      EnumSet.of(
          Goal.TRUST_CREDIBILITY,
          Goal.THOUGHT_LEADERSHIP,
          Goal.LEAD_GENERATION,
          Goal.EMPLOYER_BRANDING,
          Goal.MEASURABLE_ROI),
      "source.postbeyond2018",
      List.of(
          Parameter.WILLING_SHARE,
          Parameter.ACTIVE_SHARE,
          Parameter.AVERAGE_NETWORK,
          Parameter.POSTS_PER_WEEK)),
  /** The number of willing employees must reach a critical mass. */
  CRITICAL_MASS(
      0.5,
      new double[] {0.00, 0.10, 0.15, 0.10, 0.15},
      EnumSet.of(
          Goal.TRUST_CREDIBILITY,
          Goal.THOUGHT_LEADERSHIP,
          Goal.LEAD_GENERATION,
          Goal.EMPLOYER_BRANDING,
          Goal.MEASURABLE_ROI),
      "source.linkedin2017",
      List.of(Parameter.EMPLOYEES, Parameter.WILLING_SHARE)),
  /** Technical experts are among the most credible spokespeople. */
  TECHNICAL_EXPERTS(
      0.2,
      new double[] {0.00, 0.10, 0.25, 0.10, 0.20},
      EnumSet.of(Goal.TRUST_CREDIBILITY, Goal.THOUGHT_LEADERSHIP, Goal.LEAD_GENERATION),
      "source.edelman2012",
      List.of(Parameter.TECHNICAL_EXPERT_SHARE)),
  /** Large organisations suit hubs; very small ones one owner of social media. */
  SIZE(
      0.5,
      new double[] {-0.15, 0.10, 0.00, 0.20, 0.00},
      EnumSet.allOf(Goal.class),
      "source.altimeter2010",
      List.of(Parameter.EMPLOYEES)),
  /** Several business units or countries want safe autonomy: hubs. */
  SPREAD(
      0.25,
      new double[] {-0.15, 0.10, 0.05, 0.25, 0.05},
      EnumSet.allOf(Goal.class),
      "source.altimeter2010",
      List.of(Parameter.BUSINESS_UNITS, Parameter.COUNTRIES)),
  /** Early maturity: centralise first; advanced maturity: let go. */
  MATURITY(
      0.4,
      new double[] {-0.15, 0.05, 0.15, 0.05, 0.25},
      EnumSet.allOf(Goal.class),
      "source.altimeter2013",
      List.of(Parameter.MATURITY)),
  /** Leaders who trust employees to speak make distributed models work. */
  OPENNESS(
      0.5,
      new double[] {-0.10, 0.05, 0.20, 0.05, 0.30},
      EnumSet.allOf(Goal.class),
      "source.altimeter2010",
      List.of(Parameter.CULTURE_OPENNESS)),
  /** Mirror how HR, IT and Finance are organised. */
  SHARED_FUNCTIONS(
      0.5,
      new double[] {-0.15, 0.00, 0.10, 0.10, 0.05},
      EnumSet.allOf(Goal.class),
      "source.prophet2015",
      List.of(Parameter.SHARED_FUNCTIONS)),
  /** Communicators hard to hire: build on existing staff. */
  HIRING_DIFFICULTY(
      0.5,
      new double[] {-0.15, -0.05, 0.05, -0.08, 0.05},
      EnumSet.allOf(Goal.class),
      "source.annonsorer2012",
      List.of(Parameter.HIRING_DIFFICULTY)),
  /** A communicator's salary large against the budget weighs on the return of a central team. */
  HIRE_COST(
      0.4,
      new double[] {-0.30, -0.10, 0.10, -0.15, 0.00},
      EnumSet.of(Goal.MEASURABLE_ROI),
      "source.annonsorer2012",
      List.of(Parameter.LOADED_SALARY, Parameter.ANNUAL_BUDGET));

  private final double neutral;
  private final double[] coefficients;
  private final Set<Goal> goals;
  private final String sourceKey;
  private final List<Parameter> parameters;

  Rule(
      double neutral,
      double[] coefficients,
      Set<Goal> goals,
      String sourceKey,
      List<Parameter> parameters) {
    this.neutral = neutral;
    this.coefficients = coefficients;
    this.goals = goals;
    this.sourceKey = sourceKey;
    this.parameters = parameters;
  }

  /** Factor value at which the rule moves no score. */
  public double neutral() {
    return neutral;
  }

  /** Score change per unit of factor for the alternative with this ordinal. */
  public double coefficient(int alternativeOrdinal) {
    return coefficients[alternativeOrdinal];
  }

  /** The goals whose scores the rule moves. */
  public Set<Goal> goals() {
    return EnumSet.copyOf(goals);
  }

  boolean affects(Goal g) {
    return goals.contains(g);
  }

  /** I18n key of the evidence, e.g. {@code source.edelman2012}. */
  public String sourceKey() {
    return sourceKey;
  }

  /** The inputs the factor reads. */
  public List<Parameter> parameters() {
    return parameters;
  }

  /** I18n key of the reason text for a factor above ({@code high}) or below its neutral value. */
  public String reasonKey(boolean high) {
    return "engine.reason." + name() + (high ? ".high" : ".low");
  }
}
