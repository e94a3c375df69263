package se.socialorg.advisor.engine;

import java.util.Map;
import se.socialorg.advisor.model.Alternative;

/**
 * Robustness of the recommendation under input uncertainty (Monte Carlo).
 *
 * @param firstRank per alternative, the share of draws in which it ranked first (alternatives
 *     offered with the current inputs, or that won at least one draw; they sum to one)
 * @param draws number of draws
 * @param seed the seed that reproduces the result
 */
public record Acceptability(Map<Alternative, Double> firstRank, int draws, long seed) {
  public Acceptability {
    firstRank = Map.copyOf(firstRank);
  }

  /** Probability that {@code a} ranks first (0 when never). */
  public double probability(Alternative a) {
    return firstRank.getOrDefault(a, 0.0);
  }
}
