package se.socialorg.advisor.ui.charts;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.chart.Chart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.util.Duration;
import se.socialorg.advisor.present.ChartPoint;

/**
 * A chart's data items: points grouped into series, node ids, tooltips, the click that shows a
 * point's details and the highlight, and the state {@link Charts} keeps on each chart it made.
 */
final class ChartData {

  private static final String STATE_KEY = Charts.class.getName() + ".state";
  private static final String TOOLTIP_KEY = Charts.class.getName() + ".tooltip";
  private static final Duration TOOLTIP_DELAY = Duration.millis(250);

  private ChartData() {}

  /** Keeps the chart's state with it. */
  static void register(Chart chart, ChartState<?, ?> state) {
    chart.getProperties().put(STATE_KEY, state);
  }

  /** The legend of a chart made by {@link Charts}, or null. */
  static SeriesLegend legendOf(Chart chart) {
    return chart.getProperties().get(STATE_KEY) instanceof ChartState<?, ?> s ? s.legend() : null;
  }

  /** The tooltip installed on a data node, if any. */
  static Optional<Tooltip> tooltipOf(Node node) {
    return Optional.ofNullable((Tooltip) node.getProperties().get(TOOLTIP_KEY));
  }

  /**
   * Points grouped by series into data items, categories in order of first appearance; a point of
   * value NaN keeps its category on the axis and adds no item (a gap, not a zero).
   */
  static <X, Y> ChartState.Frame<X, Y> categoryFrame(
      String id,
      List<ChartPoint> points,
      boolean topDown,
      Function<ChartPoint, X> x,
      Function<ChartPoint, Y> y,
      Function<ChartPoint, String> tooltip) {
    Set<String> categories = new LinkedHashSet<>();
    Map<String, List<XYChart.Data<X, Y>>> bySeries = new LinkedHashMap<>();
    for (ChartPoint p : points) {
      categories.add(p.category());
      if (Double.isNaN(p.value())) {
        continue; // a gap: the category keeps its place, with nothing drawn (never a zero)
      }
      bySeries
          .computeIfAbsent(p.series(), k -> new ArrayList<>())
          .add(data(x.apply(p), y.apply(p), p));
    }
    return topDown(topDown, new ArrayList<>(categories), series(id, bySeries, tooltip));
  }

  /**
   * A vertical category axis puts its first category at the bottom: for rows read from the top,
   * categories and items go in reverse (node ids keep the given order).
   */
  static <X, Y> ChartState.Frame<X, Y> topDown(
      boolean reverse, List<String> categories, List<XYChart.Series<X, Y>> series) {
    if (reverse) {
      Collections.reverse(categories);
      series.forEach(s -> FXCollections.reverse(s.getData()));
    }
    return new ChartState.Frame<>(categories, series);
  }

  /** Data items in series, each node with its id and a tooltip of {@code tooltip}'s text. */
  static <X, Y> List<XYChart.Series<X, Y>> series(
      String id, Map<String, List<XYChart.Data<X, Y>>> bySeries,
      Function<ChartPoint, String> tooltip) {
    List<XYChart.Series<X, Y>> out = new ArrayList<>();
    int s = 0;
    for (Map.Entry<String, List<XYChart.Data<X, Y>>> e : bySeries.entrySet()) {
      int d = 0;
      for (XYChart.Data<X, Y> item : e.getValue()) {
        String nodeId = id + "-s" + s + "-d" + d++;
        item.nodeProperty().addListener((obs, old, node) -> decorate(node, nodeId, item, tooltip));
      }
      out.add(new XYChart.Series<>(e.getKey(), FXCollections.observableArrayList(e.getValue())));
      s++;
    }
    return out;
  }

  static <X, Y> XYChart.Data<X, Y> data(X x, Y y, ChartPoint info) {
    XYChart.Data<X, Y> item = new XYChart.Data<>(x, y);
    item.setExtraValue(info);
    return item;
  }

  /** Tooltip, click, id and highlight of a data node, once JavaFX has created it. */
  private static void decorate(Node node, String nodeId, XYChart.Data<?, ?> item,
      Function<ChartPoint, String> tooltip) {
    if (node == null || !(item.getExtraValue() instanceof ChartPoint point)) {
      return;
    }
    node.setId(nodeId);
    Tooltip tip = new Tooltip(tooltip.apply(point));
    tip.setShowDelay(TOOLTIP_DELAY);
    Tooltip.install(node, tip);
    node.getProperties().put(TOOLTIP_KEY, tip);
    node.setCursor(Cursor.HAND);
    node.addEventHandler(
        MouseEvent.MOUSE_CLICKED,
        e -> {
          if (e.getButton() == MouseButton.PRIMARY && e.isStillSincePress()) {
            Chart chart = chartOf(node);
            if (chart != null) {
              state(chart).details().accept(point);
            }
          }
        });
    if (point.highlighted()) {
      keepStyleClass(node, Charts.HIGHLIGHTED);
    }
  }

  /** Like {@link #keepStyleClass} for each class of a space-separated list. */
  static void keepStyleClasses(Node node, String styleClasses) {
    for (String c : styleClasses.split(" ")) {
      if (!c.isBlank()) {
        keepStyleClass(node, c);
      }
    }
  }

  /** Charts reset their nodes' style classes when series change; this puts one back each time. */
  static void keepStyleClass(Node node, String styleClass) {
    String key = Charts.class.getName() + ".kept." + styleClass;
    if (node.getProperties().containsKey(key)) {
      return;
    }
    node.getProperties().put(key, Boolean.TRUE);
    if (!node.getStyleClass().contains(styleClass)) {
      node.getStyleClass().add(styleClass);
    }
    node.getStyleClass()
        .addListener(
            (ListChangeListener<String>)
                c -> {
                  if (!node.getStyleClass().contains(styleClass)) {
                    node.getStyleClass().add(styleClass);
                  }
                });
  }

  private static Chart chartOf(Node node) {
    for (Node n = node; n != null; n = n.getParent()) {
      if (n instanceof Chart c && c.getProperties().containsKey(STATE_KEY)) {
        return c;
      }
    }
    return null;
  }

  @SuppressWarnings("unchecked")
  static <X, Y> ChartState<X, Y> state(Chart chart) {
    Object state = chart.getProperties().get(STATE_KEY);
    if (!(state instanceof ChartState<?, ?>)) {
      throw new IllegalArgumentException("Not a chart made by Charts: " + chart.getId());
    }
    return (ChartState<X, Y>) state;
  }
}
