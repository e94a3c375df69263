package se.socialorg.advisor.engine;

/**
 * Priorities derived from a pairwise comparison matrix with the Analytic Hierarchy Process.
 *
 * @param weights priorities, one per row of the matrix, summing to one
 * @param lambdaMax principal eigenvalue (estimated from the weights for the geometric mean)
 * @param consistencyIndex (lambdaMax - n) / (n - 1); 0 for n <= 2
 * @param consistencyRatio consistency index divided by Saaty's random index; 0 for n <= 2.
 *     Saaty's rule of thumb: acceptable up to 0.10
 */
public record AhpResult(
    double[] weights, double lambdaMax, double consistencyIndex, double consistencyRatio) {

  /**
   * Saaty's threshold: a matrix whose consistency ratio is at most this counts as acceptably
   * consistent (T. L. Saaty, The Analytic Hierarchy Process, 1980: "0.10 or less"). The one
   * threshold of the app: the goals step, the report and the CLI all ask {@link #acceptable()}.
   */
  public static final double ACCEPTABLE_RATIO = 0.10;

  public AhpResult {
    weights = weights.clone();
  }

  @Override
  public double[] weights() {
    return weights.clone();
  }

  /** Whether the consistency ratio is at most Saaty's 0.10 (0.10 itself is acceptable). */
  public boolean acceptable() {
    return acceptable(consistencyRatio);
  }

  /** Whether a consistency ratio is at most Saaty's 0.10. */
  public static boolean acceptable(double consistencyRatio) {
    return consistencyRatio <= ACCEPTABLE_RATIO;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AhpResult r
        && java.util.Arrays.equals(weights, r.weights)
        && Double.compare(lambdaMax, r.lambdaMax) == 0
        && Double.compare(consistencyIndex, r.consistencyIndex) == 0
        && Double.compare(consistencyRatio, r.consistencyRatio) == 0;
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(
        java.util.Arrays.hashCode(weights), lambdaMax, consistencyIndex, consistencyRatio);
  }

  @Override
  public String toString() {
    return "AhpResult[weights="
        + java.util.Arrays.toString(weights)
        + ", lambdaMax="
        + lambdaMax
        + ", CI="
        + consistencyIndex
        + ", CR="
        + consistencyRatio
        + "]";
  }
}
