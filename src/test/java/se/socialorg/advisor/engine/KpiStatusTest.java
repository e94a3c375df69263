package se.socialorg.advisor.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KpiStatusTest {

  /** The documented thresholds: 90 % and 110 % of the projection are still on track. */
  @ParameterizedTest(name = "{0} of {1} -> {2}")
  @CsvSource({
    "89.9, 100, BEHIND",
    "90, 100, ON_TRACK",
    "100, 100, ON_TRACK",
    "110, 100, ON_TRACK",
    "110.1, 100, AHEAD",
    "0, 0, ON_TRACK",
    "5, 0, AHEAD"
  })
  void higherIsBetter(double actual, double projected, KpiStatus expected) {
    assertThat(KpiStatus.of(actual, projected, false)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "cost {0} of {1} -> {2}")
  @CsvSource({
    "89.9, 100, AHEAD",
    "90, 100, ON_TRACK",
    "110, 100, ON_TRACK",
    "110.1, 100, BEHIND"
  })
  void costOverTheProjectionIsBehind(double actual, double projected, KpiStatus expected) {
    assertThat(KpiStatus.of(actual, projected, true)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"NaN, 100", "100, NaN"})
  void aGapHasNoStatus(double actual, double projected) {
    assertThat(KpiStatus.of(actual, projected, false)).isNull();
  }
}
