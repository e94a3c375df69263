package se.socialorg.advisor.ui.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Stream;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.chart.Axis;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import se.socialorg.advisor.i18n.I18n;
import se.socialorg.advisor.present.ChartPoint;
import se.socialorg.advisor.present.TornadoRow;
import se.socialorg.advisor.ui.AppExecutor;
import se.socialorg.advisor.ui.RecordingDialogs;
import se.socialorg.advisor.ui.Theme;

/**
 * Category labels are never lost: for every chart kind, each category's label is drawn, visible
 * and inside the chart, once data arrives in a chart first drawn empty, and again after a theme
 * switch and a redraw (the tornado after crash recovery, the wizard after View › Theme).
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class ChartLabelsTest {

  /** The five models with their longest names, the recommended one marked on its label. */
  static final List<String> MODELS = List.of("Centralised team", "Hub-and-spoke",
      "Employee advocacy", "Multiple hub-and-spoke", "Holistic (recommended)");

  /** The seven goals, as on the group chart (long Swedish names). */
  static final List<String> GOALS = List.of("Förtroende och trovärdighet", "Tankeledarskap",
      "Leadsgenerering", "Kundservice", "Krisberedskap", "Arbetsgivarvarumärke",
      "Mätbar avkastning på investeringen");

  private final Charts charts =
      new Charts(I18n.forLanguage("en"), new RecordingDialogs(), AppExecutor.sameThread());
  private StackPane root;

  @Start
  void start(Stage primary) {
    Stage stage = new Stage();
    root = new StackPane();
    Scene scene = new Scene(root, 1024, 700);
    Theme.LIGHT.apply(scene);
    stage.setScene(scene);
    stage.show();
    stage.requestFocus();
  }

  @AfterEach
  void tearDown() throws Exception {
    FxToolkit.cleanupStages();
  }

  static List<ChartPoint> points(List<String> categories, String... series) {
    return Stream.of(series).flatMap(s -> categories.stream()
        .map(c -> ChartPoint.of(c, s, 10 + c.length(), "", ""))).toList();
  }

  static Stream<Arguments> kinds() {
    Function<Charts, XYChart<?, ?>> bars = c -> c.bars("bars", "Bars", "Score", List.of());
    Function<Charts, XYChart<?, ?>> horizontal =
        c -> c.horizontalBars("rows", "Rows", "Score", List.of());
    Function<Charts, XYChart<?, ?>> stacked = c -> c.stacked("split", "Split", "Score", List.of());
    return Stream.of(
        Arguments.of("bars: five models", bars, points(MODELS, "Chance")),
        Arguments.of("bars: seven goals by two members", bars, points(GOALS, "Anna", "Per")),
        Arguments.of("horizontal bars: five models", horizontal, points(MODELS, "Chance")),
        Arguments.of("horizontal bars: seven goals", horizontal, points(GOALS, "Weight")),
        Arguments.of("stacked: five models by two goals", stacked, points(MODELS, "Trust", "ROI")),
        Arguments.of("stacked: seven goals", stacked, points(GOALS, "Trust")));
  }

  @ParameterizedTest(name = "{0} at {3} px")
  @MethodSource("sizes")
  void everyCategoryLabelIsVisibleWhenDataArrivesInAnEmptyChart(
      String kind, Function<Charts, XYChart<?, ?>> factory, List<ChartPoint> points, int width) {
    XYChart<?, ?> chart = fx(() -> factory.apply(charts));
    place(chart, width);
    fx(() -> {
      charts.update(chart, points);
      return chart;
    });
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(visibleLabels(chart)).containsExactlyInAnyOrderElementsOf(categories(points));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  void everyCategoryLabelIsVisibleAfterAThemeSwitchAndARedraw(
      String kind, Function<Charts, XYChart<?, ?>> factory, List<ChartPoint> points) {
    XYChart<?, ?> chart = fx(() -> factory.apply(charts));
    place(chart, 460);
    fx(() -> {
      charts.update(chart, points);
      return chart;
    });
    WaitForAsyncUtils.waitForFxEvents();
    fx(() -> {
      Theme.DARK.apply(root.getScene());
      charts.update(chart, List.of());
      return chart;
    });
    WaitForAsyncUtils.waitForFxEvents();
    fx(() -> {
      charts.update(chart, points);
      return chart;
    });
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(visibleLabels(chart)).containsExactlyInAnyOrderElementsOf(categories(points));
  }

  static Stream<Arguments> sizes() {
    return kinds().flatMap(a -> Stream.of(320, 460, 900).map(w -> Arguments.of(
        a.get()[0], a.get()[1], a.get()[2], w)));
  }

  @ParameterizedTest(name = "tornado at {0} px")
  @org.junit.jupiter.params.provider.ValueSource(ints = {320, 460, 900})
  void tornadoKeepsEveryLabelAfterRecoveryAndAThemeSwitch(int width) {
    List<TornadoRow> rows = GOALS.stream()
        .map(g -> new TornadoRow("Weight of " + g, -g.length(), g.length(), "", "", "")).toList();
    var chart = fx(() -> charts.tornado("tornado", "Sensitivity", "Change", List.of()));
    place(chart, width);
    for (Theme theme : List.of(Theme.DARK, Theme.LIGHT)) {
      fx(() -> {
        charts.updateTornado(chart, List.of());
        theme.apply(root.getScene());
        charts.updateTornado(chart, rows);
        return chart;
      });
      WaitForAsyncUtils.waitForFxEvents();
      assertThat(visibleLabels(chart))
          .containsExactlyInAnyOrderElementsOf(rows.stream().map(TornadoRow::label).toList());
    }
  }

  private void place(XYChart<?, ?> chart, int width) {
    fx(() -> {
      chart.setPrefSize(width, 300);
      chart.setMaxSize(width, 300);
      root.getChildren().setAll(chart);
      return chart;
    });
    WaitForAsyncUtils.waitForFxEvents();
  }

  private static List<String> categories(List<ChartPoint> points) {
    return points.stream().map(ChartPoint::category).distinct().toList();
  }

  /**
   * The category labels a reader sees: text nodes of the category axis that are visible, not
   * empty and inside the chart's bounds.
   */
  static List<String> visibleLabels(XYChart<?, ?> chart) {
    Axis<?> axis = chart.getXAxis() instanceof CategoryAxis ? chart.getXAxis() : chart.getYAxis();
    Bounds inChart = chart.localToScene(chart.getLayoutBounds());
    return axis.getChildrenUnmodifiable().stream()
        .filter(n -> n instanceof Text)
        .map(n -> (Text) n)
        .filter(Node::isVisible)
        .filter(t -> !t.getText().isBlank())
        .filter(t -> contains(inChart, t.localToScene(t.getLayoutBounds())))
        .map(t -> t.getText().replace('\n', ' '))
        .toList();
  }

  private static boolean contains(Bounds outer, Bounds inner) {
    double slack = 1;
    return inner.getMinX() >= outer.getMinX() - slack && inner.getMaxX() <= outer.getMaxX() + slack
        && inner.getMinY() >= outer.getMinY() - slack && inner.getMaxY() <= outer.getMaxY() + slack;
  }

  private static <T> T fx(Callable<T> work) {
    try {
      return WaitForAsyncUtils.asyncFx(work).get();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
