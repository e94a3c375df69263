package se.socialorg.advisor.present;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NumbersTest {

  private static final Locale SV = Locale.forLanguageTag("sv-SE");

  @ParameterizedTest(name = "English \"{0}\" is {1}")
  @CsvSource(delimiter = '|', value = {
      "1,500|1500", "1500|1500", "1.5|1.5", "1,500.25|1500.25", "54 %|54", "-3|-3", "\u22123|-3",
      "1 000 000|1000000"})
  void readsEnglishAsEnglishWritersMeanIt(String text, double expected) {
    assertThat(Numbers.parse(text, Locale.ENGLISH)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "Swedish \"{0}\" is {1}")
  @CsvSource(delimiter = '|', value = {
      "1,5|1.5", "1 500|1500", "1\u00a0500|1500", "0,35|0.35", "1.5|1.5", "54 %|54", "\u22123|-3"})
  void readsSwedishWithTheDecimalCommaAndAcceptsAPastedPoint(String text, double expected) {
    assertThat(Numbers.parse(text, SV)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "\"{0}\" is not a number")
  @ValueSource(strings = {"", "  ", "abc", "1e5", "Infinity", "NaN", "12a", "1,2,x"})
  void refusesWhatIsNotANumber(String text) {
    assertThat(Numbers.parse(text, Locale.ENGLISH)).isNull();
    assertThat(Numbers.parse(text, SV)).isNull();
  }

  @ParameterizedTest(name = "{0} plain is \"{1}\" in English, \"{2}\" in Swedish")
  @CsvSource(delimiter = '|', value = {
      "1500|1500|1500", "0.35|0.35|0,35", "0.1234567|0.123457|0,123457", "10000000|10000000|10000000"})
  void writesPlainNumbersWithoutGrouping(double v, String english, String swedish) {
    assertThat(Numbers.plain(v, Locale.ENGLISH)).isEqualTo(english);
    assertThat(Numbers.plain(v, SV)).isEqualTo(swedish);
  }

  @ParameterizedTest(name = "what is written for editing reads back: {0}")
  @ValueSource(doubles = {1500, 0.35, 2.0, 54, 123456.5})
  void plainTextReadsBackInTheSameLanguage(double v) {
    assertThat(Numbers.parse(Numbers.plain(v, Locale.ENGLISH), Locale.ENGLISH)).isEqualTo(v);
    assertThat(Numbers.parse(Numbers.plain(v, SV), SV)).isEqualTo(v);
  }
}
