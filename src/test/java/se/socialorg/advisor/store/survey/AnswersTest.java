package se.socialorg.advisor.store.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AnswersTest {

  @ParameterizedTest
  @CsvSource({
    "yes, true", "Yes, true", "JA, true", "1, true", "true, true", "sant, true",
    "no, false", "Nej, false", "0, false", "FALSE, false", "falskt, false"
  })
  void yesNoInEnglishAndSwedish(String text, boolean expected) throws Exception {
    assertThat(Answers.yesNo(text)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({
    "daily, true", "Weekly, true", "monthly, true", "never, false", "rarely, false",
    "dagligen, true", "varje vecka, true", "Månadsvis, true", "aldrig, false", "sällan, false",
    "ja, true", "nej, false"
  })
  void activeAcceptsYesNoAndHowOften(String text, boolean expected) throws Exception {
    assertThat(Answers.active(text)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {"250|250", "2,5|2.5", "2.5|2.5", "1 200|1200", "1\u00a0200|1200", "1.200,5|1200.5",
        "1,200.5|1200.5", "' 42 '|42"})
  void numbersWithDecimalCommaAndThousandSeparators(String text, double expected) throws Exception {
    assertThat(Answers.count(text)).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"many", "1,2,3", "12abc", "NaN", "Infinity", "0x10", "--1"})
  void nonNumbersAreRefused(String text) {
    assertThatThrownBy(() -> Answers.count(text)).isInstanceOf(Answers.BadValue.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\t"})
  void blankIsNotAnswered(String text) throws Exception {
    assertThat(Answers.count(text)).isNull();
    assertThat(Answers.yesNo(text)).isNull();
    assertThat(Answers.active(text)).isNull();
    assertThat(Answers.willingness(text)).isNull();
  }

  @ParameterizedTest
  @org.junit.jupiter.params.provider.MethodSource("minusTwentyToTwenty")
  void willingnessAcceptsExactlyWholeNumbersZeroToTen(int v) {
    boolean accepted;
    try {
      accepted = Answers.willingness(Integer.toString(v)) == Answers.NUMERIC_WILLINGNESS + v;
    } catch (Answers.BadValue e) {
      accepted = false;
    }
    assertThat(accepted).isEqualTo(v >= 0 && v <= 10);
  }

  static java.util.stream.IntStream minusTwentyToTwenty() {
    return java.util.stream.IntStream.rangeClosed(-20, 20);
  }

  /** 500 seeded random numbers with a decimal comma. */
  @org.junit.jupiter.api.Test
  void countsRoundTripInSwedishNotation() throws Exception {
    java.util.Random random = new java.util.Random(13);
    for (int i = 0; i < 500; i++) {
      int whole = random.nextInt(1_000_001);
      int tenth = random.nextInt(10);
      assertThat(Answers.count(whole + "," + tenth)).isEqualTo(whole + tenth / 10.0);
    }
  }
}
