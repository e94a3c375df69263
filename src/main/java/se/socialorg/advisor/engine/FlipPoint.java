package se.socialorg.advisor.engine;

import se.socialorg.advisor.model.Alternative;

/**
 * The value of one input at which the recommendation changes, nearest to its current value
 * within the search range, all else fixed.
 *
 * @param parameter parameter id as in {@link TornadoBar#parameter()}
 * @param current current value
 * @param flipValue first value (from current outwards) at which {@code newWinner} wins; NaN when
 *     the winner never changes within the search range
 * @param newWinner the alternative that wins from {@code flipValue} on, or null
 */
public record FlipPoint(String parameter, double current, double flipValue, Alternative newWinner) {

  /** Whether the recommendation flips at all within the search range. */
  public boolean flips() {
    return newWinner != null;
  }

  /** Whether the flip lies above the current value ("if at least ..."). */
  public boolean above() {
    return flips() && flipValue > current;
  }
}
