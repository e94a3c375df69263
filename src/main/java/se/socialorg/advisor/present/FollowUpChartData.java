package se.socialorg.advisor.present;

import java.util.ArrayList;
import java.util.List;
import se.socialorg.advisor.engine.FollowUpResult;
import se.socialorg.advisor.engine.Measure;
import se.socialorg.advisor.engine.MonthComparison;
import se.socialorg.advisor.i18n.I18n;

/**
 * What the follow-up screen draws and lists per month: the cumulative impressions chart and the
 * table's cells. A month with no data is a gap, never a zero: it keeps its place on the chart's
 * axis (labelled "no data") with no bar, and its table cells say "no data".
 */
public final class FollowUpChartData {

  private FollowUpChartData() {}

  /**
   * The chart's points: per covered month the actual and projected cumulative impressions; per gap
   * month one placeholder of value NaN, which keeps the month on the axis and draws nothing.
   */
  public static List<ChartPoint> points(I18n t, FollowUpResult r) {
    List<ChartPoint> points = new ArrayList<>();
    String actual = t.t("followup.chart.actual");
    String projected = t.t("followup.chart.projected");
    for (MonthComparison m : r.monthly()) {
      if (m.gap()) {
        points.add(new ChartPoint(category(t, m), actual, Double.NaN, t.t("followup.cli.gap"),
            "", "", false));
        continue;
      }
      double a = m.cumulativeActual().impressions();
      double p = m.cumulativeProjected().impressions();
      points.add(new ChartPoint(category(t, m), actual, a, t.number(a, 0),
          t.t("followup.chart.actualSource"), "", false));
      points.add(new ChartPoint(category(t, m), projected, p, t.number(p, 0),
          t.t("wizard.result.projection.source"), "", false));
    }
    return points;
  }

  /** The month as the chart's axis shows it: a gap month says it has no data. */
  public static String category(I18n t, MonthComparison m) {
    return m.gap() ? t.t("followup.chart.gapMonth", m.month().toString()) : m.month().toString();
  }

  /**
   * The table's actual figure for a month: "–" for a figure not reported; a gap month says "no
   * data" once, in the first measure's column, and leaves the others empty (one statement, not
   * a column of repeats that a narrow table cuts to "no d…").
   */
  public static String actualCell(I18n t, MonthComparison m, Measure x) {
    if (m.gap()) {
      return x == Measure.values()[0] ? t.t("followup.table.gap") : "";
    }
    return figure(t, m.actual().get(x));
  }

  /** The table's projected figure for a month: empty for a gap (nothing to compare with). */
  public static String projectedCell(I18n t, MonthComparison m, Measure x) {
    return m.gap() ? "" : figure(t, m.projected().get(x));
  }

  private static String figure(I18n t, double v) {
    return Double.isNaN(v) ? t.t("followup.cli.none") : t.number(v, 0);
  }
}
