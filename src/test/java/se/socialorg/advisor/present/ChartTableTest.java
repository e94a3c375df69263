package se.socialorg.advisor.present;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.socialorg.advisor.i18n.I18n;

/** A chart's data as a table and as text for screen readers, without a toolkit. */
class ChartTableTest {

  static final List<ChartPoint> CHANCE = List.of(
      ChartPoint.of("Centralised team", "Chance of ranking first", 4, "4 %", "Monte Carlo"),
      new ChartPoint("Hub-and-spoke\n(recommended)", "Chance of ranking first", 96, "96 %",
          "Monte Carlo", "", true));

  @Test
  void oneRowPerValueWithWhatItIsAboutSeriesValueAndSource() {
    ChartTable t = ChartTable.of(I18n.forLanguage("en"), "Chance", CHANCE);
    assertThat(t.rows()).containsExactly(
        List.of("Centralised team", "Chance of ranking first", "4 %", "Monte Carlo"),
        List.of("Hub-and-spoke (recommended)", "Chance of ranking first", "96 %", "Monte Carlo"));
  }

  @ParameterizedTest
  @CsvSource({"en, About, Value", "sv, Avser, Värde"})
  void headingsAreInTheLanguage(String language, String first, String third) {
    ChartTable t = ChartTable.of(I18n.forLanguage(language), "Chance", CHANCE);
    assertThat(t.headers()).hasSize(4);
    assertThat(t.headers().get(0)).isEqualTo(first);
    assertThat(t.headers().get(2)).isEqualTo(third);
  }

  @Test
  void accessibleTextReadsTheTitleThenEveryValueWithWhatItIsAbout() {
    ChartTable t = ChartTable.of(I18n.forLanguage("en"), "Chance", CHANCE);
    assertThat(t.accessibleText()).isEqualTo("Chance. Centralised team, Chance of ranking first: "
        + "4 %. Hub-and-spoke (recommended), Chance of ranking first: 96 %");
  }

  @Test
  void aChartWithoutDataReadsAsItsTitle() {
    assertThat(ChartTable.of(I18n.forLanguage("en"), "Chance", List.of()).accessibleText())
        .isEqualTo("Chance");
  }
}
