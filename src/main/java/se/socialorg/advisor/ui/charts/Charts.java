package se.socialorg.advisor.ui.charts;

import se.socialorg.advisor.ui.FxThread;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.concurrent.Task;
import javafx.scene.Cursor;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.Chart;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.PieChart;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.util.Duration;
import se.socialorg.advisor.i18n.I18n;
import se.socialorg.advisor.ui.AppExecutor;
import se.socialorg.advisor.ui.Dialogs;
import se.socialorg.advisor.present.ChartPoint;
import se.socialorg.advisor.present.LinePoint;
import se.socialorg.advisor.present.TornadoRow;

/**
 * Builds every chart of the app (wizard, data library, compare screen, PDF report) with the same
 * behaviour: hovering a bar or point shows its value and source, clicking it shows its details,
 * the legend's check boxes show and hide series, and a context menu exports the chart as PNG.
 *
 * <p>Charts are plain JavaFX charts with animation off. Points are grouped into series by {@code
 * series}; series and categories keep the order of their first appearance. Redraw a chart in
 * place with {@link #update}, {@link #updateLines} or {@link #updateTornado}.
 *
 * <p>The legend is a row of check boxes set in the chart's legend slot rather than the built-in
 * legend: the built-in one drops the item of a removed series, so a hidden series could not be
 * shown again, and its items are private nodes found only after layout.
 *
 * <p>Node ids for tests: the chart has the given id, data node {@code <id>-s<series>-d<item>},
 * legend box {@code <id>-legend-<series>}, export menu item {@code <id>-exportPng}.
 */
public final class Charts {

  private static final Logger LOG = Logger.getLogger(Charts.class.getName());
  private static final String STATE_KEY = Charts.class.getName() + ".state";
  private static final String TOOLTIP_KEY = Charts.class.getName() + ".tooltip";
  private static final String MENU_KEY = Charts.class.getName() + ".menu";
  private static final String APP_CSS = "/se/socialorg/advisor/ui/app.css";
  private static final Duration TOOLTIP_DELAY = Duration.millis(250);
  private static final int COLOURS = 8;

  /** Size of an export of a chart that is not on screen. */
  static final int DEFAULT_WIDTH = 900;

  static final int DEFAULT_HEIGHT = 560;

  /** Style class of a highlighted data node (e.g. the user's own country). */
  public static final String HIGHLIGHTED = "highlighted";

  private final I18n i18n;
  private final Dialogs dialogs;
  private final AppExecutor executor;

  /** Charts with texts in {@code i18n}, details and errors through {@code dialogs}. */
  public Charts(I18n i18n, Dialogs dialogs, AppExecutor executor) {
    this.i18n = Objects.requireNonNull(i18n);
    this.dialogs = Objects.requireNonNull(dialogs);
    this.executor = Objects.requireNonNull(executor);
  }

  // ---- factories ------------------------------------------------------------------------------

  /** Vertical bars, grouped by category, one colour per series. */
  public BarChart<String, Number> bars(
      String id, String title, String valueAxisLabel, List<ChartPoint> points) {
    CategoryAxis categories = new CategoryAxis();
    NumberAxis values = valueAxis(valueAxisLabel);
    InteractiveBarChart<String, Number> chart =
        new InteractiveBarChart<>(categories, values, false);
    ChartState<String, Number> state = setUp(chart, id, title, categories, Charts::barSwatch);
    state.pointsUpdater(
        p -> state.show(categoryFrame(id, LocaleAxis.whole(values, p),
             false, ChartPoint::category, ChartPoint::value)));
    update(chart, points);
    return chart;
  }

  /**
   * Horizontal bars, categories on the vertical axis in the given order from the top (sort the
   * points first, e.g. trust by country); highlighted points get the style class {@value
   * #HIGHLIGHTED}.
   */
  public BarChart<Number, String> horizontalBars(
      String id, String title, String valueAxisLabel, List<ChartPoint> points) {
    CategoryAxis categories = new CategoryAxis();
    NumberAxis values = valueAxis(valueAxisLabel);
    InteractiveBarChart<Number, String> chart =
        new InteractiveBarChart<>(values, categories, false);
    ChartState<Number, String> state = setUp(chart, id, title, categories, Charts::barSwatch);
    state.pointsUpdater(
        p -> state.show(categoryFrame(id, LocaleAxis.whole(values, p),
             true, ChartPoint::value, ChartPoint::category)));
    update(chart, points);
    return chart;
  }

  /** Vertical bars stacked by series within each category (e.g. a score split by criterion). */
  public StackedBarChart<String, Number> stacked(
      String id, String title, String valueAxisLabel, List<ChartPoint> points) {
    CategoryAxis categories = new CategoryAxis();
    NumberAxis values = valueAxis(valueAxisLabel);
    InteractiveStackedBarChart<String, Number> chart =
        new InteractiveStackedBarChart<>(categories, values);
    ChartState<String, Number> state = setUp(chart, id, title, categories, Charts::barSwatch);
    state.pointsUpdater(
        p -> state.show(categoryFrame(id, LocaleAxis.whole(values, p),
             false, ChartPoint::category, ChartPoint::value)));
    update(chart, points);
    return chart;
  }

  /** Lines with a symbol per point (e.g. a monthly projection). */
  public LineChart<Number, Number> lines(
      String id, String title, String xAxisLabel, String yAxisLabel, List<LinePoint> points) {
    NumberAxis x = valueAxis(xAxisLabel);
    x.setForceZeroInRange(false);
    // Months and other counts on the x axis: whole numbers only, no 2.5 or 7.5.
    LocaleAxis.wholeWhenAllWhole(x, List.of(0));
    NumberAxis y = valueAxis(yAxisLabel);
    InteractiveLineChart<Number, Number> chart = new InteractiveLineChart<>(x, y);
    setUp(chart, id, title, null, Charts::lineSwatch);
    updateLines(chart, points);
    return chart;
  }

  /**
   * A tornado chart: per row one bar from zero to the low end and one to the high end, drawn in
   * the same band, rows in the given order from the top (largest swing first).
   */
  public BarChart<Number, String> tornado(
      String id, String title, String valueAxisLabel, List<TornadoRow> rows) {
    CategoryAxis labels = new CategoryAxis();
    NumberAxis values = valueAxis(valueAxisLabel);
    InteractiveBarChart<Number, String> chart = new InteractiveBarChart<>(values, labels, true);
    setUp(chart, id, title, labels, Charts::barSwatch);
    updateTornado(chart, rows);
    return chart;
  }

  // ---- redraw in place ------------------------------------------------------------------------

  /**
   * Redraws a chart made by {@link #bars}, {@link #horizontalBars} or {@link #stacked} with new
   * points; series the user hid stay hidden.
   */
  public void update(XYChart<?, ?> chart, List<ChartPoint> points) {
    Consumer<List<ChartPoint>> updater = state(chart).pointsUpdater();
    if (updater == null) {
      throw new IllegalArgumentException("Not a category chart of Charts: " + chart.getId());
    }
    updater.accept(List.copyOf(points));
  }

  /** Redraws a chart made by {@link #lines} with new points. */
  public void updateLines(LineChart<Number, Number> chart, List<LinePoint> points) {
    ChartState<Number, Number> state = state(chart);
    Map<String, List<XYChart.Data<Number, Number>>> bySeries = new LinkedHashMap<>();
    for (LinePoint p : points) {
      String category = i18n.t("chart.line.point", p.series(),
          i18n.number(p.x(), p.x() == Math.rint(p.x()) ? 0 : 1));
      ChartPoint info =
          new ChartPoint(category, p.series(), p.y(), p.valueText(), p.sourceText(), "", false);
      bySeries.computeIfAbsent(p.series(), k -> new ArrayList<>()).add(data(p.x(), p.y(), info));
    }
    state.show(new ChartState.Frame<>(List.of(), series(chart.getId(), bySeries)));
  }

  /** Redraws a chart made by {@link #tornado} with new rows. */
  public void updateTornado(BarChart<Number, String> chart, List<TornadoRow> rows) {
    ChartState<Number, String> state = state(chart);
    String low = i18n.t("chart.tornado.low");
    String high = i18n.t("chart.tornado.high");
    List<XYChart.Data<Number, String>> lows = new ArrayList<>();
    List<XYChart.Data<Number, String>> highs = new ArrayList<>();
    List<String> labels = new ArrayList<>();
    for (TornadoRow r : rows) {
      labels.add(r.label());
      lows.add(
          data(
              r.low(),
              r.label(),
              new ChartPoint(r.label(), low, r.low(), r.lowText(), "", r.detailText(), false)));
      highs.add(
          data(
              r.high(),
              r.label(),
              new ChartPoint(r.label(), high, r.high(), r.highText(), "", r.detailText(), false)));
    }
    Map<String, List<XYChart.Data<Number, String>>> bySeries = new LinkedHashMap<>();
    bySeries.put(low, lows);
    bySeries.put(high, highs);
    List<String> categories = new ArrayList<>(new LinkedHashSet<>(labels));
    state.show(topDown(true, categories, series(chart.getId(), bySeries)));
  }

  // ---- interaction ----------------------------------------------------------------------------

  /** What a click on a data node does; the default shows its details in an info dialog. */
  public void onDetails(Chart chart, Consumer<ChartPoint> callback) {
    state(chart).details(Objects.requireNonNull(callback));
  }

  /** Shows or hides a series, as its legend box does. */
  public void setSeriesVisible(Chart chart, String series, boolean visible) {
    state(chart).setSeriesVisible(series, visible);
  }

  /** Number of data items over the visible series: "the chart has data" in tests and views. */
  public static int dataCount(Chart chart) {
    if (chart instanceof XYChart<?, ?> xy) {
      return xy.getData().stream().mapToInt(s -> s.getData().size()).sum();
    }
    if (chart instanceof PieChart pie) {
      return pie.getData().size();
    }
    return 0;
  }

  /** The tooltip installed on a data node, if any. */
  static Optional<Tooltip> tooltipOf(Node node) {
    return Optional.ofNullable((Tooltip) node.getProperties().get(TOOLTIP_KEY));
  }

  /** The chart's context menu (with "Export as PNG…"). */
  static ContextMenu contextMenuOf(Chart chart) {
    return (ContextMenu) chart.getProperties().get(MENU_KEY);
  }

  /** The legend's check box of a series. */
  static CheckBox legendBox(Chart chart, String series) {
    return state(chart).legend().box(series);
  }

  // ---- images ---------------------------------------------------------------------------------

  /** Asks for a file and exports the chart to it: the context menu's action. */
  void exportWithChooser(Chart chart) {
    String name = (chart.getId() == null ? "chart" : chart.getId()) + ".png";
    dialogs
        .chooseSave(i18n.t("chart.export.title"), name, i18n.t("chart.export.filter"), "*.png")
        .map(Charts::withPngExtension)
        .ifPresent(file -> exportPng(chart, file));
  }

  /**
   * Exports the chart as a PNG file: the snapshot is taken now on the FX thread (call it there),
   * encoding and writing run on the executor, and the file appears whole or not at all. A failure
   * is logged and shown with {@link Dialogs#error}.
   *
   * @return the running task, for callers that want to follow it
   */
  public Task<Path> exportPng(Chart chart, Path file) {
    if (!Platform.isFxApplicationThread()) {
      throw new IllegalStateException("exportPng must be called on the FX thread");
    }
    WritableImage image = snapshot(chart, DEFAULT_WIDTH, DEFAULT_HEIGHT);
    Task<Path> task =
        new Task<>() {
          @Override
          protected Path call() throws IOException {
            ChartImages.writePngAtomically(image, file);
            return file;
          }
        };
    task.setOnFailed(
        e -> {
          LOG.log(Level.WARNING, "Could not export chart to " + file, task.getException());
          dialogs.error(
              i18n.t("chart.export.failed.title"),
              i18n.t("chart.export.failed.message", file.toString()));
        });
    return executor.submit(task);
  }

  /**
   * The chart as PNG bytes, e.g. for the PDF report. A chart in no scene and no parent is laid
   * out off-screen at {@code width} x {@code height}; a chart already on screen is taken at its
   * current size. May be called from any thread: the snapshot itself runs on the FX thread.
   */
  public byte[] renderPng(Chart chart, int width, int height) {
    if (width <= 0 || height <= 0) {
      throw new IllegalArgumentException("Size must be positive: " + width + "x" + height);
    }
    WritableImage image = FxThread.call(() -> {
      // A picture has a plain legend: boxes to tick mean nothing on paper.
      SeriesLegend legend = chart.getProperties().get(STATE_KEY) instanceof ChartState<?, ?> s
          ? s.legend() : null;
      if (legend != null) {
        legend.picture(true);
      }
      try {
        return snapshot(chart, width, height);
      } finally {
        if (legend != null) {
          legend.picture(false);
        }
      }
    });
    return ChartImages.pngBytes(image);
  }

  // ---- internals ------------------------------------------------------------------------------

  private <X, Y> ChartState<X, Y> setUp(
      XYChart<X, Y> chart,
      String id,
      String title,
      CategoryAxis categoryAxis,
      Function<Integer, List<String>> swatch) {
    chart.setId(Objects.requireNonNull(id, "id"));
    chart.setTitle(title == null || title.isBlank() ? null : title);
    chart.setAnimated(false);
    chart.getXAxis().setAnimated(false);
    chart.getYAxis().setAnimated(false);
    chart.getStyleClass().add("app-chart");
    ChartState<X, Y> state = new ChartState<>(chart, title, categoryAxis);
    state.details(point -> showDetails(state, point));
    SeriesLegend legend =
        new SeriesLegend(
            id + "-legend-",
            swatch,
            name -> i18n.t("chart.legend.tooltip", name),
            state::setSeriesVisible);
    state.legend(legend);
    state.emptyText(i18n.t("chart.empty"));
    ((LegendHost) chart).useLegend(legend);
    chart.getProperties().put(STATE_KEY, state);
    installContextMenu(chart);
    return state;
  }

  private void showDetails(ChartState<?, ?> state, ChartPoint point) {
    String title =
        state.title().isBlank()
            ? point.category()
            : i18n.t("chart.details.title", state.title(), point.category());
    dialogs.info(title, point.detailsOrSummary());
  }

  private void installContextMenu(Chart chart) {
    MenuItem export = new MenuItem(i18n.t("chart.export.png"));
    export.setId(chart.getId() + "-exportPng");
    export.setOnAction(e -> exportWithChooser(chart));
    ContextMenu menu = new ContextMenu(export);
    chart.getProperties().put(MENU_KEY, menu);
    chart.setOnContextMenuRequested(
        e -> {
          menu.show(chart, e.getScreenX(), e.getScreenY());
          e.consume();
        });
  }

  private static List<String> barSwatch(int index) {
    return List.of("chart-bar", "bar-legend-symbol", "default-color" + index % COLOURS);
  }

  private static List<String> lineSwatch(int index) {
    return List.of("chart-line-symbol", "default-color" + index % COLOURS);
  }

  private NumberAxis valueAxis(String label) {
    return LocaleAxis.create(i18n, label);
  }

  /** Points grouped by series into data items, categories in order of first appearance. */
  private <X, Y> ChartState.Frame<X, Y> categoryFrame(
      String id,
      List<ChartPoint> points,
      boolean topDown,
      Function<ChartPoint, X> x,
      Function<ChartPoint, Y> y) {
    Set<String> categories = new LinkedHashSet<>();
    Map<String, List<XYChart.Data<X, Y>>> bySeries = new LinkedHashMap<>();
    for (ChartPoint p : points) {
      categories.add(p.category());
      bySeries
          .computeIfAbsent(p.series(), k -> new ArrayList<>())
          .add(data(x.apply(p), y.apply(p), p));
    }
    return topDown(topDown, new ArrayList<>(categories), series(id, bySeries));
  }

  /**
   * A vertical category axis puts its first category at the bottom: for rows read from the top,
   * categories and items go in reverse (node ids keep the given order).
   */
  private static <X, Y> ChartState.Frame<X, Y> topDown(
      boolean reverse, List<String> categories, List<XYChart.Series<X, Y>> series) {
    if (reverse) {
      Collections.reverse(categories);
      series.forEach(s -> FXCollections.reverse(s.getData()));
    }
    return new ChartState.Frame<>(categories, series);
  }

  private <X, Y> List<XYChart.Series<X, Y>> series(
      String id, Map<String, List<XYChart.Data<X, Y>>> bySeries) {
    List<XYChart.Series<X, Y>> out = new ArrayList<>();
    int s = 0;
    for (Map.Entry<String, List<XYChart.Data<X, Y>>> e : bySeries.entrySet()) {
      int d = 0;
      for (XYChart.Data<X, Y> item : e.getValue()) {
        String nodeId = id + "-s" + s + "-d" + d++;
        item.nodeProperty().addListener((obs, old, node) -> decorate(node, nodeId, item));
      }
      out.add(new XYChart.Series<>(e.getKey(), FXCollections.observableArrayList(e.getValue())));
      s++;
    }
    return out;
  }

  private static <X, Y> XYChart.Data<X, Y> data(X x, Y y, ChartPoint info) {
    XYChart.Data<X, Y> item = new XYChart.Data<>(x, y);
    item.setExtraValue(info);
    return item;
  }

  /** Tooltip, click, id and highlight of a data node, once JavaFX has created it. */
  private void decorate(Node node, String nodeId, XYChart.Data<?, ?> item) {
    if (node == null || !(item.getExtraValue() instanceof ChartPoint point)) {
      return;
    }
    node.setId(nodeId);
    // The tooltip names what it is about: the model, industry or row, not only the value.
    Tooltip tip = new Tooltip(i18n.t("chart.point.tooltip", point.category(), point.tooltipText()));
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
      keepStyleClass(node, HIGHLIGHTED);
    }
  }

  /** Charts reset their nodes' style classes when series change; this puts one back each time. */
  private static void keepStyleClass(Node node, String styleClass) {
    node.getStyleClass().add(styleClass);
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
  private static <X, Y> ChartState<X, Y> state(Chart chart) {
    Object state = chart.getProperties().get(STATE_KEY);
    if (!(state instanceof ChartState<?, ?>)) {
      throw new IllegalArgumentException("Not a chart made by Charts: " + chart.getId());
    }
    return (ChartState<X, Y>) state;
  }

  /** Lays out a chart that is in no scene at the given size, then takes its picture. */
  private static WritableImage snapshot(Chart chart, int width, int height) {
    SnapshotParameters params = new SnapshotParameters();
    params.setFill(background(chart));
    if (chart.getScene() != null) {
      return chart.snapshot(params, null);
    }
    if (chart.getParent() != null) {
      chart.resize(width, height);
      chart.layout();
      return chart.snapshot(params, null);
    }
    Scene scene = new Scene(chart, width, height);
    scene.getStylesheets().add(Charts.class.getResource(APP_CSS).toExternalForm());
    try {
      chart.applyCss();
      chart.layout();
      return chart.snapshot(params, null);
    } finally {
      scene.setRoot(new Group());
    }
  }

  /** The window's background behind the chart (dark in the dark theme), white off-screen. */
  private static Paint background(Chart chart) {
    Scene scene = chart.getScene();
    if (scene != null
        && scene.getRoot() instanceof Region root
        && root.getBackground() != null
        && !root.getBackground().getFills().isEmpty()) {
      return root.getBackground().getFills().get(0).getFill();
    }
    return Color.WHITE;
  }


  private static Path withPngExtension(Path file) {
    String name = file.getFileName().toString();
    return name.toLowerCase(Locale.ROOT).endsWith(".png")
        ? file
        : file.resolveSibling(name + ".png");
  }
}
