package se.socialorg.advisor.engine;

import java.util.List;
import se.socialorg.advisor.model.Alternative;

/**
 * One-way sensitivity of the recommendation.
 *
 * @param recommended the current winner
 * @param margin its current margin over the runner-up
 * @param bars tornado bars, largest swing first
 * @param flipPoints one per parameter, in the order of {@code bars}
 */
public record SensitivityResult(
    Alternative recommended, double margin, List<TornadoBar> bars, List<FlipPoint> flipPoints) {
  public SensitivityResult {
    bars = List.copyOf(bars);
    flipPoints = List.copyOf(flipPoints);
  }
}
