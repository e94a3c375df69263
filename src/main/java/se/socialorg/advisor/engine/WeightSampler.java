package se.socialorg.advisor.engine;

import java.util.SplittableRandom;

/**
 * How robustness draws the goal weights for one draw. The default, {@link #jitter(double)},
 * moves each weight the manager set; a group decision can draw from its members' spread
 * instead. Implementations must be deterministic given the random source and must leave
 * {@code out} summing to one.
 */
@FunctionalInterface
public interface WeightSampler {

  /** Half-width of the default log-uniform perturbation of each weight. */
  double DEFAULT_SPREAD = 0.35;

  /**
   * Writes one draw of the weights into {@code out}.
   *
   * @param weights the weights evaluated (sum one, {@link se.socialorg.advisor.model.Goal}
   *     order); must not be changed
   * @param rnd the draw's random source
   * @param out where the drawn weights go, same length
   */
  void draw(double[] weights, SplittableRandom rnd, double[] out);

  /**
   * Each non-zero weight multiplied by e^u with u uniform in [-spread, spread], then
   * renormalised; a zero weight stays zero.
   */
  static WeightSampler jitter(double spread) {
    return (weights, rnd, out) -> {
      double sum = 0;
      for (int g = 0; g < out.length; g++) {
        out[g] =
            weights[g] == 0 ? 0 : weights[g] * Math.exp((2 * rnd.nextDouble() - 1) * spread);
        sum += out[g];
      }
      for (int g = 0; g < out.length; g++) {
        out[g] /= sum;
      }
    };
  }
}
