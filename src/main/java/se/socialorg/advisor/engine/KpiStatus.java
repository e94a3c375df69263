package se.socialorg.advisor.engine;

/**
 * How an actual figure stands against its projection or target: within 10 % either way is on
 * track (both 90 % and 110 % included); below 90 % behind, above 110 % ahead. For cost, where
 * less is better, the sides swap: over 110 % is behind, under 90 % ahead.
 */
public enum KpiStatus {
  BEHIND,
  ON_TRACK,
  AHEAD;

  /** At or above this share of the projection a figure is not behind. */
  public static final double LOWER = 0.90;

  /** At or below this share of the projection a figure is not ahead. */
  public static final double UPPER = 1.10;

  /**
   * The status of {@code actual} against {@code expected}; null when either is not a number (a
   * gap or a figure the projection does not model).
   */
  public static KpiStatus of(double actual, double expected, boolean lowerIsBetter) {
    if (Double.isNaN(actual) || Double.isNaN(expected)) {
      return null;
    }
    KpiStatus higher;
    if (expected <= 0) {
      higher = actual > 0 ? AHEAD : ON_TRACK;
    } else {
      double ratio = actual / expected;
      higher = ratio < LOWER ? BEHIND : ratio > UPPER ? AHEAD : ON_TRACK;
    }
    if (!lowerIsBetter || higher == ON_TRACK) {
      return higher;
    }
    return higher == AHEAD ? BEHIND : AHEAD;
  }
}
