package se.socialorg.advisor.ui.charts;


import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.logging.Logger;
import javafx.scene.Node;
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
import javafx.scene.control.Tooltip;
import se.socialorg.advisor.i18n.I18n;
import se.socialorg.advisor.ui.AppExecutor;
import se.socialorg.advisor.ui.BackgroundTask;
import se.socialorg.advisor.ui.Dialogs;
import se.socialorg.advisor.present.ChartPoint;
import se.socialorg.advisor.present.ChartTable;
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
  private static final String APP_CSS = "/se/socialorg/advisor/ui/app.css";
  private static final int COLOURS = 8;


  /** Style class of a highlighted data node (e.g. the user's own country). */
  public static final String HIGHLIGHTED = "highlighted";

  private final I18n i18n;
  private final Dialogs dialogs;
  private final ChartExport export;

  /** Charts with texts in {@code i18n}, details and errors through {@code dialogs}. */
  public Charts(I18n i18n, Dialogs dialogs, AppExecutor executor) {
    this.i18n = Objects.requireNonNull(i18n);
    this.dialogs = Objects.requireNonNull(dialogs);
    this.export = new ChartExport(i18n, dialogs, Objects.requireNonNull(executor));
  }

  // ---- factories ------------------------------------------------------------------------------

  /**
   * Vertical bars, grouped by category, one colour per series. A point of value NaN keeps its
   * category on the axis with no bar (e.g. a month with no data: a gap, never a zero).
   */
  public BarChart<String, Number> bars(
      String id, String title, String valueAxisLabel, List<ChartPoint> points) {
    CategoryAxis categories = CategoryLabelAxis.create();
    NumberAxis values = valueAxis(valueAxisLabel);
    InteractiveBarChart<String, Number> chart =
        new InteractiveBarChart<>(categories, values, false);
    ChartState<String, Number> state = setUp(chart, id, title, categories, Charts::barSwatch);
    state.pointsUpdater(
        p -> state.show(ChartData.categoryFrame(id, LocaleAxis.whole(values, p),
             false, ChartPoint::category, ChartPoint::value, this::tooltip)));
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
    CategoryAxis categories = CategoryLabelAxis.create();
    NumberAxis values = valueAxis(valueAxisLabel);
    InteractiveBarChart<Number, String> chart =
        new InteractiveBarChart<>(values, categories, false);
    ChartState<Number, String> state = setUp(chart, id, title, categories, Charts::barSwatch);
    state.pointsUpdater(
        p -> state.show(ChartData.categoryFrame(id, LocaleAxis.whole(values, p),
             true, ChartPoint::value, ChartPoint::category, this::tooltip)));
    update(chart, points);
    return chart;
  }

  /** Vertical bars stacked by series within each category (e.g. a score split by criterion). */
  public StackedBarChart<String, Number> stacked(
      String id, String title, String valueAxisLabel, List<ChartPoint> points) {
    CategoryAxis categories = CategoryLabelAxis.create();
    NumberAxis values = valueAxis(valueAxisLabel);
    InteractiveStackedBarChart<String, Number> chart =
        new InteractiveStackedBarChart<>(categories, values);
    ChartState<String, Number> state = setUp(chart, id, title, categories, Charts::barSwatch);
    state.pointsUpdater(
        p -> state.show(ChartData.categoryFrame(id, LocaleAxis.whole(values, p),
             false, ChartPoint::category, ChartPoint::value, this::tooltip)));
    update(chart, points);
    return chart;
  }

  /**
   * Horizontal bars stacked by series within each row, rows in the given order from the top
   * (e.g. each model's score split by goal, model names read across).
   */
  public StackedBarChart<Number, String> horizontalStacked(
      String id, String title, String valueAxisLabel, List<ChartPoint> points) {
    CategoryAxis categories = CategoryLabelAxis.create();
    NumberAxis values = valueAxis(valueAxisLabel);
    InteractiveStackedBarChart<Number, String> chart =
        new InteractiveStackedBarChart<>(values, categories);
    ChartState<Number, String> state = setUp(chart, id, title, categories, Charts::barSwatch);
    state.pointsUpdater(
        p -> state.show(ChartData.categoryFrame(id, LocaleAxis.whole(values, p),
             true, ChartPoint::value, ChartPoint::category, this::tooltip)));
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
    CategoryAxis labels = CategoryLabelAxis.create();
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
    Consumer<List<ChartPoint>> updater = ChartData.state(chart).pointsUpdater();
    if (updater == null) {
      throw new IllegalArgumentException("Not a category chart of Charts: " + chart.getId());
    }
    updater.accept(List.copyOf(points));
  }

  /** Redraws a chart made by {@link #lines} with new points. */
  public void updateLines(LineChart<Number, Number> chart, List<LinePoint> points) {
    ChartState<Number, Number> state = ChartData.state(chart);
    Map<String, List<XYChart.Data<Number, Number>>> bySeries = new LinkedHashMap<>();
    for (LinePoint p : points) {
      String category = i18n.t("chart.line.point", p.series(),
          i18n.number(p.x(), p.x() == Math.rint(p.x()) ? 0 : 1));
      ChartPoint info =
          new ChartPoint(category, p.series(), p.y(), p.valueText(), p.sourceText(), "", false);
      bySeries.computeIfAbsent(p.series(), k -> new ArrayList<>()).add(ChartData.data(p.x(), p.y(), info));
    }
    state.show(new ChartState.Frame<>(List.of(), ChartData.series(chart.getId(), bySeries, this::tooltip)));
  }

  /** Redraws a chart made by {@link #tornado} with new rows. */
  public void updateTornado(BarChart<Number, String> chart, List<TornadoRow> rows) {
    ChartState<Number, String> state = ChartData.state(chart);
    String low = i18n.t("chart.tornado.low");
    String high = i18n.t("chart.tornado.high");
    List<XYChart.Data<Number, String>> lows = new ArrayList<>();
    List<XYChart.Data<Number, String>> highs = new ArrayList<>();
    List<String> labels = new ArrayList<>();
    for (TornadoRow r : rows) {
      labels.add(r.label());
      lows.add(
          ChartData.data(
              r.low(),
              r.label(),
              new ChartPoint(r.label(), low, r.low(), r.lowText(), "", r.detailText(), false)));
      highs.add(
          ChartData.data(
              r.high(),
              r.label(),
              new ChartPoint(r.label(), high, r.high(), r.highText(), "", r.detailText(), false)));
    }
    Map<String, List<XYChart.Data<Number, String>>> bySeries = new LinkedHashMap<>();
    bySeries.put(low, lows);
    bySeries.put(high, highs);
    List<String> categories = new ArrayList<>(new LinkedHashSet<>(labels));
    state.show(ChartData.topDown(true, categories, ChartData.series(chart.getId(), bySeries, this::tooltip)));
  }

  // ---- interaction ----------------------------------------------------------------------------

  /** What a click on a data node does; the default shows its details in an info dialog. */
  public void onDetails(Chart chart, Consumer<ChartPoint> callback) {
    ChartData.state(chart).details(Objects.requireNonNull(callback));
  }

  /**
   * Gives each named series its own colour: the style classes of a model's or goal's colour
   * ({@link se.socialorg.advisor.present.ChartColours}), for its bars, line, symbols and legend
   * swatch. Series not named keep the chart's colour of their position.
   */
  public void colourSeries(Chart chart, Map<String, String> styleClassesBySeries) {
    ChartData.state(chart).seriesColours(styleClassesBySeries);
  }

  /**
   * Gives each named category's bars their own colour (one series, a bar per model or goal),
   * whatever series they belong to.
   */
  public void colourCategories(Chart chart, Map<String, String> styleClassesByCategory) {
    ChartData.state(chart).categoryColours(styleClassesByCategory);
  }

  /**
   * What an outlined bar means on this chart ("Outlined: recommended for you"): the legend says
   * it whenever an outlined bar is drawn.
   */
  public void explainHighlight(Chart chart, String text) {
    ChartData.state(chart).highlightNote(text);
  }

  /** The chart's drawn data as a table: what "Show as table" lists and screen readers read. */
  public static ChartTable table(Chart chart) {
    return ChartData.state(chart).table();
  }

  /** Shows the chart's data as a table in a window of its own. */
  public void showTable(Chart chart) {
    ChartTableView.show(dialogs, i18n, chart.getId(), table(chart));
  }

  /** Shows or hides a series, as its legend box does. */
  public void setSeriesVisible(Chart chart, String series, boolean visible) {
    ChartData.state(chart).setSeriesVisible(series, visible);
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
    return ChartData.tooltipOf(node);
  }


  /** The legend's check box of a series. */
  static CheckBox legendBox(Chart chart, String series) {
    return ChartData.state(chart).legend().box(series);
  }

  // ---- images ---------------------------------------------------------------------------------

  /** The chart's context menu (with "Export as PNG…"). */
  static ContextMenu contextMenuOf(Chart chart) {
    return ChartExport.contextMenuOf(chart);
  }

  /**
   * Exports the chart as a PNG file: the snapshot is taken now on the FX thread (call it there),
   * encoding and writing run on the executor, and the file appears whole or not at all. A failure
   * is logged and shown with {@link Dialogs#error}.
   *
   * @return the running task, for callers that want to follow it
   */
  public BackgroundTask<Path> exportPng(Chart chart, Path file) {
    return export.exportPng(chart, file);
  }

  /**
   * The chart as PNG bytes, e.g. for the PDF report. A chart in no scene and no parent is laid
   * out off-screen at {@code width} x {@code height}; a chart already on screen is taken at its
   * current size. May be called from any thread: the snapshot itself runs on the FX thread.
   */
  public byte[] renderPng(Chart chart, int width, int height) {
    // A picture has a plain legend: boxes to tick mean nothing on paper.
    SeriesLegend legend = ChartData.legendOf(chart);
    return export.renderPng(chart, width, height, legend);
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
    state.tableMaker(points -> ChartTable.of(i18n, state.title(), points));

    ChartData.register(chart, state);
    export.installContextMenu(chart);
    ChartTableView.install(chart, i18n, () -> showTable(chart));
    return state;
  }

  private void showDetails(ChartState<?, ?> state, ChartPoint point) {
    String title =
        state.title().isBlank()
            ? point.category()
            : i18n.t("chart.details.title", state.title(), point.category());
    dialogs.info(title, point.detailsOrSummary());
  }


  private static List<String> barSwatch(int index) {
    return List.of("chart-bar", "bar-legend-symbol", "default-color" + index % COLOURS);
  }

  private static List<String> lineSwatch(int index) {
    return List.of("chart-line-symbol", "default-color" + index % COLOURS);
  }

  /** A point's tooltip names what the bar or point is about, then its value and source. */
  private String tooltip(ChartPoint point) {
    return i18n.t("chart.point.tooltip", point.category(), point.tooltipText());
  }

  private NumberAxis valueAxis(String label) {
    return LocaleAxis.create(i18n, label);
  }

}
