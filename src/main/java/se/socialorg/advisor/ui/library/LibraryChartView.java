package se.socialorg.advisor.ui.library;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import se.socialorg.advisor.i18n.I18n;
import se.socialorg.advisor.model.ReferenceFigure;
import se.socialorg.advisor.present.ChartPoint;
import se.socialorg.advisor.present.LibraryCharts;
import se.socialorg.advisor.ui.charts.Charts;

/**
 * The data library's chart: draws a {@link LibraryCharts.Picture} in its holder, updating the
 * chart in place when only the points change; a click on a bar hands over its figure, or the
 * point itself when no figure is behind it.
 */
final class LibraryChartView {

  private static final String CHART_ID = "libraryChart";

  private final I18n t;
  private final Charts charts;
  private final StackPane holder;
  private final Consumer<ReferenceFigure> onFigure;
  private final Consumer<ChartPoint> onPoint;
  private final Map<String, ReferenceFigure> pointFigures = new LinkedHashMap<>();
  private XYChart<?, ?> chart;
  private String chartKey = "";

  LibraryChartView(I18n t, Charts charts, StackPane holder, Consumer<ReferenceFigure> onFigure,
      Consumer<ChartPoint> onPoint) {
    this.t = t;
    this.charts = charts;
    this.holder = holder;
    this.onFigure = onFigure;
    this.onPoint = onPoint;
  }

  void draw(LibraryCharts.Picture picture) {
    pointFigures.clear();
    pointFigures.putAll(picture.figures());
    if (picture.points().isEmpty()) {
      chart = null;
      chartKey = "";
      Label none = new Label(t.t("libui.chart.empty"));
      none.setId("libraryChartEmpty");
      none.setWrapText(true);
      holder.getChildren().setAll(none);
      return;
    }
    boolean horizontal = picture.horizontal();
    if (chart != null && chartKey.equals(picture.key())) {
      charts.update(chart, picture.points());
      chart.setTitle(picture.title());
      chart.getYAxis().setLabel(horizontal ? null : picture.axis());
      chart.getXAxis().setLabel(horizontal ? picture.axis() : null);
      fitRows(picture);
      return;
    }
    chart = horizontal
        ? charts.horizontalBars(CHART_ID, picture.title(), picture.axis(), picture.points())
        : charts.bars(CHART_ID, picture.title(), picture.axis(), picture.points());
    chartKey = picture.key();
    chart.setMinSize(200, 140);
    charts.explainHighlight(chart, t.t("chart.highlight.country"));
    fitRows(picture);
    charts.onDetails(chart, p -> {
      ReferenceFigure f = pointFigures.get(LibraryCharts.pointKey(p));
      if (f != null) {
        onFigure.accept(f);
      } else {
        onPoint.accept(p);
      }
    });
    holder.getChildren().setAll(chart);
  }

  /** A horizontal chart gets a row per category tall enough for its label, so none is skipped. */
  private void fitRows(LibraryCharts.Picture picture) {
    long rows = picture.points().stream().map(ChartPoint::category).distinct().count();
    chart.setMinHeight(picture.horizontal() ? Math.max(140, rows * 20 + 100) : 140);
  }
}
