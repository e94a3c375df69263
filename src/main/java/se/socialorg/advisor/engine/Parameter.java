package se.socialorg.advisor.engine;

import java.util.function.ToDoubleFunction;
import se.socialorg.advisor.model.InputField;
import se.socialorg.advisor.model.ScenarioInputs;

/**
 * The inputs the scoring rules read, with the plausible range sensitivity analysis varies each
 * one over and whether Monte Carlo treats it as uncertain. Ids are {@link InputField} names, plus
 * {@code MATURITY} (stage ordinal 0-5) and {@code SHARED_FUNCTIONS} (0 central, 1 federated, 2
 * decentralised). The table is documented in {@code docs/decision-model.md}.
 */
public enum Parameter {
  EMPLOYEES(InputField.EMPLOYEES, Spread.RELATIVE, 2, false, true, true),
  TECHNICAL_EXPERT_SHARE(
      InputField.TECHNICAL_EXPERT_SHARE, Spread.ABSOLUTE, 0.10, true, false, false),
  BUSINESS_UNITS(InputField.BUSINESS_UNITS, Spread.RELATIVE, 2, false, true, true),
  COUNTRIES(InputField.COUNTRIES, Spread.RELATIVE, 2, false, true, true),
  REGULATION(InputField.REGULATION, Spread.ABSOLUTE, 0.20, true, false, false),
  CULTURE_OPENNESS(InputField.CULTURE_OPENNESS, Spread.ABSOLUTE, 0.20, true, false, false),
  MATURITY(null, Spread.ABSOLUTE, 1, false, true, false),
  SHARED_FUNCTIONS(null, Spread.ABSOLUTE, 1, false, true, false),
  TRUST_IN_MEDIA(InputField.TRUST_IN_MEDIA, Spread.ABSOLUTE, 10, true, false, false),
  INDUSTRY_TRUST(InputField.INDUSTRY_TRUST, Spread.ABSOLUTE, 10, true, false, false),
  CREDIBILITY_TECHNICAL_EXPERT(
      InputField.CREDIBILITY_TECHNICAL_EXPERT, Spread.ABSOLUTE, 10, true, false, false),
  CREDIBILITY_PERSON_LIKE_YOURSELF(
      InputField.CREDIBILITY_PERSON_LIKE_YOURSELF, Spread.ABSOLUTE, 10, true, false, false),
  CREDIBILITY_EMPLOYEE(InputField.CREDIBILITY_EMPLOYEE, Spread.ABSOLUTE, 10, true, false, false),
  CREDIBILITY_CEO(InputField.CREDIBILITY_CEO, Spread.ABSOLUTE, 10, true, false, false),
  ACTIVE_SHARE(InputField.ACTIVE_SHARE, Spread.ABSOLUTE, 0.10, true, false, false),
  WILLING_SHARE(InputField.WILLING_SHARE, Spread.ABSOLUTE, 0.15, true, false, false),
  AVERAGE_NETWORK(InputField.AVERAGE_NETWORK, Spread.RELATIVE, 2, true, false, true),
  POSTS_PER_WEEK(InputField.POSTS_PER_WEEK, Spread.RELATIVE, 2, true, false, true),
  ANNUAL_BUDGET(InputField.ANNUAL_BUDGET, Spread.RELATIVE, 1.5, true, false, true),
  LOADED_SALARY(InputField.LOADED_SALARY, Spread.RELATIVE, 1.25, true, false, true),
  HIRING_DIFFICULTY(InputField.HIRING_DIFFICULTY, Spread.ABSOLUTE, 0.20, true, false, false);

  /** How the plausible range is laid around the current value. */
  public enum Spread {
    /** current minus/plus the spread. */
    ABSOLUTE,
    /** current divided/multiplied by the spread. */
    RELATIVE
  }

  /** How far flip-point search reaches for relative parameters: current /10 to x10. */
  static final double SEARCH_FACTOR = 10;

  private final InputField field;
  private final Spread spread;
  private final double amount;
  private final boolean uncertain;
  private final boolean integer;
  private final boolean logScale;
  private final ToDoubleFunction<ScenarioInputs> reader;

  Parameter(
      InputField field,
      Spread spread,
      double amount,
      boolean uncertain,
      boolean integer,
      boolean logScale) {
    this.field = field;
    this.spread = spread;
    this.amount = amount;
    this.uncertain = uncertain;
    this.integer = integer;
    this.logScale = logScale;
    this.reader = field != null ? field::read : null;
  }

  /** The catalogue field behind this parameter, or null for maturity and shared functions. */
  public InputField field() {
    return field;
  }

  /** Id used in sensitivity results: the {@link InputField} name or this constant's name. */
  public String id() {
    return name();
  }

  /** The scenario-file path of the input. */
  public String path() {
    if (field != null) {
      return field.path();
    }
    return this == MATURITY ? "organisation.maturity" : "organisation.sharedFunctions";
  }

  public Spread spread() {
    return spread;
  }

  /** The spread: an absolute amount or a factor. */
  public double amount() {
    return amount;
  }

  /** Whether Monte Carlo draws it; facts such as head count and maturity stay fixed. */
  public boolean uncertain() {
    return uncertain;
  }

  public boolean integer() {
    return integer;
  }

  public boolean logScale() {
    return logScale;
  }

  /** Smallest valid value. */
  public double min() {
    return field != null ? field.min() : 0;
  }

  /** Largest valid value. */
  public double max() {
    if (field != null) {
      return field.max();
    }
    return this == MATURITY ? 5 : 2;
  }

  /** The current value in the inputs, as a number. */
  public double read(ScenarioInputs in) {
    if (reader != null) {
      return reader.applyAsDouble(in);
    }
    return this == MATURITY
        ? in.organisation().maturity().ordinal()
        : in.organisation().sharedFunctions().ordinal();
  }

  /** Lower end of the plausible range around {@code current}, within the valid range. */
  public double low(double current) {
    double v = spread == Spread.ABSOLUTE ? current - amount : current / amount;
    return clampRound(v, true);
  }

  /** Upper end of the plausible range around {@code current}, within the valid range. */
  public double high(double current) {
    double v = spread == Spread.ABSOLUTE ? current + amount : current * amount;
    return clampRound(v, false);
  }

  /** Lower end of the flip-point search: the valid minimum, or current/10 for relative ones. */
  double searchLow(double current) {
    return spread == Spread.RELATIVE ? clampRound(current / SEARCH_FACTOR, true) : min();
  }

  /** Upper end of the flip-point search: the valid maximum, or current x10 for relative ones. */
  double searchHigh(double current) {
    return spread == Spread.RELATIVE ? clampRound(current * SEARCH_FACTOR, false) : max();
  }

  private double clampRound(double v, boolean down) {
    double r = integer ? (down ? Math.floor(v) : Math.ceil(v)) : v;
    return Math.max(min(), Math.min(max(), r));
  }
}
