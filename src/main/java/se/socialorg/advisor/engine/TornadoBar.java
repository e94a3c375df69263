package se.socialorg.advisor.engine;

import se.socialorg.advisor.model.Alternative;

/**
 * One bar of the tornado chart: an input moved over its plausible range, all else fixed.
 *
 * @param parameter {@link Parameter} id (an {@link se.socialorg.advisor.model.InputField} name,
 *     {@code MATURITY}, {@code SHARED_FUNCTIONS}) or {@code weight.GOAL} for a goal weight
 * @param current its current value
 * @param low low end of the plausible range
 * @param high high end of the plausible range
 * @param marginLow recommended total minus the best other offered total, at {@code low}
 * @param marginHigh the same at {@code high}
 * @param winnerLow the winning alternative at {@code low}
 * @param winnerHigh the winning alternative at {@code high}
 */
public record TornadoBar(
    String parameter,
    double current,
    double low,
    double high,
    double marginLow,
    double marginHigh,
    Alternative winnerLow,
    Alternative winnerHigh) {

  /** Width of the bar: how far the margin moves over the range. */
  public double swing() {
    return Math.abs(marginHigh - marginLow);
  }
}
