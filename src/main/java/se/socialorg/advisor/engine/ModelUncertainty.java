package se.socialorg.advisor.engine;

import java.util.SplittableRandom;
import se.socialorg.advisor.model.Goal;

/**
 * How sure the evidence makes us of the engine's own tables. The baseline scores and rule
 * coefficients are expert translations of published findings (docs/decision-model.md, s.5.1):
 * the evidence fixes their direction, not their exact size. Each robustness draw therefore
 * moves every baseline score by a uniform amount within its goal's band, and multiplies every
 * rule coefficient (per rule and alternative) by a uniform factor within 1 +/- the rule's band.
 * Bands below 1 keep every coefficient's sign, so the documented directions hold in every draw.
 */
public final class ModelUncertainty {

  private ModelUncertainty() {}

  /**
   * Half-width of the baseline band per goal, in score units (0-1): narrow where the evidence
   * gives figures (Edelman credibility for trust, thought leadership and employer branding),
   * wider where it is a qualitative description (Altimeter on service and crisis), widest where
   * it says little about which model delivers (leads, ROI).
   */
  public static double baselineBand(Goal g) {
    return switch (g) {
      case TRUST_CREDIBILITY, THOUGHT_LEADERSHIP, EMPLOYER_BRANDING -> 0.08;
      case CUSTOMER_SERVICE, CRISIS_READINESS -> 0.10;
      case LEAD_GENERATION, MEASURABLE_ROI -> 0.12;
    };
  }

  /**
   * Relative half-width of a rule's coefficients: 0.25 where a published figure or an explicit
   * statement carries both direction and strength, 0.4 where a survey share or a typical path
   * gives the direction, 0.5 where the rule is a qualitative reading or a product rule.
   */
  public static double coefficientBand(Rule r) {
    return switch (r) {
      case CREDIBILITY_GAP, REGULATION -> 0.25;
      case READINESS, TECHNICAL_EXPERTS -> 0.30;
      case MEDIA_DISTRUST, SIZE, SPREAD, MATURITY -> 0.40;
      case INDUSTRY_DISTRUST, CRITICAL_MASS, OPENNESS, SHARED_FUNCTIONS, HIRING_DIFFICULTY,
          HIRE_COST -> 0.50;
    };
  }

  private static final double[] BASE_BAND = new double[ScoringModel.G];
  private static final double[] COEF_BAND = new double[ScoringModel.R];

  static {
    for (Goal g : ScoringModel.GOALS) {
      BASE_BAND[g.ordinal()] = baselineBand(g);
    }
    for (Rule r : ScoringModel.RULES) {
      COEF_BAND[r.ordinal()] = coefficientBand(r);
    }
  }

  /** New coefficient factors to draw into: one per rule and alternative. */
  static double[][] newFactors() {
    return new double[ScoringModel.R][ScoringModel.A];
  }

  /**
   * Fills {@code base} and {@code mult} with one draw: the baseline as in {@link #draw}, and the
   * factor each rule's coefficients for one alternative are multiplied by. Draws the random
   * numbers in the same order as {@link #draw}, so both give the same model.
   */
  static void drawFactors(SplittableRandom rnd, double[][] base, double[][] mult) {
    for (int a = 0; a < ScoringModel.A; a++) {
      for (int g = 0; g < ScoringModel.G; g++) {
        base[a][g] = ScoringModel.BASE[a][g] + (2 * rnd.nextDouble() - 1) * BASE_BAND[g];
      }
    }
    for (int r = 0; r < ScoringModel.R; r++) {
      for (int a = 0; a < ScoringModel.A; a++) {
        mult[r][a] = 1 + (2 * rnd.nextDouble() - 1) * COEF_BAND[r];
      }
    }
  }

  /** New tables to draw into, sized like the published ones. */
  static double[][] newBase() {
    return new double[ScoringModel.A][ScoringModel.G];
  }

  static double[][][] newCoef() {
    return new double[ScoringModel.R][ScoringModel.A][ScoringModel.G];
  }

  /**
   * Fills {@code base} and {@code coef} with one draw of the model around the published tables:
   * 35 baseline draws and one coefficient factor per rule and alternative.
   */
  static void draw(SplittableRandom rnd, double[][] base, double[][][] coef) {
    for (int a = 0; a < ScoringModel.A; a++) {
      for (int g = 0; g < ScoringModel.G; g++) {
        base[a][g] = ScoringModel.BASE[a][g] + (2 * rnd.nextDouble() - 1) * BASE_BAND[g];
      }
    }
    for (int r = 0; r < ScoringModel.R; r++) {
      for (int a = 0; a < ScoringModel.A; a++) {
        double m = 1 + (2 * rnd.nextDouble() - 1) * COEF_BAND[r];
        double[] from = ScoringModel.COEF[r][a];
        double[] to = coef[r][a];
        for (int g = 0; g < ScoringModel.G; g++) {
          to[g] = from[g] * m;
        }
      }
    }
  }
}
