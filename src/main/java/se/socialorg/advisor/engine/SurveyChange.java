package se.socialorg.advisor.engine;

import se.socialorg.advisor.model.SampleSize;

/**
 * A repeat employee survey against the first: the change in one share (willing or active) with
 * 95 % intervals. Each share gets Wilson's score interval; the change gets Newcombe's hybrid score
 * interval built from them (Newcombe 1998, method 10), which stays inside -1..1 and behaves with
 * small groups and shares near 0 or 1.
 *
 * @param before the first survey's share
 * @param beforeLow lower end of its 95 % interval
 * @param beforeHigh upper end
 * @param after the repeat survey's share
 * @param afterLow lower end of its 95 % interval
 * @param afterHigh upper end
 * @param change after - before
 * @param changeLow lower end of the change's 95 % interval
 * @param changeHigh upper end
 */
public record SurveyChange(
    double before,
    double beforeLow,
    double beforeHigh,
    double after,
    double afterLow,
    double afterHigh,
    double change,
    double changeLow,
    double changeHigh) {

  /**
   * The change from {@code before} of {@code beforeN} answers to {@code after} of {@code afterN}.
   * A survey with no answers has no interval (NaN).
   */
  public static SurveyChange of(double before, int beforeN, double after, int afterN) {
    double[] b = wilson(before, beforeN);
    double[] a = wilson(after, afterN);
    double d = after - before;
    double low = d - Math.sqrt(sq(after - a[0]) + sq(b[1] - before));
    double high = d + Math.sqrt(sq(a[1] - after) + sq(before - b[0]));
    return new SurveyChange(before, b[0], b[1], after, a[0], a[1], d, low, high);
  }

  /** True when the interval of the change excludes 0: more than chance between two samples. */
  public boolean clear() {
    return changeLow > 0 || changeHigh < 0;
  }

  /** Wilson's score interval {low, high} for a share {@code p} of {@code n} answers. */
  static double[] wilson(double p, int n) {
    SampleSize.Interval i = SampleSize.wilson95(p, n);
    return new double[] {i.low(), i.high()};
  }

  private static double sq(double x) {
    return x * x;
  }
}
