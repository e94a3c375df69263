package se.socialorg.advisor.engine;

import se.socialorg.advisor.model.Alternative;
import se.socialorg.advisor.model.Goal;
import se.socialorg.advisor.model.MaturityStage;
import se.socialorg.advisor.model.ScenarioInputs;

/**
 * The scoring arithmetic on primitive arrays, allocation-free so that sensitivity analysis and
 * Monte Carlo can call it thousands of times. Raw inputs are indexed by {@link Parameter}
 * ordinal, factors by {@link Rule} ordinal, alternatives and goals by their ordinals.
 */
final class ScoringModel {

  static final Alternative[] ALTERNATIVES = Alternative.values();
  static final Goal[] GOALS = Goal.values();
  static final Rule[] RULES = Rule.values();
  static final Parameter[] PARAMETERS = Parameter.values();
  static final int A = ALTERNATIVES.length;
  static final int G = GOALS.length;
  static final int R = RULES.length;
  static final int P = PARAMETERS.length;

  /** Employees from which multiple hub-and-spoke is offered. */
  static final int MULTI_HUB_MIN_EMPLOYEES = 1000;

  /** Business units or countries from which multiple hub-and-spoke is offered. */
  static final int MULTI_HUB_MIN_UNITS = 3;

  /** Maturity from which holistic is offered. */
  static final MaturityStage HOLISTIC_MIN_MATURITY = MaturityStage.STRATEGIC;

  /** Culture openness from which holistic is offered. */
  static final double HOLISTIC_MIN_OPENNESS = 0.7;

  /**
   * Baseline score of each alternative (row) on each goal (column, {@link Goal} order: trust,
   * thought leadership, lead generation, customer service, crisis readiness, employer branding,
   * measurable ROI), before the rules adjust it. See docs/decision-model.md for the evidence.
   */
  static final double[][] BASE = {
    {0.40, 0.35, 0.50, 0.70, 0.75, 0.35, 0.65}, // CENTRALISED
    {0.60, 0.60, 0.60, 0.65, 0.70, 0.60, 0.65}, // HUB_AND_SPOKE
    {0.75, 0.75, 0.55, 0.35, 0.30, 0.75, 0.50}, // DISTRIBUTED_ADVOCACY
    {0.60, 0.60, 0.60, 0.65, 0.60, 0.60, 0.55}, // MULTIPLE_HUB_AND_SPOKE
    {0.75, 0.75, 0.60, 0.55, 0.45, 0.80, 0.40}, // HOLISTIC
  };

  /** COEF[r][a][g]: score change of alternative a on goal g per unit of factor r. */
  static final double[][][] COEF = new double[R][A][G];

  static {
    for (Rule r : RULES) {
      for (int a = 0; a < A; a++) {
        for (Goal g : GOALS) {
          COEF[r.ordinal()][a][g.ordinal()] = r.affects(g) ? r.coefficient(a) : 0;
        }
      }
    }
  }

  /** NZ[a][g]: the rules with a non-zero coefficient for alternative a on goal g. */
  static final int[][][] NZ = new int[A][G][];

  /** Each rule's neutral value, by rule ordinal. */
  static final double[] NEUTRAL = new double[R];

  static {
    for (int r = 0; r < R; r++) {
      NEUTRAL[r] = RULES[r].neutral();
    }
    for (int a = 0; a < A; a++) {
      for (int g = 0; g < G; g++) {
        int n = 0;
        for (int r = 0; r < R; r++) {
          if (COEF[r][a][g] != 0) {
            n++;
          }
        }
        NZ[a][g] = new int[n];
        n = 0;
        for (int r = 0; r < R; r++) {
          if (COEF[r][a][g] != 0) {
            NZ[a][g][n++] = r;
          }
        }
      }
    }
  }

  private ScoringModel() {}

  /**
   * The winner with drawn tables given as a baseline {@code base[a][g]} and one coefficient
   * factor {@code mult[r][a]} per rule and alternative (the published coefficient times the
   * factor); the same result as {@link #winner(double[][], double[][][], double[], double[],
   * double[], double[])} with the multiplied table, without building it. Scratch: {@code f},
   * {@code totals}.
   */
  static int winnerScaled(
      double[][] base, double[][] mult, double[] raw, double[] w, double[] f, double[] totals) {
    factors(raw, f);
    for (int r = 0; r < R; r++) {
      f[r] -= NEUTRAL[r];
    }
    int best = -1;
    for (int a = 0; a < A; a++) {
      if (!offered(raw, a)) {
        continue;
      }
      double t = 0;
      for (int g = 0; g < G; g++) {
        if (w[g] == 0) {
          continue;
        }
        double s = base[a][g];
        for (int r : NZ[a][g]) {
          s += mult[r][a] * COEF[r][a][g] * f[r];
        }
        t += w[g] * bound(s);
      }
      totals[a] = t;
      if (best < 0 || t > totals[best]) {
        best = a;
      }
    }
    return best;
  }

  /** Reads the raw numeric inputs into a new array indexed by parameter ordinal. */
  static double[] raw(ScenarioInputs in) {
    double[] raw = new double[P];
    for (Parameter p : PARAMETERS) {
      raw[p.ordinal()] = p.read(in);
    }
    return raw;
  }

  private static double clamp01(double v) {
    return v < 0 ? 0 : (v > 1 ? 1 : v);
  }

  private static double v(double[] raw, Parameter p) {
    return raw[p.ordinal()];
  }

  /** Fills {@code f} (length R) with every rule's factor in [0, 1]. */
  static void factors(double[] raw, double[] f) {
    double voices =
        (v(raw, Parameter.CREDIBILITY_TECHNICAL_EXPERT)
                + v(raw, Parameter.CREDIBILITY_PERSON_LIKE_YOURSELF)
                + v(raw, Parameter.CREDIBILITY_EMPLOYEE))
            / 3;
    f[Rule.CREDIBILITY_GAP.ordinal()] =
        clamp01(0.5 + (voices - v(raw, Parameter.CREDIBILITY_CEO)) / 100);
    f[Rule.MEDIA_DISTRUST.ordinal()] = clamp01(1 - v(raw, Parameter.TRUST_IN_MEDIA) / 100);
    f[Rule.INDUSTRY_DISTRUST.ordinal()] = clamp01(1 - v(raw, Parameter.INDUSTRY_TRUST) / 100);
    f[Rule.REGULATION.ordinal()] = clamp01(v(raw, Parameter.REGULATION));
    double willing = v(raw, Parameter.WILLING_SHARE);
    f[Rule.READINESS.ordinal()] =
        0.45 * Math.min(1, willing / 0.5)
            + 0.25 * Math.min(1, v(raw, Parameter.ACTIVE_SHARE) / 0.3)
            + 0.15 * clamp01(Math.log10(1 + v(raw, Parameter.AVERAGE_NETWORK)) / 4)
            + 0.15 * Math.min(1, v(raw, Parameter.POSTS_PER_WEEK) / 3);
    double employees = v(raw, Parameter.EMPLOYEES);
    f[Rule.CRITICAL_MASS.ordinal()] = clamp01(Math.log10(1 + employees * willing) / 3);
    f[Rule.TECHNICAL_EXPERTS.ordinal()] = clamp01(v(raw, Parameter.TECHNICAL_EXPERT_SHARE));
    f[Rule.SIZE.ordinal()] = clamp01(Math.log10(Math.max(1, employees)) / 6);
    double units = Math.max(v(raw, Parameter.BUSINESS_UNITS), v(raw, Parameter.COUNTRIES));
    f[Rule.SPREAD.ordinal()] = clamp01(Math.log(Math.max(1, units)) / Math.log(20));
    f[Rule.MATURITY.ordinal()] = clamp01(v(raw, Parameter.MATURITY) / 5);
    f[Rule.OPENNESS.ordinal()] = clamp01(v(raw, Parameter.CULTURE_OPENNESS));
    f[Rule.SHARED_FUNCTIONS.ordinal()] = clamp01(v(raw, Parameter.SHARED_FUNCTIONS) / 2);
    f[Rule.HIRING_DIFFICULTY.ordinal()] = clamp01(v(raw, Parameter.HIRING_DIFFICULTY));
    double salary = v(raw, Parameter.LOADED_SALARY);
    double budget = v(raw, Parameter.ANNUAL_BUDGET);
    f[Rule.HIRE_COST.ordinal()] = salary + budget <= 0 ? 0.5 : clamp01(salary / (salary + budget));
  }

  /**
   * Where the smooth bound leaves the straight line: raw scores within {@code 0.5 +/- KNEE} are
   * kept as they are (every baseline lies inside), beyond it they approach 0 or 1 along a tanh
   * tail with the same slope at the knee, so the bound is smooth, strictly increasing and never
   * reaches 0 or 1: two strong models above the old clamp at 1.00 still differ.
   */
  static final double KNEE = 0.3;

  /** Room left between the knee and the bound (0.5 - KNEE). */
  private static final double TAIL = 0.5 - KNEE;

  /** The smooth bound: a raw score (any real) to a score in (0, 1); see {@link #KNEE}. */
  static double bound(double raw) {
    double d = raw - 0.5;
    if (d > KNEE) {
      return 0.5 + KNEE + TAIL * Math.tanh((d - KNEE) / TAIL);
    }
    if (d < -KNEE) {
      return 0.5 - KNEE - TAIL * Math.tanh((-d - KNEE) / TAIL);
    }
    return raw;
  }

  /** Score of alternative a on goal g in (0, 1), given the factors, with the published tables. */
  static double score(double[] f, int a, int g) {
    return score(BASE, COEF, f, a, g);
  }

  /** Score of alternative a on goal g with the given baseline and coefficient tables. */
  static double score(double[][] base, double[][][] coef, double[] f, int a, int g) {
    double s = base[a][g];
    for (int r = 0; r < R; r++) {
      s += coef[r][a][g] * (f[r] - RULES[r].neutral());
    }
    return bound(s);
  }

  /** Fills {@code totals} (length A) with the weighted totals. */
  static void totals(double[] f, double[] w, double[] totals) {
    totals(BASE, COEF, f, w, totals);
  }

  /** Fills {@code totals} (length A) with the weighted totals under the given tables. */
  static void totals(
      double[][] base, double[][][] coef, double[] f, double[] w, double[] totals) {
    for (int a = 0; a < A; a++) {
      double t = 0;
      for (int g = 0; g < G; g++) {
        if (w[g] != 0) {
          t += w[g] * score(base, coef, f, a, g);
        }
      }
      totals[a] = t;
    }
  }

  /** Whether alternative a is offered for these raw inputs. */
  static boolean offered(double[] raw, int a) {
    if (a == Alternative.MULTIPLE_HUB_AND_SPOKE.ordinal()) {
      return v(raw, Parameter.EMPLOYEES) >= MULTI_HUB_MIN_EMPLOYEES
          && (v(raw, Parameter.BUSINESS_UNITS) >= MULTI_HUB_MIN_UNITS
              || v(raw, Parameter.COUNTRIES) >= MULTI_HUB_MIN_UNITS);
    }
    if (a == Alternative.HOLISTIC.ordinal()) {
      return v(raw, Parameter.MATURITY) >= HOLISTIC_MIN_MATURITY.ordinal()
          && v(raw, Parameter.CULTURE_OPENNESS) >= HOLISTIC_MIN_OPENNESS;
    }
    return true;
  }

  /**
   * The best offered alternative's ordinal; ties go to the earlier alternative. Uses {@code f}
   * and {@code totals} as scratch space.
   */
  static int winner(double[] raw, double[] w, double[] f, double[] totals) {
    return winner(BASE, COEF, raw, w, f, totals);
  }

  /** {@link #winner(double[], double[], double[], double[])} under the given tables. */
  static int winner(
      double[][] base, double[][][] coef, double[] raw, double[] w, double[] f, double[] totals) {
    factors(raw, f);
    totals(base, coef, f, w, totals);
    int best = -1;
    for (int a = 0; a < A; a++) {
      if (offered(raw, a) && (best < 0 || totals[a] > totals[best])) {
        best = a;
      }
    }
    return best;
  }

  /** Total of the winner minus the best other offered total, after {@link #winner}. */
  static double margin(double[] raw, double[] totals, int winner) {
    double second = Double.NEGATIVE_INFINITY;
    for (int a = 0; a < A; a++) {
      if (a != winner && offered(raw, a) && totals[a] > second) {
        second = totals[a];
      }
    }
    return totals[winner] - second;
  }

  /**
   * Sets goal g's weight to x and rescales the others in {@code base} to sum 1 - x, writing into
   * {@code out}. When all weight was on g, the rest is shared equally.
   */
  static void reweight(double[] base, int g, double x, double[] out) {
    double rest = 1 - base[g];
    for (int k = 0; k < G; k++) {
      if (k == g) {
        out[k] = x;
      } else if (rest > 1e-12) {
        out[k] = base[k] * (1 - x) / rest;
      } else {
        out[k] = (1 - x) / (G - 1);
      }
    }
  }
}
