package se.socialorg.advisor.present;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import se.socialorg.advisor.i18n.I18n;
import se.socialorg.advisor.model.InputField;

/** An input's value as every screen and the report show it: unit, decimals, separators. */
class InputValuesTest {

  @ParameterizedTest(name = "{0} = {1} in {3} reads \"{4}\"")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      EMPLOYEES         | 1400     | -   | en | 1,400
      EMPLOYEES         | 1400     | -   | sv | 1 400
      WILLING_SHARE     | 0.2      | -   | en | 20.0 %
      WILLING_SHARE     | 0.2      | -   | sv | 20,0 %
      CULTURE_OPENNESS  | 0.35     | -   | sv | 0,35
      TRUST_YEAR        | 2012     | -   | en | 2012
      TRUST_YEAR        | 2012     | -   | sv | 2012
      MONTHS            | 24       | -   | en | 24
      ANNUAL_BUDGET     | 2000000  | SEK | en | 2,000,000 SEK
      ANNUAL_BUDGET     | 2000000  | SEK | sv | 2 000 000 SEK
      ANNUAL_BUDGET     | 2000000  | -   | en | 2,000,000
      CPC               | 0.85     | EUR | en | 0.85 EUR
      CPC               | 12       | SEK | sv | 12 SEK
      CPC               | 12.5     | SEK | sv | 12,50 SEK
      """)
  void readsInTheUnitOfTheInput(InputField field, double value, String currency,
      String language, String expected) {
    String text = InputValues.text(I18n.forLanguage(language), field, value, currency);

    // Swedish groups digits and the app puts a number and its unit together with no-break spaces.
    assertThat(text.replace('\u00a0', ' ').replace('\u202f', ' ')).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "sv"})
  void aPercentageNeverBreaksBetweenTheNumberAndItsSign(String language) {
    String text = InputValues.text(I18n.forLanguage(language), InputField.WILLING_SHARE, 0.61, null);

    assertThat(text).endsWith("\u00a0%").doesNotContain(" ");
  }
}
