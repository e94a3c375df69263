package se.socialorg.advisor.present;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.socialorg.advisor.i18n.I18n;

/**
 * How a sensitivity parameter's value reads in the flip points and the tornado's tooltips, in the
 * wizard and in the report: in the unit the user entered it in, with the locale's separators.
 */
class ResultChartsTest {

  @ParameterizedTest(name = "{0} = {1} reads \"{3}\" ({2})")
  @CsvSource(delimiter = '|', textBlock = """
      CULTURE_OPENNESS  | 0.35  | en | 0.35
      CULTURE_OPENNESS  | 0.35  | sv | 0,35
      REGULATION        | 0.9   | en | 0.90
      HIRING_DIFFICULTY | 1     | en | 1.00
      WILLING_SHARE     | 0.2   | en | 20.0 %
      WILLING_SHARE     | 0.2   | sv | 20,0 %
      EMPLOYEES         | 6513  | en | 6,513
      weight.CRISIS     | 0.22  | en | 22%
      MATURITY          | 1     | en | Presence
      MATURITY          | 1     | sv | Närvaro
      """)
  void parameterValueReadsInTheUnitOfTheInput(String id, double value, String language,
      String expected) {
    ResultCharts charts = new ResultCharts(I18n.forLanguage(language));

    assertThat(charts.parameterValue(id, value).replace('\u00a0', ' ')).isEqualTo(expected);
  }
}
