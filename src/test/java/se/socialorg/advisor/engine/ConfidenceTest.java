package se.socialorg.advisor.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConfidenceTest {

  @ParameterizedTest(name = "first in {0} of draws, lead {1} -> {2}")
  @CsvSource({
    // at and just below each threshold (chance 0-1, margin in score units 0-1)
    "0.80, 0.05, CLEAR",
    "1.00, 0.30, CLEAR",
    "0.7999, 0.05, LIKELY",
    "0.80, 0.0499, LIKELY",
    "0.60, 0.02, LIKELY",
    "0.5999, 0.02, CLOSE_CALL",
    "0.60, 0.0199, CLOSE_CALL",
    "0.95, 0.01, CLOSE_CALL",
    "0.52, 0.003, CLOSE_CALL",
    "0.55, 0.20, CLOSE_CALL",
  })
  void levelFollowsBothThresholds(double chance, double margin, Confidence expected) {
    assertThat(Confidence.of(chance, margin)).isEqualTo(expected);
  }
}
