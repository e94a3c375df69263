package se.socialorg.advisor.present;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.socialorg.advisor.engine.FollowUpAnalysis;
import se.socialorg.advisor.engine.FollowUpResult;
import se.socialorg.advisor.engine.Measure;
import se.socialorg.advisor.i18n.I18n;
import se.socialorg.advisor.model.ActualsImport;
import se.socialorg.advisor.model.ActualsMonth;
import se.socialorg.advisor.model.ActualsSource;
import se.socialorg.advisor.model.Alternative;
import se.socialorg.advisor.model.ScenarioInputs;

/** A month with no data is a gap on the follow-up's chart and in its table, never a zero. */
class FollowUpChartDataTest {

  private static final YearMonth JAN = YearMonth.of(2027, 1);
  private static final I18n EN = new I18n(I18n.ENGLISH);
  private static final I18n SV = new I18n(I18n.SWEDISH);

  /** January and March reported, February not. */
  private static FollowUpResult januaryAndMarch() {
    ActualsImport imp = new ActualsImport(ActualsSource.LINKEDIN_PAGE, "metrics.xls", Instant.EPOCH,
        LocalDate.of(2027, 1, 1), LocalDate.of(2027, 3, 31), List.of(
            new ActualsMonth(JAN, 31, 1000, 0, 10, 0, 10, Double.NaN, Double.NaN, Double.NaN),
            new ActualsMonth(JAN.plusMonths(2), 31, 3000, 0, 30, 0, 10, Double.NaN, Double.NaN,
                Double.NaN)), false);
    return FollowUpAnalysis.compare(ScenarioInputs.defaults(), Alternative.HUB_AND_SPOKE, JAN,
        List.of(imp), List.of(), List.of());
  }

  @Test
  void theGapMonthKeepsItsPlaceOnTheAxisButHasNoValue() {
    List<ChartPoint> points = FollowUpChartData.points(EN, januaryAndMarch());
    assertThat(points).extracting(ChartPoint::category).containsSubsequence(
        "2027-01", "2027-02\n(no data)", "2027-03");
    List<ChartPoint> february = points.stream()
        .filter(p -> p.category().startsWith("2027-02")).toList();
    assertThat(february).hasSize(1);
    assertThat(february.get(0).value()).isNaN();
    assertThat(points.stream().filter(p -> !Double.isNaN(p.value())))
        .noneMatch(p -> p.category().startsWith("2027-02"))
        .noneMatch(p -> p.value() == 0);
  }

  @Test
  void afterTheGapTheActualLineGoesOnFromWhatWasReported() {
    List<ChartPoint> points = FollowUpChartData.points(EN, januaryAndMarch());
    assertThat(points.stream().filter(p -> p.series().equals("Actual")
            && !Double.isNaN(p.value())).map(ChartPoint::value))
        .containsExactly(1000.0, 4000.0);
  }

  @Test
  void theTableSaysNoDataForTheGapInBothLanguages() {
    var feb = januaryAndMarch().monthly().get(1);
    assertThat(feb.gap()).isTrue();
    assertThat(Measure.values()[0]).isEqualTo(Measure.IMPRESSIONS);
    assertThat(FollowUpChartData.actualCell(EN, feb, Measure.IMPRESSIONS)).isEqualTo("no data");
    assertThat(FollowUpChartData.actualCell(SV, feb, Measure.IMPRESSIONS))
        .isEqualTo("saknas");
    for (Measure m : Measure.values()) {
      assertThat(FollowUpChartData.actualCell(EN, feb, m)).isIn("no data", "");
      assertThat(FollowUpChartData.actualCell(EN, feb, m)).doesNotContain("0");
      assertThat(FollowUpChartData.projectedCell(EN, feb, m)).isEmpty();
    }
    var jan = januaryAndMarch().monthly().get(0);
    assertThat(FollowUpChartData.actualCell(EN, jan, Measure.IMPRESSIONS)).isEqualTo("1,000");
  }
}
