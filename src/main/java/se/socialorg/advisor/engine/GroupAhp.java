package se.socialorg.advisor.engine;

import java.util.List;

/**
 * Group decisions with the Analytic Hierarchy Process: combining the members' pairwise judgements
 * (AIJ) or their priorities (AIP), and how far the members agree (Goepel's consensus S*).
 *
 * <ul>
 *   <li>AIJ, aggregation of individual judgements: element by element the weighted geometric mean
 *       of the members' reciprocal matrices (Forman and Peniwati 1998, EJOR 108:165-169; Aczél and
 *       Saaty 1983: only the geometric mean keeps the combined matrix reciprocal).
 *   <li>AIP, aggregation of individual priorities: the weighted arithmetic mean of the members'
 *       normalised priority vectors (Forman and Peniwati 1998).
 *   <li>Consensus S* (Goepel 2018, IJAHP 10(3):468-490; AHP-OS): from Shannon alpha, gamma and
 *       beta entropy of the members' priorities, corrected for the 1-9 scale (M = 9); 1 when all
 *       members agree, 0 when each member puts a different goal far above the rest.
 * </ul>
 *
 * Member weights are optional ({@code null} means equal); they must be finite, not negative, not
 * all zero, one per member, and are normalised to sum to one. Every method refuses bad input with
 * an {@link IllegalArgumentException} that says what is wrong and where.
 */
public final class GroupAhp {

  /** The largest value of Saaty's 1-9 scale, Goepel's M. */
  public static final double SCALE_MAX = 9;

  private GroupAhp() {}

  /**
   * The weighted geometric mean, element by element, of reciprocal pairwise matrices (AIJ).
   *
   * @param matrices the members' matrices, all of the same order
   * @param weights one weight per matrix, or null for equal weights; normalised here
   * @return the combined matrix: positive and exactly reciprocal, ones on the diagonal. The
   *     upper triangle is the mean of the members' upper triangles; each lower entry is the
   *     reciprocal of its mirror (members' matrices need only be reciprocal within 1 %, so 0.333
   *     passes for 1/3)
   */
  public static double[][] aggregateJudgements(List<double[][]> matrices, double[] weights) {
    if (matrices == null || matrices.isEmpty()) {
      throw new IllegalArgumentException("matrices: the list is empty; give at least one matrix");
    }
    int n = -1;
    for (int k = 0; k < matrices.size(); k++) {
      int order;
      try {
        order = Ahp.validate(matrices.get(k));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("matrices[" + k + "]: " + e.getMessage(), e);
      }
      if (n < 0) {
        n = order;
      } else if (order != n) {
        throw new IllegalArgumentException(
            "matrices[" + k + "]: has " + order + " rows but matrices[0] has " + n
                + "; all matrices must have the same size");
      }
    }
    double[] w = normalisedWeights(weights, matrices.size());
    double[][] out = new double[n][n];
    for (int i = 0; i < n; i++) {
      out[i][i] = 1;
      for (int j = i + 1; j < n; j++) {
        double logSum = 0;
        for (int k = 0; k < matrices.size(); k++) {
          logSum += w[k] * Math.log(matrices.get(k)[i][j]);
        }
        out[i][j] = Math.exp(logSum);
        out[j][i] = 1 / out[i][j];
      }
    }
    return out;
  }

  /**
   * The weighted arithmetic mean of the members' priority vectors (AIP), each normalised to sum to
   * one first, and the result renormalised.
   *
   * @param priorities the members' priorities, all of the same length; entries not negative,
   *     at least one above zero
   * @param weights one weight per member, or null for equal weights; normalised here
   */
  public static double[] aggregatePriorities(List<double[]> priorities, double[] weights) {
    double[][] p = normalisedPriorities(priorities);
    double[] w = normalisedWeights(weights, p.length);
    int n = p[0].length;
    double[] out = new double[n];
    double sum = 0;
    for (int k = 0; k < p.length; k++) {
      for (int j = 0; j < n; j++) {
        out[j] += w[k] * p[k][j];
      }
    }
    for (double v : out) {
      sum += v;
    }
    for (int j = 0; j < n; j++) {
      out[j] /= sum;
    }
    return out;
  }

  /**
   * Goepel's AHP consensus indicator S* with M = 9, in [0, 1]: 1 when all members have the same
   * priorities, 0 when each puts a different goal M times above each of the others. Members more
   * extreme than the 1-9 scale allows (sliders at zero) can fall below 0; the result is clipped to
   * [0, 1]. With one goal, or one member, the members cannot disagree: 1.
   *
   * @param priorities the members' priorities, all of the same length; each normalised here
   */
  public static double consensus(List<double[]> priorities) {
    double[][] p = normalisedPriorities(priorities);
    int k = p.length;
    int n = p[0].length;
    if (n == 1 || k == 1) {
      return 1;
    }
    double alpha = 0;
    double[] mean = new double[n];
    for (double[] member : p) {
      alpha += entropy(member);
      for (int j = 0; j < n; j++) {
        mean[j] += member[j] / k;
      }
    }
    alpha /= k;
    double gamma = entropy(mean);
    double betaDiversity = Math.exp(gamma - alpha);
    double cor = Math.exp(Math.log(n) - minimumAlphaEntropy(n, SCALE_MAX));
    double s = (1 / betaDiversity - 1 / cor) / (1 - 1 / cor);
    return Math.max(0, Math.min(1, s));
  }

  /**
   * Goepel's smallest Shannon alpha entropy on a scale with largest value m: one goal m times as
   * important as each of the n - 1 others, weights m/(n+m-1) and 1/(n+m-1).
   */
  static double minimumAlphaEntropy(int n, double m) {
    double top = m / (n + m - 1);
    double rest = 1 / (n + m - 1);
    return -top * Math.log(top) - (n - 1) * rest * Math.log(rest);
  }

  /** Shannon entropy in nats; 0 ln 0 counts as 0. */
  private static double entropy(double[] p) {
    double h = 0;
    for (double v : p) {
      if (v > 0) {
        h -= v * Math.log(v);
      }
    }
    return h;
  }

  /** Checks the members' priority vectors and returns copies normalised to sum to one. */
  private static double[][] normalisedPriorities(List<double[]> priorities) {
    if (priorities == null || priorities.isEmpty()) {
      throw new IllegalArgumentException(
          "priorities: the list is empty; give at least one member's priorities");
    }
    double[][] out = new double[priorities.size()][];
    for (int k = 0; k < priorities.size(); k++) {
      double[] v = priorities.get(k);
      if (v == null || v.length == 0) {
        throw new IllegalArgumentException("priorities[" + k + "]: has no entries");
      }
      if (k > 0 && v.length != out[0].length) {
        throw new IllegalArgumentException(
            "priorities[" + k + "]: has " + v.length + " entries but priorities[0] has "
                + out[0].length + "; all members must weigh the same goals");
      }
      double sum = 0;
      for (int j = 0; j < v.length; j++) {
        if (!Double.isFinite(v[j])) {
          throw new IllegalArgumentException(
              "priorities[" + k + "][" + j + "] is not a finite number: " + v[j]);
        }
        if (v[j] < 0) {
          throw new IllegalArgumentException(
              "priorities[" + k + "][" + j + "] is negative: " + v[j]);
        }
        sum += v[j];
      }
      if (!(sum > 0)) {
        throw new IllegalArgumentException(
            "priorities[" + k + "]: every entry is zero; at least one must be above zero");
      }
      out[k] = new double[v.length];
      for (int j = 0; j < v.length; j++) {
        out[k][j] = v[j] / sum;
      }
    }
    return out;
  }

  /** Checks member weights and returns them normalised; null means equal weights. */
  static double[] normalisedWeights(double[] weights, int members) {
    double[] w = new double[members];
    if (weights == null) {
      java.util.Arrays.fill(w, 1.0 / members);
      return w;
    }
    if (weights.length != members) {
      throw new IllegalArgumentException(
          "weights: has " + weights.length + " entries but there are " + members
              + " members; give one weight per member");
    }
    double sum = 0;
    for (int k = 0; k < members; k++) {
      if (Double.isNaN(weights[k]) || Double.isInfinite(weights[k])) {
        throw new IllegalArgumentException(
            "weights[" + k + "] is not a finite number: " + weights[k]);
      }
      if (weights[k] < 0) {
        throw new IllegalArgumentException("weights[" + k + "] is negative: " + weights[k]);
      }
      sum += weights[k];
    }
    if (!(sum > 0)) {
      throw new IllegalArgumentException(
          "weights: all are zero; at least one member needs a weight above zero");
    }
    for (int k = 0; k < members; k++) {
      w[k] = weights[k] / sum;
    }
    return w;
  }
}
