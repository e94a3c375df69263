package se.socialorg.advisor.engine;

/**
 * The Analytic Hierarchy Process (Saaty 1980): priorities from a positive reciprocal pairwise
 * comparison matrix, by the principal eigenvector or by row geometric means, with Saaty's
 * consistency ratio.
 */
public final class Ahp {

  /**
   * Saaty's random consistency index for n = 0..15 (Saaty 1980, The Analytic Hierarchy Process,
   * table 1.7; n = 1, 2 are 0). Larger n use 1.59.
   */
  private static final double[] RANDOM_INDEX = {
    0, 0, 0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49, 1.51, 1.48, 1.56, 1.57, 1.59
  };

  /** Relative tolerance of the reciprocal check, so that 0.333 passes for 1/3. */
  private static final double RECIPROCAL_TOLERANCE = 0.01;

  private static final int MAX_ITERATIONS = 1000;
  private static final double CONVERGENCE = 1e-12;

  private Ahp() {}

  /** Saaty's random index for a matrix of order n (0 for n <= 2). */
  public static double randomIndex(int n) {
    if (n < 0) {
      throw new IllegalArgumentException("matrix order must not be negative: " + n);
    }
    return n < RANDOM_INDEX.length ? RANDOM_INDEX[n] : RANDOM_INDEX[RANDOM_INDEX.length - 1];
  }

  /** Priorities as the principal right eigenvector (power iteration), normalised to sum 1. */
  public static AhpResult eigenvector(double[][] m) {
    int n = validate(m);
    double[] w = new double[n];
    powerIteration(m, w, new double[n]);
    return result(m, w);
  }

  /**
   * The principal eigenvector of {@code m} into {@code w} (summing to one), as {@link
   * #eigenvector} finds it, without checking {@code m} or measuring its consistency: for the
   * robustness draws of a group, which make a valid matrix 10,000 times. {@code next} is scratch
   * space of the same length.
   */
  static void powerIteration(double[][] m, double[] w, double[] next) {
    int n = w.length;
    java.util.Arrays.fill(w, 1.0 / n);
    for (int it = 0; it < MAX_ITERATIONS; it++) {
      double sum = 0;
      for (int i = 0; i < n; i++) {
        double s = 0;
        for (int j = 0; j < n; j++) {
          s += m[i][j] * w[j];
        }
        next[i] = s;
        sum += s;
      }
      double change = 0;
      for (int i = 0; i < n; i++) {
        double v = next[i] / sum;
        change = Math.max(change, Math.abs(v - w[i]));
        w[i] = v;
      }
      if (change < CONVERGENCE) {
        break;
      }
    }
  }

  /** Priorities as normalised row geometric means (Crawford and Williams 1985). */
  public static AhpResult geometricMean(double[][] m) {
    int n = validate(m);
    double[] w = new double[n];
    double sum = 0;
    for (int i = 0; i < n; i++) {
      double logSum = 0;
      for (int j = 0; j < n; j++) {
        logSum += Math.log(m[i][j]);
      }
      w[i] = Math.exp(logSum / n);
      sum += w[i];
    }
    for (int i = 0; i < n; i++) {
      w[i] /= sum;
    }
    return result(m, w);
  }

  /**
   * The judgement m[i][j] (i < j) whose ratio departs most, on a log scale, from the ratio the
   * weights imply. For a 1x1 matrix the only "judgement" is the diagonal.
   */
  public static InconsistentJudgement mostInconsistent(double[][] m, double[] weights) {
    int n = validate(m);
    if (weights == null || weights.length != n) {
      throw new IllegalArgumentException(
          "weights must have one entry per matrix row (" + n + ")");
    }
    InconsistentJudgement worst = null;
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        double implied = weights[i] / weights[j];
        double deviation = Math.abs(Math.log(m[i][j] / implied));
        if (worst == null || deviation > worst.deviation()) {
          worst = new InconsistentJudgement(i, j, m[i][j], implied, deviation);
        }
      }
    }
    return worst != null ? worst : new InconsistentJudgement(0, 0, 1, 1, 0);
  }

  private static AhpResult result(double[][] m, double[] w) {
    int n = w.length;
    double lambda = 0;
    for (int i = 0; i < n; i++) {
      double s = 0;
      for (int j = 0; j < n; j++) {
        s += m[i][j] * w[j];
      }
      lambda += s / w[i];
    }
    lambda /= n;
    if (n <= 2) {
      return new AhpResult(w, n, 0, 0);
    }
    double ci = Math.max(0, (lambda - n) / (n - 1));
    return new AhpResult(w, lambda, ci, ci / randomIndex(n));
  }

  /** Refuses anything but a non-empty, square, positive, finite, reciprocal matrix. */
  static int validate(double[][] m) {
    if (m == null || m.length == 0) {
      throw new IllegalArgumentException("pairwise matrix is empty");
    }
    int n = m.length;
    for (int i = 0; i < n; i++) {
      if (m[i] == null || m[i].length != n) {
        throw new IllegalArgumentException(
            "pairwise matrix is not square: row " + i + " has "
                + (m[i] == null ? 0 : m[i].length) + " entries, expected " + n);
      }
    }
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        double v = m[i][j];
        if (Double.isNaN(v) || Double.isInfinite(v)) {
          throw new IllegalArgumentException(
              "pairwise matrix entry [" + i + "][" + j + "] is not a finite number: " + v);
        }
        if (v <= 0) {
          throw new IllegalArgumentException(
              "pairwise matrix entry [" + i + "][" + j + "] is not positive: " + v);
        }
      }
    }
    for (int i = 0; i < n; i++) {
      for (int j = i; j < n; j++) {
        double product = m[i][j] * m[j][i];
        if (Math.abs(product - 1) > RECIPROCAL_TOLERANCE) {
          throw new IllegalArgumentException(
              "pairwise matrix is not reciprocal: ["
                  + i + "][" + j + "] = " + m[i][j] + " but [" + j + "][" + i + "] = " + m[j][i]
                  + " (expected " + (1 / m[i][j]) + ")");
        }
      }
    }
    return n;
  }
}
