package se.socialorg.advisor.ui.charts;

import javafx.scene.Node;
import javafx.scene.chart.Axis;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.XYChart;

/**
 * A {@link BarChart} with a {@link SeriesLegend} instead of the built-in legend, and optionally
 * with its series drawn on top of each other in one band per category (a tornado chart).
 */
final class InteractiveBarChart<X, Y> extends BarChart<X, Y> implements LegendHost {

  private final boolean overlapSeries;

  InteractiveBarChart(Axis<X> xAxis, Axis<Y> yAxis, boolean overlapSeries) {
    super(xAxis, yAxis);
    this.overlapSeries = overlapSeries;
  }

  @Override
  protected void updateLegend() {
    // The legend is a SeriesLegend set through useLegend: it keeps hidden series toggleable.
  }

  @Override
  public void useLegend(Node legend) {
    setLegend(legend);
  }

  @Override
  protected void layoutPlotChildren() {
    super.layoutPlotChildren();
    if (overlapSeries) {
      overlap();
    }
  }

  /** Stretches every bar over its category's whole band, so series share one row. */
  private void overlap() {
    boolean horizontal = getYAxis() instanceof CategoryAxis;
    Axis<?> axis = horizontal ? getYAxis() : getXAxis();
    if (!(axis instanceof CategoryAxis categories)) {
      return;
    }
    double band = Math.max(1, categories.getCategorySpacing() - getCategoryGap());
    for (XYChart.Series<X, Y> series : getData()) {
      for (XYChart.Data<X, Y> item : series.getData()) {
        Node bar = item.getNode();
        if (bar == null) {
          continue;
        }
        String category = String.valueOf(horizontal ? item.getYValue() : item.getXValue());
        double centre = categories.getDisplayPosition(category);
        if (Double.isNaN(centre)) {
          continue;
        }
        if (horizontal) {
          bar.resizeRelocate(
              bar.getLayoutX(), centre - band / 2, bar.getLayoutBounds().getWidth(), band);
        } else {
          bar.resizeRelocate(
              centre - band / 2, bar.getLayoutY(), band, bar.getLayoutBounds().getHeight());
        }
      }
    }
  }
}
