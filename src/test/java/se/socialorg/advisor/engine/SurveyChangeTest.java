package se.socialorg.advisor.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Worked examples of Newcombe (1998), Statistics in Medicine 17: 857-872 and 873-890. */
class SurveyChangeTest {

  @Test
  void wilsonIntervalMatchesNewcombesExample() {
    // 81 of 263: Wilson score interval 0.2553 to 0.3662 (Newcombe 1998a, Table II, example a).
    double[] ci = SurveyChange.wilson(81 / 263.0, 263);
    assertThat(ci[0]).isCloseTo(0.2553, within(0.00005));
    assertThat(ci[1]).isCloseTo(0.3662, within(0.00005));
  }

  @Test
  void changeIntervalMatchesNewcombesHybridScoreExample() {
    // 56/70 against 48/80: difference 0.2000, method 10 interval 0.0524 to 0.3339 (Newcombe 1998b).
    SurveyChange c = SurveyChange.of(48 / 80.0, 80, 56 / 70.0, 70);
    assertThat(c.change()).isCloseTo(0.2, within(1e-12));
    assertThat(c.changeLow()).isCloseTo(0.0524, within(0.00005));
    assertThat(c.changeHigh()).isCloseTo(0.3339, within(0.00005));
    assertThat(c.clear()).isTrue();
  }

  @Test
  void aSmallChangeBetweenSmallSurveysIsNotClear() {
    SurveyChange c = SurveyChange.of(0.30, 40, 0.35, 40);
    assertThat(c.clear()).isFalse();
  }

  @Test
  void aSurveyWithoutAnswersHasNoInterval() {
    assertThat(SurveyChange.of(0.3, 0, 0.4, 50).beforeLow()).isNaN();
  }
}
