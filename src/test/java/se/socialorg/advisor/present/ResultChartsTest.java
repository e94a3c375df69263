package se.socialorg.advisor.present;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import se.socialorg.advisor.engine.DecisionEngine;
import se.socialorg.advisor.engine.MoneyFigures;
import se.socialorg.advisor.engine.MoneyOutlook;
import se.socialorg.advisor.engine.ProjectionCase;
import se.socialorg.advisor.i18n.I18n;
import se.socialorg.advisor.model.Alternative;
import se.socialorg.advisor.store.scenario.Sample;
import se.socialorg.advisor.store.scenario.Samples;
import se.socialorg.advisor.store.scenario.ScenarioFiles;

/**
 * How a sensitivity parameter's value reads in the flip points and the tornado's tooltips, in the
 * wizard and in the report: in the unit the user entered it in, with the locale's separators.
 */
class ResultChartsTest {

  @ParameterizedTest(name = "{0}: {1} against {2} reads \"{4}\" against \"{5}\" ({3})")
  @CsvSource(delimiter = '|', textBlock = """
      weight.CRISIS   | 0.094  | 0.091  | en | 9.4%       | 9.1%
      weight.CRISIS   | 0.094  | 0.091  | sv | 9,4\u00a0%  | 9,1\u00a0%
      weight.CRISIS   | 0.0912 | 0.0914 | en | 9.12%      | 9.14%
      weight.CRISIS   | 0.30   | 0.05   | en | 30%        | 5%
      TRUST_IN_MEDIA  | 38.4   | 38.1   | en | 38.4\u00a0% | 38.1\u00a0%
      TRUST_IN_MEDIA  | 45     | 38     | en | 45\u00a0%   | 38\u00a0%
      WILLING_SHARE   | 0.2004 | 0.2001 | en | 20.04\u00a0% | 20.01\u00a0%
      EMPLOYEES       | 6513.2 | 6513.4 | en | 6,513      | 6,513
      """)
  void aFlipAndTheValueNowNeverReadTheSameWhereMoreDecimalsTellThemApart(String id, double flip,
      double now, String language, String flipText, String nowText) {
    List<String> values = new ResultCharts(I18n.forLanguage(language))
        .parameterValues(id, flip, now);
    assertThat(values).containsExactly(flipText, nowText);
  }

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

  private static final DecisionEngine ENGINE = new DecisionEngine();

  private static Analysis sample(String id) throws Exception {
    Samples samples = new Samples(new ScenarioFiles());
    Sample s = samples.list().stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
    return Analysis.of(ENGINE, samples.open(s).inputs());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"en", "sv"})
  void projectionChartHasTwoCasesForTheRecommendedModelAndTheRunnerUp(String lang)
      throws Exception {
    Analysis a = sample("regional-bank");
    ResultCharts charts = new ResultCharts(I18n.forLanguage(lang));

    Set<String> series = charts.projectionPoints(a, "emv", "SEK").stream()
        .map(LinePoint::series).collect(Collectors.toCollection(LinkedHashSet::new));

    Alternative best = a.evaluation().recommended();
    Alternative second = a.evaluation().runnerUp();
    assertThat(series).containsExactly(
        charts.seriesName(best, ProjectionCase.CONSERVATIVE),
        charts.seriesName(best, ProjectionCase.VENDOR),
        charts.seriesName(second, ProjectionCase.CONSERVATIVE),
        charts.seriesName(second, ProjectionCase.VENDOR));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"en, vendor claims", "sv, leverantörernas uppgifter"})
  void theVendorLineIsFlaggedAsVendorClaimsWithItsSources(String lang, String flag)
      throws Exception {
    Analysis a = sample("regional-bank");
    ResultCharts charts = new ResultCharts(I18n.forLanguage(lang));

    List<LinePoint> vendor = charts.projectionPoints(a, "emv", "SEK").stream()
        .filter(p -> p.series().equals(
            charts.seriesName(a.evaluation().recommended(), ProjectionCase.VENDOR)))
        .toList();

    assertThat(vendor).isNotEmpty();
    assertThat(vendor.get(0).series()).contains(flag);
    assertThat(vendor.get(0).sourceText()).contains("LinkedIn 2016", "PostBeyond 2018", "MSLGroup");
  }

  @ParameterizedTest(name = "{0} at {1} months")
  @CsvSource({"emv, 12", "emv, 24", "cost, 12", "cost, 24"})
  void chartPointsEqualTheMoneyBesideTheAdvice(String metric, int months) throws Exception {
    Analysis a = sample("regional-bank");
    ResultCharts charts = new ResultCharts(I18n.forLanguage("en"));
    List<LinePoint> points = charts.projectionPoints(a, metric, "SEK");

    for (MoneyFigures f : a.advice().money().figures()) {
      if (f.months() != months) {
        continue;
      }
      String series = charts.seriesName(f.model(), f.projectionCase());
      double y = points.stream().filter(p -> p.series().equals(series) && p.x() == months)
          .findFirst().orElseThrow().y();
      assertThat(y).as(series).isEqualTo(metric.equals("cost") ? f.cost() : f.value());
    }
  }

  @Test
  void projectionMonthsAreWholeAndReachTheMoneysHorizon() throws Exception {
    Analysis a = sample("regional-bank");
    List<LinePoint> points = new ResultCharts(I18n.forLanguage("en"))
        .projectionPoints(a, "emv", "SEK");

    assertThat(points).allSatisfy(p -> assertThat(p.x()).isEqualTo(Math.rint(p.x())));
    assertThat(points.stream().mapToDouble(LinePoint::x).max().orElseThrow())
        .isEqualTo(ResultCharts.projectionMonths(a))
        .isGreaterThanOrEqualTo(MoneyOutlook.RETURN_MONTHS);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"en, (recommended)", "sv, (rekommenderas)"})
  void recommendedModelIsNamedAsSuchOnItsBarsWhichKeepTheirGoalSplit(String lang, String mark)
      throws Exception {
    Analysis a = sample("regional-bank");
    ResultCharts charts = new ResultCharts(I18n.forLanguage(lang));

    List<ChartPoint> points = charts.scorePoints(a.evaluation(), true);
    List<ChartPoint> marked = points.stream().filter(ChartPoint::highlighted).toList();

    assertThat(marked).isNotEmpty()
        .allSatisfy(p -> assertThat(p.category()).endsWith(mark));
    assertThat(marked.stream().map(ChartPoint::series).distinct().count())
        .isEqualTo(se.socialorg.advisor.model.Goal.values().length);
    assertThat(charts.acceptabilityPoints(a).stream().filter(ChartPoint::highlighted))
        .singleElement().satisfies(p -> assertThat(p.category()).endsWith(mark));
  }

  @org.junit.jupiter.api.Test
  void everyGoalIsASeriesInTheSameOrderSoEachGoalKeepsItsColour() throws Exception {
    Analysis a = sample("regional-bank");
    ResultCharts charts = new ResultCharts(I18n.forLanguage("en"));
    I18n en = I18n.forLanguage("en");

    Set<String> series = charts.scorePoints(a.evaluation(), false).stream()
        .map(ChartPoint::series).collect(Collectors.toCollection(LinkedHashSet::new));

    assertThat(series).containsExactlyElementsOf(
        java.util.Arrays.stream(se.socialorg.advisor.model.Goal.values())
            .map(g -> en.t("goal." + g.name())).toList());
  }
}
