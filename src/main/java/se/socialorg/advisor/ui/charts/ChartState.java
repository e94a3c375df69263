package se.socialorg.advisor.ui.charts;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import se.socialorg.advisor.present.ChartPoint;

/**
 * What an interactive chart remembers between redraws: its title, which series the user hid, the
 * details callback, and how to redraw from new points. Kept in the chart's properties.
 */
final class ChartState<X, Y> {

  /** One drawing of the chart: categories in axis order (may be empty) and every series. */
  record Frame<X, Y>(List<String> categories, List<XYChart.Series<X, Y>> series) {}

  private final XYChart<X, Y> chart;
  private final String title;
  private final CategoryAxis categoryAxis;
  private final Set<String> hidden = new HashSet<>();
  private SeriesLegend legend;
  private Frame<X, Y> frame = new Frame<>(List.of(), List.of());
  private Consumer<ChartPoint> details;
  private Consumer<List<ChartPoint>> pointsUpdater;
  private final Label empty = new Label();
  private java.util.function.Function<List<ChartPoint>, se.socialorg.advisor.present.ChartTable>
      tableMaker;
  private se.socialorg.advisor.present.ChartTable table;
  private Map<String, String> seriesColours = Map.of();
  private Map<String, String> categoryColours = Map.of();

  ChartState(XYChart<X, Y> chart, String title, CategoryAxis categoryAxis) {
    this.chart = chart;
    this.title = title == null ? "" : title;
    this.categoryAxis = categoryAxis;
  }

  /** The sentence shown instead of empty axes when the chart has nothing to draw. */
  void emptyText(String text) {
    empty.setText(text);
    empty.setWrapText(true);
    empty.setId(chart.getId() + "-empty");
    empty.getStyleClass().add("app-chart-empty");
  }

  /** The empty-state sentence's label, shown while the chart has no data. */
  Label emptyLabel() {
    return empty;
  }

  String title() {
    return title;
  }

  void legend(SeriesLegend legend) {
    this.legend = legend;
  }

  SeriesLegend legend() {
    return legend;
  }

  Consumer<ChartPoint> details() {
    return details;
  }

  void details(Consumer<ChartPoint> callback) {
    this.details = callback;
  }

  /** How {@link Charts#update} redraws this chart; unset for line and tornado charts. */
  void pointsUpdater(Consumer<List<ChartPoint>> updater) {
    this.pointsUpdater = updater;
  }

  Consumer<List<ChartPoint>> pointsUpdater() {
    return pointsUpdater;
  }

  /** Style classes of each series' own colour by series name; applied at every redraw. */
  void seriesColours(Map<String, String> colours) {
    seriesColours = Map.copyOf(colours);
    if (legend != null) {
      legend.seriesColours(seriesColours::get);
    }
    redraw();
  }

  /** Style classes of each category's own colour (each bar of one series its model's). */
  void categoryColours(Map<String, String> colours) {
    categoryColours = Map.copyOf(colours);
    redraw();
  }

  /** What an outline means on this chart, said in the legend while an outlined bar is drawn. */
  void highlightNote(String text) {
    if (legend != null) {
      legend.highlightNote(text);
    }
    redraw();
  }

  /** How the chart's data becomes a table and its accessible text. */
  void tableMaker(
      java.util.function.Function<List<ChartPoint>, se.socialorg.advisor.present.ChartTable> maker) {
    this.tableMaker = maker;
  }

  /** The drawn data as a table (empty before the first drawing). */
  se.socialorg.advisor.present.ChartTable table() {
    return table != null ? table
        : new se.socialorg.advisor.present.ChartTable(title, List.of(), List.of());
  }

  boolean isHidden(String series) {
    return hidden.contains(series);
  }

  /** Draws a new frame in place. */
  void show(Frame<X, Y> newFrame) {
    this.frame = newFrame;
    redraw();
  }

  /** Shows or hides a series by name; the legend follows. */
  void setSeriesVisible(String series, boolean visible) {
    boolean changed = visible ? hidden.remove(series) : hidden.add(series);
    if (changed) {
      redraw();
    }
  }

  /**
   * Adds every series, then takes the hidden ones out again: JavaFX colours a series by the
   * lowest free colour slot when it is added, so each series keeps the colour of its position
   * (and of its legend swatch) whatever is hidden.
   */
  private void redraw() {
    chart.getData().clear();
    if (categoryAxis != null) {
      categoryAxis.setCategories(FXCollections.observableArrayList(frame.categories()));
      // Setting categories turns auto-ranging off, and then the axis keeps the positions it had
      // (none, after an empty drawing with a theme switch): it keeps the order given here and
      // measures its categories again at every layout.
      // Except when a category is kept on purpose with no bar (a month with no data, a gap):
      // auto-ranging would drop it, so the given categories stay as they are.
      categoryAxis.setAutoRanging(!hasEmptyCategory(frame));
    }
    chart.getData().setAll(frame.series());
    chart.getData().removeIf(s -> hidden.contains(s.getName()));
    if (categoryAxis != null) {
      // New categories: their labels are laid out again now, not left as the empty chart had them.
      CategoryLabelAxis.refresh(categoryAxis);
      chart.requestLayout();
    }
    applyColours();
    if (tableMaker != null) {
      // Rows in reading order: bars beside a vertical axis are drawn from the bottom up.
      boolean fromBottom = chart.getYAxis() instanceof CategoryAxis;
      List<ChartPoint> drawn = new ArrayList<>();
      for (XYChart.Series<X, Y> s : chart.getData()) {
        List<ChartPoint> rows = new ArrayList<>(s.getData().stream()
            .map(XYChart.Data::getExtraValue).filter(ChartPoint.class::isInstance)
            .map(ChartPoint.class::cast).toList());
        if (fromBottom) {
          java.util.Collections.reverse(rows);
        }
        drawn.addAll(rows);
      }
      table = tableMaker.apply(drawn);
      // A screen reader reads the chart as its data: title, then each value with what it is about.
      chart.setAccessibleText(table.accessibleText());
    }
    List<String> names = new ArrayList<>();
    frame.series().forEach(s -> names.add(s.getName()));
    if (legend != null) {
      legend.highlightDrawn(chart.getData().stream().flatMap(s -> s.getData().stream())
          .anyMatch(d -> d.getExtraValue() instanceof ChartPoint p && p.highlighted()));
      legend.show(names, hidden);
      chart.setLegendVisible(names.size() > 1 || legend.showsHighlightNote());
    }
    showEmptyState(frame.series().stream().allMatch(s -> s.getData().isEmpty()));
  }

  /** Gives series lines, bars and symbols the style classes of their model's or goal's colour. */
  private void applyColours() {
    for (XYChart.Series<X, Y> s : chart.getData()) {
      String own = seriesColours.get(s.getName());
      if (own != null && s.getNode() != null) {
        ChartData.keepStyleClasses(s.getNode(), own);
      }
      for (XYChart.Data<X, Y> d : s.getData()) {
        String classes = d.getExtraValue() instanceof ChartPoint p
            ? categoryColours.getOrDefault(p.category(), own) : own;
        if (classes != null && d.getNode() != null) {
          ChartData.keepStyleClasses(d.getNode(), classes);
        }
      }
    }
  }

  /** Whether a category of the frame has no data item in any series. */
  private static boolean hasEmptyCategory(Frame<?, ?> frame) {
    java.util.Set<Object> used = new java.util.HashSet<>();
    for (XYChart.Series<?, ?> s : frame.series()) {
      for (XYChart.Data<?, ?> d : s.getData()) {
        used.add(d.getXValue());
        used.add(d.getYValue());
      }
    }
    return !used.isEmpty() && !used.containsAll(frame.categories());
  }

  /**
   * Without data the axes would be drawn empty (an axis from 0 to 100 for nothing): they are
   * hidden and a sentence says there is nothing to show, in the legend's place.
   */
  private void showEmptyState(boolean isEmpty) {
    chart.getXAxis().setOpacity(isEmpty ? 0 : 1);
    chart.getYAxis().setOpacity(isEmpty ? 0 : 1);
    chart.setHorizontalGridLinesVisible(!isEmpty);
    chart.setVerticalGridLinesVisible(!isEmpty);
    chart.setHorizontalZeroLineVisible(!isEmpty);
    chart.setVerticalZeroLineVisible(!isEmpty);
    if (chart instanceof LegendHost host && legend != null) {
      host.useLegend(isEmpty && !empty.getText().isEmpty() ? empty : legend);
      if (isEmpty && !empty.getText().isEmpty()) {
        chart.setLegendVisible(true);
      }
    }
  }
}
