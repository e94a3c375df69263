package se.socialorg.advisor.ui.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.Chart;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.Background;
import javafx.scene.layout.Region;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import se.socialorg.advisor.i18n.I18n;
import se.socialorg.advisor.ui.AppExecutor;
import se.socialorg.advisor.ui.BackgroundTask;
import se.socialorg.advisor.ui.RecordingDialogs;
import se.socialorg.advisor.ui.Theme;
import se.socialorg.advisor.present.ChartPoint;
import se.socialorg.advisor.present.LinePoint;
import se.socialorg.advisor.present.TornadoRow;

/** The chart factory: data, hover, click, legend, redraw and PNG export, headless. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class ChartsTest {

  private static final String EDELMAN = "Edelman Trust Barometer 2012, informed publics";

  /** Trust index by country, sorted, the user's country (Sweden) highlighted. */
  static final List<ChartPoint> TRUST =
      List.of(
          new ChartPoint("China", "2012", 80, "80 %", EDELMAN, "", false),
          new ChartPoint("Sweden", "2012", 49, "49 %", EDELMAN, "Derived: mean of four", true),
          new ChartPoint("Germany", "2012", 40, "40 %", EDELMAN, "", false));

  /** Scores of three alternatives in two criteria. */
  static final List<ChartPoint> SCORES =
      List.of(
          ChartPoint.of("Centralised", "Trust", 0.2, "0.20", "Your goals"),
          ChartPoint.of("Hub and spoke", "Trust", 0.3, "0.30", "Your goals"),
          ChartPoint.of("Distributed", "Trust", 0.4, "0.40", "Your goals"),
          ChartPoint.of("Centralised", "Crisis", 0.3, "0.30", "Your goals"),
          ChartPoint.of("Hub and spoke", "Crisis", 0.25, "0.25", "Your goals"),
          ChartPoint.of("Distributed", "Crisis", 0.1, "0.10", "Your goals"));

  static final List<LinePoint> REACH =
      List.of(
          new LinePoint("Central team", 0, 100, "100", "Projection"),
          new LinePoint("Central team", 1, 120, "120", "Projection"),
          new LinePoint("Central team", 2, 130, "130", "Projection"),
          new LinePoint("Advocacy", 0, 100, "100", "Projection"),
          new LinePoint("Advocacy", 1, 160, "160", "Projection"),
          new LinePoint("Advocacy", 2, 240, "240", "Projection"));

  static final List<TornadoRow> SWINGS =
      List.of(
          new TornadoRow("Active employees", -0.12, 0.15, "−0.12", "+0.15", "10 % to 40 %"),
          new TornadoRow("Regulation", -0.08, 0.05, "−0.08", "+0.05", ""),
          new TornadoRow("Company size", -0.02, 0.03, "−0.02", "+0.03", ""));

  @TempDir Path dir;

  private final RecordingDialogs dialogs = new RecordingDialogs();
  private final Charts charts =
      new Charts(I18n.forLanguage("en"), dialogs, AppExecutor.sameThread());
  private StackPane root;

  @Start
  void start(Stage primary) {
    Stage stage = new Stage();
    root = new StackPane();
    Scene scene = new Scene(root, 900, 600);
    Theme.LIGHT.apply(scene);
    stage.setScene(scene);
    stage.show();
    stage.requestFocus();
  }

  @AfterEach
  void tearDown() throws Exception {
    FxToolkit.cleanupStages();
  }

  // ---- factories ------------------------------------------------------------------------------

  static Stream<Arguments> factories() {
    Function<Charts, XYChart<?, ?>> bars = c -> c.bars("scores", "Scores", "Score", SCORES);
    Function<Charts, XYChart<?, ?>> horizontal =
        c -> c.horizontalBars("trust", "Trust index", "Trust", TRUST);
    Function<Charts, XYChart<?, ?>> stacked = c -> c.stacked("split", "Split", "Score", SCORES);
    Function<Charts, XYChart<?, ?>> lines =
        c -> c.lines("reach", "Reach", "Month", "People", REACH);
    Function<Charts, XYChart<?, ?>> tornado = c -> c.tornado("tornado", "Swing", "Change", SWINGS);
    return Stream.of(
        Arguments.of("scores", bars, List.of("Trust", "Crisis"), 3, 6),
        Arguments.of("trust", horizontal, List.of("2012"), 3, 3),
        Arguments.of("split", stacked, List.of("Trust", "Crisis"), 3, 6),
        Arguments.of("reach", lines, List.of("Central team", "Advocacy"), 0, 6),
        Arguments.of("tornado", tornado, List.of("Low end of range", "High end of range"), 3, 6));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("factories")
  void factoryDrawsEveryPoint(
      String id,
      Function<Charts, XYChart<?, ?>> factory,
      List<String> series,
      int categories,
      int items) {
    XYChart<?, ?> chart = fx(() -> factory.apply(charts));
    assertThat(chart.getId()).isEqualTo(id);
    assertThat(chart.getAnimated()).isFalse();
    assertThat(chart.getData())
        .extracting(XYChart.Series::getName)
        .containsExactlyElementsOf(series);
    assertThat(categories(chart)).hasSize(categories);
    assertThat(Charts.dataCount(chart)).isEqualTo(items);
  }

  @Test
  void categoriesKeepTheOrderOfFirstAppearance() {
    BarChart<String, Number> chart = fx(() -> charts.bars("scores", "Scores", "Score", SCORES));
    assertThat(categories(chart)).containsExactly("Centralised", "Hub and spoke", "Distributed");
  }

  @Test
  void horizontalBarsListTheFirstCategoryAtTheTop() {
    BarChart<Number, String> chart =
        fx(() -> charts.horizontalBars("trust", "Trust index", "Trust", TRUST));
    show(chart);
    CategoryAxis axis = (CategoryAxis) chart.getYAxis();
    assertThat(axis.getDisplayPosition("China")).isLessThan(axis.getDisplayPosition("Sweden"));
    assertThat(axis.getDisplayPosition("Sweden")).isLessThan(axis.getDisplayPosition("Germany"));
  }

  @Test
  void highlightedPointKeepsItsStyleClassAfterLayout() {
    BarChart<Number, String> chart =
        fx(() -> charts.horizontalBars("trust", "Trust index", "Trust", TRUST));
    show(chart);
    assertThat(node(chart, "Sweden").getStyleClass()).contains(Charts.HIGHLIGHTED);
    assertThat(node(chart, "China").getStyleClass()).doesNotContain(Charts.HIGHLIGHTED);
  }

  @Test
  void tornadoDrawsLowAndHighInOneBandEitherSideOfZero() {
    BarChart<Number, String> chart =
        fx(() -> charts.tornado("tornado", "Sensitivity", "Change of score", SWINGS));
    show(chart);
    Node low = chart.getData().get(0).getData().stream()
        .filter(d -> d.getYValue().equals("Active employees")).findFirst().orElseThrow().getNode();
    Node high = chart.getData().get(1).getData().stream()
        .filter(d -> d.getYValue().equals("Active employees")).findFirst().orElseThrow().getNode();
    assertThat(low.getBoundsInParent().getMinY()).isEqualTo(high.getBoundsInParent().getMinY());
    assertThat(low.getBoundsInParent().getHeight()).isEqualTo(high.getBoundsInParent().getHeight());
    assertThat(low.getBoundsInParent().getMaxX())
        .isLessThanOrEqualTo(high.getBoundsInParent().getMinX() + 1);
    CategoryAxis axis = (CategoryAxis) chart.getYAxis();
    assertThat(axis.getDisplayPosition("Active employees"))
        .isLessThan(axis.getDisplayPosition("Company size"));
  }

  // ---- hover and click ------------------------------------------------------------------------

  @Test
  void hoverTooltipNamesTheCategoryWithValueAndSource() {
    BarChart<Number, String> chart =
        fx(() -> charts.horizontalBars("trust", "Trust index", "Trust", TRUST));
    show(chart);
    assertThat(Charts.tooltipOf(node(chart, "Germany")))
        .hasValueSatisfying(t -> assertThat(t.getText()).isEqualTo("Germany: 40 %\n" + EDELMAN));
  }

  @Test
  void dataNodesHaveStableIds(FxRobot robot) {
    BarChart<String, Number> chart = fx(() -> charts.bars("scores", "Scores", "Score", SCORES));
    show(chart);
    assertThat(robot.lookup("#scores-s1-d2").tryQuery()).isPresent();
  }

  @Test
  void dataNodeIdsFollowTheGivenOrderInHorizontalCharts(FxRobot robot) {
    BarChart<Number, String> chart =
        fx(() -> charts.horizontalBars("trust", "Trust index", "Trust", TRUST));
    show(chart);
    Node first = robot.lookup("#trust-s0-d0").query();
    assertThat(first).isSameAs(node(chart, "China"));
  }

  @Test
  void clickingABarShowsItsDetails(FxRobot robot) {
    BarChart<Number, String> chart =
        fx(() -> charts.horizontalBars("trust", "Trust index", "Trust", TRUST));
    show(chart);
    robot.clickOn(node(chart, "Sweden"));
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(dialogs.last("info"))
        .hasValueSatisfying(
            s -> {
              assertThat(s.message()).isEqualTo("Derived: mean of four");
              assertThat(s.title()).contains("Trust index").contains("Sweden");
            });
  }

  @Test
  void clickingABarWithoutDetailShowsValueAndSource(FxRobot robot) {
    BarChart<Number, String> chart =
        fx(() -> charts.horizontalBars("trust", "Trust index", "Trust", TRUST));
    show(chart);
    robot.clickOn(node(chart, "China"));
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(dialogs.last("info"))
        .hasValueSatisfying(s -> assertThat(s.message()).isEqualTo("80 %\n" + EDELMAN));
  }

  @Test
  void clickingCallsTheDetailsCallbackWhenOneIsSet(FxRobot robot) {
    BarChart<String, Number> chart = fx(() -> charts.bars("scores", "Scores", "Score", SCORES));
    List<ChartPoint> clicked = new ArrayList<>();
    charts.onDetails(chart, clicked::add);
    show(chart);
    robot.clickOn("#scores-s0-d2");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(clicked).containsExactly(SCORES.get(2));
    assertThat(dialogs.shown).isEmpty();
  }

  // ---- legend ---------------------------------------------------------------------------------

  @Test
  void legendBoxHidesItsSeries(FxRobot robot) {
    BarChart<String, Number> chart = fx(() -> charts.bars("scores", "Scores", "Score", SCORES));
    show(chart);
    robot.clickOn("#scores-legend-0");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(Charts.dataCount(chart)).isEqualTo(3);
    assertThat(chart.getData()).extracting(XYChart.Series::getName).containsExactly("Crisis");
    assertThat(Charts.legendBox(chart, "Trust").isSelected()).isFalse();
  }

  @Test
  void legendBoxShowsTheSeriesAgainInItsPlaceAndColour(FxRobot robot) {
    BarChart<String, Number> chart = fx(() -> charts.bars("scores", "Scores", "Score", SCORES));
    show(chart);
    robot.clickOn("#scores-legend-0");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(chart.getData().get(0).getData().get(0).getNode().getStyleClass())
        .contains("default-color1");
    robot.clickOn("#scores-legend-0");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(Charts.dataCount(chart)).isEqualTo(6);
    assertThat(chart.getData()).extracting(XYChart.Series::getName)
        .containsExactly("Trust", "Crisis");
    assertThat(chart.getData().get(0).getData().get(0).getNode().getStyleClass())
        .contains("default-color0");
  }

  private static SeriesLegend legend(Chart chart) {
    return (SeriesLegend) chart.lookup(".app-chart-legend");
  }

  @Test
  void pictureLegendShowsPlainEntriesOfTheDrawnSeriesOnly() {
    BarChart<String, Number> chart = fx(() -> charts.bars("scores", "Scores", "Score", SCORES));
    show(chart);
    List<Node> entries = fx(() -> {
      charts.setSeriesVisible(chart, "Crisis", false);
      legend(chart).picture(true);
      return List.copyOf(legend(chart).getChildren());
    });

    assertThat(entries).singleElement().isInstanceOfSatisfying(Label.class, l -> {
      assertThat(l.getText()).isEqualTo("Trust");
      assertThat(l).isNotInstanceOf(CheckBox.class);
    });

    fx(() -> {
      legend(chart).picture(false);
      return chart;
    });
    assertThat(Charts.legendBox(chart, "Trust").isSelected()).isTrue();
    assertThat(Charts.legendBox(chart, "Crisis").isSelected()).isFalse();
  }

  @Test
  void takingAPictureLeavesTheLegendOnScreenInteractive(FxRobot robot) {
    BarChart<String, Number> chart = fx(() -> charts.bars("scores", "Scores", "Score", SCORES));
    show(chart);

    charts.renderPng(chart, 300, 200);
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(legend(chart).getChildren()).hasSize(2).allMatch(n -> n instanceof CheckBox);
    robot.clickOn("#scores-legend-1");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(chart.getData()).extracting(XYChart.Series::getName).containsExactly("Trust");
  }

  @Test
  void longSeriesNamesWrapOntoMoreRowsInsteadOfBeingCut() {
    List<ChartPoint> many = new ArrayList<>();
    for (String goal : List.of("Trust and brand credibility", "Thought leadership",
        "Lead generation", "Customer service", "Crisis readiness", "Employer branding",
        "Measurable return on investment")) {
      many.add(ChartPoint.of("Centralised", goal, 0.1, "0.10", "Your goals"));
    }
    StackedBarChart<String, Number> chart =
        fx(() -> charts.stacked("split", "Split", "Score", many));
    fx(() -> {
      root.getChildren().setAll(chart);
      root.setMaxWidth(480);
      return chart;
    });
    WaitForAsyncUtils.waitForFxEvents();

    SeriesLegend legend = legend(chart);
    assertThat(legend.getChildren()).hasSize(7).allSatisfy(n -> {
      Labeled item = (Labeled) n;
      assertThat(item.getWidth()).isGreaterThanOrEqualTo(item.prefWidth(-1) - 0.5);
    });
    long rows = legend.getChildren().stream().mapToDouble(Node::getLayoutY).distinct().count();
    assertThat(rows).isGreaterThan(1);
  }

  @Test
  void singleSeriesChartHasNoLegend() {
    BarChart<Number, String> chart =
        fx(() -> charts.horizontalBars("trust", "Trust index", "Trust", TRUST));
    assertThat(chart.isLegendVisible()).isFalse();
  }

  // ---- redraw ---------------------------------------------------------------------------------

  @Test
  void updateRedrawsTheSameChartWithNewValues() {
    BarChart<String, Number> chart = fx(() -> charts.bars("scores", "Scores", "Score", SCORES));
    show(chart);
    List<ChartPoint> next =
        List.of(
            ChartPoint.of("Centralised", "Trust", 0.9, "0.90", "Your goals"),
            ChartPoint.of("Distributed", "Trust", 0.7, "0.70", "Your goals"));
    WaitForAsyncUtils.asyncFx(() -> charts.update(chart, next));
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(root.getChildren()).containsExactly(chart);
    assertThat(Charts.dataCount(chart)).isEqualTo(2);
    assertThat(chart.getData().get(0).getData().get(0).getYValue()).isEqualTo(0.9);
    assertThat(Charts.tooltipOf(chart.getData().get(0).getData().get(1).getNode()))
        .hasValueSatisfying(t -> assertThat(t.getText()).startsWith("Distributed: 0.70"));
  }

  @Test
  void hiddenSeriesStaysHiddenAfterUpdate() {
    BarChart<String, Number> chart = fx(() -> charts.bars("scores", "Scores", "Score", SCORES));
    fx(() -> {
      charts.setSeriesVisible(chart, "Crisis", false);
      charts.update(chart, SCORES.subList(0, 5));
      return chart;
    });
    assertThat(chart.getData()).extracting(XYChart.Series::getName).containsExactly("Trust");
    assertThat(Charts.legendBox(chart, "Crisis").isSelected()).isFalse();
  }

  @Test
  void updateLinesAndTornadoRedrawInPlace() {
    LineChart<Number, Number> lines =
        fx(() -> charts.lines("reach", "Reach", "Month", "People", REACH));
    BarChart<Number, String> tornado =
        fx(() -> charts.tornado("tornado", "Sensitivity", "Change", SWINGS));
    fx(() -> {
      charts.updateLines(lines, REACH.subList(0, 3));
      charts.updateTornado(tornado, SWINGS.subList(0, 1));
      return lines;
    });
    assertThat(Charts.dataCount(lines)).isEqualTo(3);
    assertThat(Charts.dataCount(tornado)).isEqualTo(2);
  }

  @Test
  void updateWithPointsRejectsALineChart() {
    LineChart<Number, Number> lines =
        fx(() -> charts.lines("reach", "Reach", "Month", "People", REACH));
    assertThatThrownBy(() -> charts.update(lines, SCORES))
        .isInstanceOf(IllegalArgumentException.class);
  }

  // ---- export ---------------------------------------------------------------------------------

  @Test
  void exportPngWritesAReadablePng() throws IOException {
    BarChart<String, Number> chart = fx(() -> charts.bars("scores", "Scores", "Score", SCORES));
    show(chart);
    Path file = dir.resolve("scores.png");
    BackgroundTask<Path> task = fx(() -> charts.exportPng(chart, file));
    assertThat(fx(task::state)).isEqualTo(BackgroundTask.State.SUCCEEDED);
    BufferedImage image = ImageIO.read(file.toFile());
    assertThat(image.getWidth()).isPositive();
    assertThat(dialogs.shown).isEmpty();
  }

  @Test
  void exportPngPaintsTheWindowBackgroundBehindTheChart() throws IOException {
    BarChart<String, Number> chart = fx(() -> charts.bars("scores", "Scores", "Score", SCORES));
    show(chart);
    fx(() -> {
      root.setBackground(new Background(new BackgroundFill(Color.BLACK, null, null)));
      return charts.exportPng(chart, dir.resolve("dark.png"));
    });
    BufferedImage image = ImageIO.read(dir.resolve("dark.png").toFile());
    assertThat(image.getRGB(0, 0)).isEqualTo(0xff000000);
  }

  @Test
  void exportPngLeavesNoTemporaryFile() throws IOException {
    BarChart<String, Number> chart = fx(() -> charts.bars("scores", "Scores", "Score", SCORES));
    fx(() -> charts.exportPng(chart, dir.resolve("scores.png")));
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).extracting(p -> p.getFileName().toString()).containsExactly("scores.png");
    }
  }

  @Test
  void exportToAMissingFolderShowsAnErrorAndWritesNothing() {
    BarChart<String, Number> chart = fx(() -> charts.bars("scores", "Scores", "Score", SCORES));
    Path file = dir.resolve("missing").resolve("scores.png");
    BackgroundTask<Path> task = fx(() -> charts.exportPng(chart, file));
    assertThat(fx(task::state)).isEqualTo(BackgroundTask.State.FAILED);
    assertThat(dialogs.last("error"))
        .hasValueSatisfying(s -> assertThat(s.message()).contains(file.toString()));
    assertThat(file).doesNotExist();
    assertThat(file.getParent()).doesNotExist();
  }

  @Test
  void contextMenuExportsToTheChosenFile() throws IOException {
    BarChart<String, Number> chart = fx(() -> charts.bars("scores", "Scores", "Score", SCORES));
    dialogs.saveAnswers.add(dir.resolve("chosen"));
    MenuItem export = Charts.contextMenuOf(chart).getItems().get(0);
    assertThat(export.getText()).isEqualTo("Export as PNG…");
    fx(() -> {
      export.fire();
      return chart;
    });
    assertThat(ImageIO.read(dir.resolve("chosen.png").toFile()).getWidth()).isPositive();
  }

  @Test
  void renderPngDrawsAChartNeverShownAtTheGivenSize() throws IOException {
    BarChart<Number, String> chart =
        fx(() -> charts.horizontalBars("trust", "Trust index", "Trust", TRUST));
    byte[] png = fx(() -> charts.renderPng(chart, 640, 400));
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
    assertThat(image.getWidth()).isEqualTo(640);
    assertThat(image.getHeight()).isEqualTo(400);
    assertThat(chart.getScene()).isNull();
  }

  @Test
  void renderPngWorksFromABackgroundThread() throws IOException {
    BarChart<String, Number> chart = fx(() -> charts.bars("scores", "Scores", "Score", SCORES));
    byte[] png = charts.renderPng(chart, 300, 200);
    assertThat(ImageIO.read(new ByteArrayInputStream(png)).getWidth()).isEqualTo(300);
  }

  @Test
  void textsFollowTheLanguage() {
    Charts swedish = new Charts(I18n.forLanguage("sv"), dialogs, AppExecutor.sameThread());
    BarChart<Number, String> chart =
        fx(() -> swedish.tornado("tornado", "Känslighet", "Förändring", SWINGS));
    assertThat(Charts.contextMenuOf(chart).getItems().get(0).getText())
        .isEqualTo("Exportera som PNG…");
    assertThat(chart.getData().get(0).getName()).isEqualTo("Lägsta rimliga värde");
  }

  // ---- readable: labels, numbers, empty state, marker ------------------------------------------

  /** Five long model names, as on the robustness chart; the last one recommended. */
  static final List<ChartPoint> MODELS =
      List.of(
          new ChartPoint("Central team", "Chance", 4, "4 %", "Monte Carlo", "", false),
          new ChartPoint("Hub-and-spoke", "Chance", 30, "30 %", "Monte Carlo", "", false),
          new ChartPoint("Employee advocacy", "Chance", 6, "6 %", "Monte Carlo", "", false),
          new ChartPoint("Thought leadership", "Chance", 2, "2 %", "Monte Carlo", "", false),
          new ChartPoint("Social business (recommended)", "Chance", 58, "58 %", "Monte Carlo",
              "", true));

  static Stream<Arguments> categoryCharts() {
    Function<Charts, XYChart<?, ?>> bars = c -> c.bars("scores", "Scores", "Score", List.of());
    Function<Charts, XYChart<?, ?>> horizontal =
        c -> c.horizontalBars("industries", "Trust", "Trust (%)", List.of());
    Function<Charts, XYChart<?, ?>> stacked = c -> c.stacked("split", "Split", "Score", List.of());
    return Stream.of(
        Arguments.of("bars", bars, SCORES),
        Arguments.of("horizontal bars: five long model names", horizontal, MODELS),
        Arguments.of("horizontal bars", horizontal, TRUST),
        Arguments.of("stacked bars", stacked, SCORES));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("categoryCharts")
  void everyCategoryHasAVisibleLabelAfterARedrawFromEmpty(
      String kind, Function<Charts, XYChart<?, ?>> factory, List<ChartPoint> points) {
    XYChart<?, ?> chart = fx(() -> factory.apply(charts));
    fx(() -> {
      chart.setPrefSize(460, 300);
      root.getChildren().setAll(new javafx.scene.Group(chart));
      return chart;
    });
    WaitForAsyncUtils.waitForFxEvents();
    fx(() -> {
      charts.update(chart, points);
      return chart;
    });
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(visibleLabels(chart))
        .containsExactlyInAnyOrderElementsOf(
            points.stream().map(ChartPoint::category).distinct().toList());
  }

  @Test
  void tornadoKeepsItsLabelsAfterAThemeSwitchAndARedraw() {
    BarChart<Number, String> chart =
        fx(() -> charts.tornado("tornado", "Sensitivity", "Change", List.of()));
    show(chart);
    fx(() -> {
      Theme.DARK.apply(root.getScene());
      charts.updateTornado(chart, SWINGS);
      return chart;
    });
    WaitForAsyncUtils.waitForFxEvents();
    fx(() -> {
      Theme.LIGHT.apply(root.getScene());
      charts.updateTornado(chart, SWINGS);
      return chart;
    });
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(visibleLabels(chart))
        .containsExactlyInAnyOrder("Active employees", "Regulation", "Company size");
  }

  @ParameterizedTest(name = "{0}: {1} reads {2}")
  @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', textBlock = """
      en | 2.5     | 2.5
      sv | 2.5     | 2,5
      en | 3000000 | 3,000,000
      sv | 3000000 | 3 000 000
      en | 0.25    | 0.25
      sv | -0.025  | −0,025
      """)
  void valueAxisTicksUseTheLocalesNumbers(String language, double tick, String expected) {
    Charts local = new Charts(I18n.forLanguage(language), dialogs, AppExecutor.sameThread());
    BarChart<String, Number> chart =
        fx(() -> local.bars("scores", "Scores", "Score", SCORES));
    javafx.scene.chart.NumberAxis axis = (javafx.scene.chart.NumberAxis) chart.getYAxis();
    assertThat(axis.getTickLabelFormatter().toString(tick).replace('\u00a0', ' ')
            .replace('-', '−'))
        .isEqualTo(expected.replace('-', '−'));
  }

  @ParameterizedTest(name = "{0}")
  @org.junit.jupiter.params.provider.ValueSource(strings = {"en", "sv"})
  void lineChartTicksUseTheLocalesNumbersOnBothAxes(String language) {
    Charts local = new Charts(I18n.forLanguage(language), dialogs, AppExecutor.sameThread());
    LineChart<Number, Number> chart =
        fx(() -> local.lines("reach", "Reach", "Month", "People", REACH));
    javafx.scene.chart.NumberAxis y = (javafx.scene.chart.NumberAxis) chart.getYAxis();
    javafx.scene.chart.NumberAxis x = (javafx.scene.chart.NumberAxis) chart.getXAxis();
    String grouped = language.equals("sv") ? "1 500,5" : "1,500.5";
    assertThat(y.getTickLabelFormatter().toString(1500.5).replace('\u00a0', ' '))
        .isEqualTo(grouped);
    assertThat(x.getTickLabelFormatter().toString(12)).isEqualTo("12");
    assertThat(x.getTickLabelFormatter().toString(2.5)).isEmpty();
  }

  @Test
  void wholeValuesGetNoFractionalTicks() {
    List<ChartPoint> respondents =
        List.of(
            ChartPoint.of("1", "Answers", 2, "2", "Survey"),
            ChartPoint.of("2", "Answers", 3, "3", "Survey"),
            ChartPoint.of("3", "Answers", 1, "1", "Survey"));
    BarChart<String, Number> chart =
        fx(() -> charts.bars("answers", "Answers", "Respondents", respondents));
    javafx.scene.chart.NumberAxis axis = (javafx.scene.chart.NumberAxis) chart.getYAxis();
    assertThat(axis.getTickLabelFormatter().toString(2.5)).isEmpty();
    assertThat(axis.getTickLabelFormatter().toString(2)).isEqualTo("2");
  }

  @Test
  void fractionalValuesKeepTheirFractionalTicks() {
    BarChart<String, Number> chart = fx(() -> charts.bars("scores", "Scores", "Score", SCORES));
    javafx.scene.chart.NumberAxis axis = (javafx.scene.chart.NumberAxis) chart.getYAxis();
    assertThat(axis.getTickLabelFormatter().toString(0.25)).isEqualTo("0.25");
  }

  @Test
  void chartWithoutDataShowsASentenceInsteadOfEmptyAxes(FxRobot robot) {
    BarChart<String, Number> chart = fx(() -> charts.bars("scores", "Scores", "Score", List.of()));
    show(chart);
    assertThat(robot.lookup("#scores-empty").queryAs(Label.class))
        .satisfies(l -> assertThat(l.getText()).startsWith("Nothing to show yet"))
        .satisfies(l -> assertThat(l.isVisible()).isTrue());
    assertThat(chart.getXAxis().getOpacity()).isZero();
    assertThat(chart.getYAxis().getOpacity()).isZero();
  }

  @Test
  void chartWithDataShowsItsAxesAndNoEmptySentence(FxRobot robot) {
    BarChart<String, Number> chart = fx(() -> charts.bars("scores", "Scores", "Score", List.of()));
    show(chart);
    fx(() -> {
      charts.update(chart, SCORES);
      return chart;
    });
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(robot.lookup("#scores-empty").tryQuery()).isEmpty();
    assertThat(chart.getYAxis().getOpacity()).isEqualTo(1.0);
  }

  @Test
  void emptySentenceIsInTheChartsLanguage(FxRobot robot) {
    Charts swedish = new Charts(I18n.forLanguage("sv"), dialogs, AppExecutor.sameThread());
    BarChart<String, Number> chart = fx(() -> swedish.bars("scores", "Poäng", "Poäng", List.of()));
    show(chart);
    assertThat(robot.lookup("#scores-empty").queryAs(Label.class).getText())
        .startsWith("Inget att visa än");
  }

  @Test
  void highlightedBarIsOutlinedAndKeepsItsSeriesColour() {
    StackedBarChart<String, Number> chart =
        fx(() -> charts.stacked("split", "Split", "Score", List.of(
            new ChartPoint("Central", "Trust", 20, "20", "", "", false),
            new ChartPoint("Hub (recommended)", "Trust", 30, "30", "", "", true))));
    show(chart);
    Region plain = (Region) chart.getData().get(0).getData().get(0).getNode();
    Region marked = (Region) chart.getData().get(0).getData().get(1).getNode();
    assertThat(marked.getStyleClass()).contains(Charts.HIGHLIGHTED);
    assertThat(marked.getBackground().getFills().get(0).getFill())
        .isEqualTo(plain.getBackground().getFills().get(0).getFill());
    assertThat(marked.getBorder()).isNotNull();
    assertThat(marked.getBorder().getStrokes()).isNotEmpty();
    assertThat(plain.getBorder() == null || plain.getBorder().getStrokes().isEmpty()).isTrue();
  }

  private static List<String> visibleLabels(XYChart<?, ?> chart) {
    javafx.scene.chart.Axis<?> axis =
        chart.getXAxis() instanceof CategoryAxis ? chart.getXAxis() : chart.getYAxis();
    return axis.getTickMarks().stream()
        .filter(javafx.scene.chart.Axis.TickMark::isTextVisible)
        .map(t -> String.valueOf(t.getValue()))
        .toList();
  }

  // ---- helpers --------------------------------------------------------------------------------

  private void show(Chart chart) {
    fx(() -> {
      root.getChildren().setAll(chart);
      return chart;
    });
    WaitForAsyncUtils.waitForFxEvents();
  }

  private static List<String> categories(XYChart<?, ?> chart) {
    if (chart.getXAxis() instanceof CategoryAxis x) {
      return x.getCategories();
    }
    return chart.getYAxis() instanceof CategoryAxis y ? y.getCategories() : List.of();
  }

  private static Node node(XYChart<Number, String> chart, String category) {
    return chart.getData().get(0).getData().stream()
        .filter(d -> d.getYValue().equals(category))
        .findFirst()
        .orElseThrow()
        .getNode();
  }

  private static <T> T fx(Callable<T> work) {
    try {
      return WaitForAsyncUtils.asyncFx(work).get();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
