package se.socialorg.advisor.model;

/**
 * How far a survey's shares can be trusted: 95 % Wilson score intervals, and when a sample is too
 * small to speak for the organisation.
 */
public final class SampleSize {

  /** Fewer respondents than this and the survey's shares are flagged as uncertain. */
  public static final int SMALL_SAMPLE = 30;

  /** Respondents below this share of the scenario's employees are flagged too. */
  public static final double SMALL_SHARE_OF_EMPLOYEES = 0.05;

  /** Departments with fewer respondents are shown together as "other", for anonymity. */
  public static final int MIN_DEPARTMENT = 5;

  /** The normal quantile for 95 %. */
  static final double Z95 = 1.959963984540054;

  private SampleSize() {}

  /**
   * A share's plausible range.
   *
   * @param low lower bound, 0-1
   * @param high upper bound, 0-1
   */
  public record Interval(double low, double high) {}

  /**
   * The 95 % Wilson score interval for {@code successes} out of {@code n} (Wilson 1927; Newcombe
   * 1998, method 3), which stays inside 0-1 and behaves for small samples and shares near 0 or 1.
   * NaN bounds when {@code n} is 0.
   */
  public static Interval wilson95(int successes, int n) {
    if (n <= 0) {
      return new Interval(Double.NaN, Double.NaN);
    }
    double p = (double) successes / n;
    double z2 = Z95 * Z95;
    double denom = 1 + z2 / n;
    double centre = (p + z2 / (2.0 * n)) / denom;
    double half = Z95 / denom * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n));
    return new Interval(Math.max(0, centre - half), Math.min(1, centre + half));
  }

  /** The interval for a share over {@code n} answers (the count is the share times n, rounded). */
  public static Interval wilson95(double share, int n) {
    if (n <= 0 || Double.isNaN(share)) {
      return new Interval(Double.NaN, Double.NaN);
    }
    return wilson95((int) Math.round(share * n), n);
  }

  /** True when fewer than 30 answered, or fewer than 5 % of the employees (when known, above 0). */
  public static boolean small(int respondents, int employees) {
    return respondents < SMALL_SAMPLE
        || employees > 0 && respondents < SMALL_SHARE_OF_EMPLOYEES * employees;
  }
}
