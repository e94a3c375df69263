package se.socialorg.advisor.engine;

/**
 * How sure the advice is, in words. Read from the chance that the recommended model ranks first
 * under robustness ({@link Acceptability}) and its lead in points out of 100 over the runner-up
 * ({@link Evaluation#margin()} x 100). Both conditions of a level must hold; thresholds and
 * reasoning in docs/decision-model.md s.5.2.
 */
public enum Confidence {
  /** Ranks first in at least 80 % of draws and leads by at least 5 points. */
  CLEAR(0.80, 5.0),
  /** Ranks first in at least 60 % of draws and leads by at least 2 points. */
  LIKELY(0.60, 2.0),
  /** Anything less: two models are close and the advice names what decides between them. */
  CLOSE_CALL(0, 0);

  private final double minChance;
  private final double minLeadPoints;

  Confidence(double minChance, double minLeadPoints) {
    this.minChance = minChance;
    this.minLeadPoints = minLeadPoints;
  }

  /** Smallest share of draws (0-1) in which the recommendation must rank first. */
  public double minChance() {
    return minChance;
  }

  /** Smallest lead over the runner-up, in points out of 100. */
  public double minLeadPoints() {
    return minLeadPoints;
  }

  /**
   * The level for a chance of ranking first (0-1) and a lead over the runner-up (score units,
   * 0-1, as {@link Evaluation#margin()}).
   */
  public static Confidence of(double chanceFirst, double margin) {
    double points = margin * 100;
    for (Confidence c : values()) {
      if (chanceFirst >= c.minChance - 1e-12 && points >= c.minLeadPoints - 1e-9) {
        return c;
      }
    }
    return CLOSE_CALL;
  }
}
