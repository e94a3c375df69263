package se.socialorg.advisor.present.report;

import java.util.List;
import se.socialorg.advisor.i18n.I18n;
import se.socialorg.advisor.present.Analysis;
import se.socialorg.advisor.present.ChartColours;
import se.socialorg.advisor.present.ChartPoint;
import se.socialorg.advisor.present.GroupText;
import se.socialorg.advisor.present.LinePoint;
import se.socialorg.advisor.present.ResultCharts;
import se.socialorg.advisor.present.TornadoRow;

/**
 * The report's {@link ChartPictures}: the recommendation step's four charts (score split,
 * tornado, chance of ranking first, projection) and, for a group, each member's weight per goal,
 * from the same points and texts the wizard draws, as vector figures the report writer draws into
 * the PDF. No JavaFX toolkit, no picture to render: a few milliseconds on any thread, where
 * JavaFX snapshots took most of a cold report's time (decision 0019).
 */
public final class ReportFigures implements ChartPictures {

  static final int TORNADO_ROWS = 10;

  @Override
  public Pictures render(Analysis a, String currency, I18n i18n) {
    ResultCharts data = new ResultCharts(i18n);
    FigureCharts charts = new FigureCharts(i18n);
    // On paper the split by goal matters more than the highlight of the winner.
    List<ChartPoint> scores = data.scorePoints(a.evaluation(), false);
    List<TornadoRow> rows = data.tornadoRows(a, TORNADO_ROWS);
    List<ChartPoint> acceptability = data.acceptabilityPoints(a);
    List<LinePoint> projection = data.projectionPoints(a, "emv", currency);
    // Each model and goal in its own colour, as on screen (ChartColours).
    FigureCharts byGoal = charts.colouring(values(data.goalColours()));
    FigureCharts byModel = charts.colouring(values(data.modelColours(a.evaluation(), true)));
    FigureCharts byLine = charts.colouring(values(data.projectionColours(a)));
    return new Pictures(
        byGoal.stacked(i18n.t("wizard.result.chart.scores"),
            i18n.t("wizard.result.chart.scores.axis"), scores, 282),
        charts.tornado(i18n.t("wizard.result.chart.tornado"),
            i18n.t("wizard.result.chart.tornado.axis"), rows, 323),
        byModel.bars(i18n.t("wizard.result.chart.acceptability"),
            i18n.t("wizard.result.chart.acceptability.axis"), acceptability, 250, false),
        byLine.lines(i18n.t("wizard.result.chart.projection"),
            i18n.t("wizard.result.chart.month"), data.metricAxis("emv", currency), projection,
            282),
        a.group() == null ? null : charts.bars(i18n.t("group.chart"),
            i18n.t("group.chart.axis"), members(a, i18n), 313, true));
  }

  /** The colours of names given their style classes (a model's or a goal's). */
  private static java.util.Map<String, String> values(java.util.Map<String, String> classes) {
    java.util.Map<String, String> out = new java.util.LinkedHashMap<>();
    classes.forEach((name, c) -> {
      String hex = ChartColours.colourOf(c);
      if (hex != null) {
        out.put(name, hex);
      }
    });
    return out;
  }

  /** Each member's weight per goal; on paper every bar is drawn alike. */
  private static List<ChartPoint> members(Analysis a, I18n i18n) {
    return new GroupText(i18n).memberWeights(a.group()).stream()
        .map(p -> new ChartPoint(p.category(), p.series(), p.value(), p.valueText(),
            p.sourceText(), p.detailText(), false))
        .toList();
  }
}
