package se.socialorg.advisor.ui.wizard;

import java.util.List;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.Chart;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.XYChart;
import se.socialorg.advisor.present.ChartPoint;
import se.socialorg.advisor.ui.charts.Charts;
import se.socialorg.advisor.present.LinePoint;
import se.socialorg.advisor.present.TornadoRow;

/** The wizard's charts: made once per view by {@link Charts}, redrawn in place on new data. */
public final class WizardCharts {

  static final double WIDTH = 460;
  static final double HEIGHT = 300;

  /** A chart that redraws from points. */
  interface Handle {
    Chart node();

    void setPoints(List<ChartPoint> points);
  }

  /** A tornado chart that redraws from rows. */
  interface TornadoHandle {
    Chart node();

    void setRows(List<TornadoRow> rows);
  }

  /** A line chart that redraws from points, with the value axis label. */
  interface LineHandle {
    Chart node();

    void setPoints(List<LinePoint> points, String valueLabel);
  }

  private final Charts charts;

  public WizardCharts(Charts charts) {
    this.charts = charts;
  }

  Charts charts() {
    return charts;
  }

  Handle bars(String id, String title, String axis) {
    return handle(charts.bars(id, title, axis, List.of()));
  }

  Handle horizontalBars(String id, String title, String axis) {
    return handle(charts.horizontalBars(id, title, axis, List.of()));
  }

  Handle stacked(String id, String title, String axis) {
    return handle(charts.stacked(id, title, axis, List.of()));
  }

  Handle horizontalStacked(String id, String title, String axis) {
    return handle(charts.horizontalStacked(id, title, axis, List.of()));
  }

  TornadoHandle tornado(String id, String title, String axis) {
    BarChart<Number, String> chart = charts.tornado(id, title, axis, List.of());
    size(chart, HEIGHT + 120);
    return new TornadoHandle() {
      @Override
      public Chart node() {
        return chart;
      }

      @Override
      public void setRows(List<TornadoRow> rows) {
        charts.updateTornado(chart, rows);
      }
    };
  }

  LineHandle lines(String id, String title, String xLabel, String yLabel) {
    LineChart<Number, Number> chart = charts.lines(id, title, xLabel, yLabel, List.of());
    size(chart, HEIGHT + 60);
    return new LineHandle() {
      @Override
      public Chart node() {
        return chart;
      }

      @Override
      public void setPoints(List<LinePoint> points, String valueLabel) {
        chart.getYAxis().setLabel(valueLabel);
        charts.updateLines(chart, points);
      }
    };
  }

  private Handle handle(XYChart<?, ?> chart) {
    size(chart, HEIGHT);
    Consumer<List<ChartPoint>> update = pts -> charts.update(chart, pts);
    return new Handle() {
      @Override
      public Chart node() {
        return chart;
      }

      @Override
      public void setPoints(List<ChartPoint> points) {
        update.accept(points);
      }
    };
  }

  private static void size(Chart chart, double height) {
    chart.setPrefSize(WIDTH, height);
    chart.setMinSize(320, 220);
  }
}
