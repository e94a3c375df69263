package se.socialorg.advisor.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SampleSizeTest {

  /**
   * Newcombe R.G. (1998), "Two-sided confidence intervals for the single proportion: comparison of
   * seven methods", Statistics in Medicine 17:857-872, Table II, method 3 (Wilson score, no
   * continuity correction); and 10/20 computed by hand: centre 0.5, half-width
   * 1.96/1.1921 x sqrt(0.0125 + 0.0024) = 0.2007.
   */
  @ParameterizedTest(name = "{0}/{1}: {2} to {3}")
  @CsvSource({
    "81, 263, 0.2553, 0.3662",
    "15, 148, 0.0624, 0.1605",
    "0, 20, 0.0000, 0.1611",
    "1, 29, 0.0061, 0.1718",
    "10, 20, 0.2993, 0.7007"
  })
  void wilsonIntervalsMatchPublishedValues(int x, int n, double low, double high) {
    SampleSize.Interval i = SampleSize.wilson95(x, n);
    assertThat(i.low()).isCloseTo(low, within(0.00005));
    assertThat(i.high()).isCloseTo(high, within(0.00005));
  }

  @Test
  void noAnswersHaveNoInterval() {
    assertThat(SampleSize.wilson95(0, 0).low()).isNaN();
  }

  @ParameterizedTest(name = "{0} respondents of {1} employees: small = {2}")
  @CsvSource({
    "29, 0, true", "30, 0, false", "30, 600, false", "30, 601, true", "22, 24000, true",
    "312, 6000, false", "299, 6000, true"
  })
  void smallSamplesAreFlagged(int respondents, int employees, boolean small) {
    assertThat(SampleSize.small(respondents, employees)).isEqualTo(small);
  }
}
