package se.socialorg.advisor.present.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import se.socialorg.advisor.i18n.I18n;
import se.socialorg.advisor.present.ChartPoint;
import se.socialorg.advisor.present.LinePoint;
import se.socialorg.advisor.present.TornadoRow;
import se.socialorg.advisor.store.report.Figure;

/** The report's charts as vector figures, without JavaFX. */
class FigureChartsTest {

  private static final I18n EN = I18n.forLanguage("en");
  private final FigureCharts charts = new FigureCharts(EN);

  private static Stream<String> texts(Figure f) {
    return f.marks().stream().filter(m -> m instanceof Figure.Label)
        .map(m -> ((Figure.Label) m).text());
  }

  /** Bars wider than a legend swatch, in drawing order. */
  private static List<Figure.Box> bars(Figure f) {
    return f.marks().stream().filter(m -> m instanceof Figure.Box)
        .map(m -> (Figure.Box) m).filter(b -> b.w() > 10).toList();
  }

  @ParameterizedTest(name = "{0} to {1}: {2} to {3} in steps of {4}")
  @CsvSource({
    "0, 92, 0, 100, 20",
    "-5.4, 0.9, -6, 2, 2",
    "0, 0.89, 0, 1, 0.2",
    "0, 80272275, 0, 100000000, 20000000",
  })
  void theValueAxisHasRoundEndsAndSteps(double min, double max, double lo, double hi,
      double step) {
    FigureCharts.Scale s = FigureCharts.Scale.of(min, max, true, false);
    assertThat(s.lo()).isEqualTo(lo);
    assertThat(s.hi()).isEqualTo(hi);
    assertThat(s.step()).isEqualTo(step);
  }

  @Test
  void aStackedBarIsAsTallAsItsPartsTogether() {
    Figure f = charts.stacked("Scores", "Points", List.of(
        ChartPoint.of("A", "Reach", 30, "30", ""),
        ChartPoint.of("A", "Trust", 20, "20", ""),
        ChartPoint.of("B", "Reach", 10, "10", "")), 282);
    List<Figure.Box> bars = bars(f);
    assertThat(bars).hasSize(3);
    float a = bars.get(0).h() + bars.get(1).h();
    assertThat(a / bars.get(2).h()).isCloseTo(5f, org.assertj.core.data.Offset.offset(0.01f));
    assertThat(texts(f)).contains("Scores", "Points", "A", "B", "Reach", "Trust");
  }

  @Test
  void oneSeriesNeedsNoLegend() {
    Figure f = charts.bars("Chance", "Probability (%)", List.of(
        ChartPoint.of("A", "Chance of ranking first", 89, "89 %", ""),
        ChartPoint.of("B", "Chance of ranking first", 11, "11 %", "")), 250, false);
    assertThat(texts(f)).doesNotContain("Chance of ranking first");
  }

  @Test
  void theTornadoNamesEveryRowAndBothEndsOfTheRange() {
    Figure f = charts.tornado("Lead", "Change in lead", List.of(
        new TornadoRow("Weight of trust", -4.2, 0.2, "", "", ""),
        new TornadoRow("Network size", -1.0, 0.9, "", "", "")), 323);
    assertThat(texts(f)).contains("Weight of trust", "Network size",
        EN.t("chart.tornado.low"), EN.t("chart.tornado.high"));
    // Both rows have a bar to each side of zero.
    assertThat(bars(f)).hasSize(4);
  }

  @Test
  void ticksAreWrittenInTheReadersLanguage() {
    I18n sv = I18n.forLanguage("sv");
    Figure f = new FigureCharts(sv).lines("Värde", "Månad", "Värde (SEK)", List.of(
        new LinePoint("Nav", 1, 250_000, "", ""),
        new LinePoint("Nav", 36, 9_500_000, "", "")), 282);
    assertThat(texts(f)).contains(sv.number(2_000_000, 0), "Månad", "Värde (SEK)");
  }

  @Test
  void aLongCategoryNameTakesTwoLines() {
    assertThat(FigureCharts.twoLines("Multiple hub-and-spoke\n(recommended)", 7, 200))
        .containsExactly("Multiple hub-and-spoke", "(recommended)");
    assertThat(FigureCharts.twoLines("Multiple hub-and-spoke model for us", 7, 60))
        .hasSize(2).first().isEqualTo("Multiple");
  }
}
