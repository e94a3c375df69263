package se.socialorg.advisor.ui.charts;

import javafx.scene.Node;
import javafx.scene.chart.Axis;
import javafx.scene.chart.StackedBarChart;

/** A {@link StackedBarChart} with a {@link SeriesLegend} instead of the built-in legend. */
final class InteractiveStackedBarChart<X, Y> extends StackedBarChart<X, Y> implements LegendHost {

  InteractiveStackedBarChart(Axis<X> xAxis, Axis<Y> yAxis) {
    super(xAxis, yAxis);
  }

  @Override
  protected void updateLegend() {
    // The legend is a SeriesLegend set through useLegend: it keeps hidden series toggleable.
  }

  @Override
  public void useLegend(Node legend) {
    setLegend(legend);
  }
}
