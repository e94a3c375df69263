package se.socialorg.advisor.ui.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.chart.Chart;
import javafx.scene.chart.XYChart;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.shape.Path;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import se.socialorg.advisor.engine.ProjectionCase;
import se.socialorg.advisor.i18n.I18n;
import se.socialorg.advisor.model.Alternative;
import se.socialorg.advisor.model.Goal;
import se.socialorg.advisor.present.ChartColours;
import se.socialorg.advisor.present.ChartPoint;
import se.socialorg.advisor.present.LinePoint;
import se.socialorg.advisor.ui.AppExecutor;
import se.socialorg.advisor.ui.RecordingDialogs;
import se.socialorg.advisor.ui.Theme;

/**
 * One colour per model and per goal in every chart kind: a model's bar (robustness), its bars in
 * a group of series (Compare), its lines (projection) and a goal's part of a stacked bar (scores)
 * or its own bar (weights) carry the model's or goal's style class and are painted its colour,
 * in the light and the dark theme; an outline is explained in the legend.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class ChartColourTest {

  private final Charts charts =
      new Charts(I18n.forLanguage("en"), new RecordingDialogs(), AppExecutor.sameThread());
  private StackPane root;

  @Start
  void start(Stage primary) {
    Stage stage = new Stage();
    root = new StackPane();
    Scene scene = new Scene(root, 900, 600);
    Theme.LIGHT.apply(scene);
    stage.setScene(scene);
    stage.show();
  }

  @AfterEach
  void tearDown() throws Exception {
    FxToolkit.cleanupStages();
  }

  private static String name(Alternative a) {
    return a.name().toLowerCase();
  }

  private static Map<String, String> modelClasses() {
    Map<String, String> out = new LinkedHashMap<>();
    for (Alternative a : Alternative.values()) {
      out.put(name(a), ChartColours.modelClass(a));
    }
    return out;
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Theme.class)
  void aModelsBarHasTheModelsColourWhereverItIsDrawn(Theme theme) {
    fx(() -> {
      theme.apply(root.getScene());
      return root;
    });
    // Robustness: one series, a bar per model.
    XYChart<?, ?> chance = fx(() -> charts.horizontalBars("chance", "Chance", "%", List.of()));
    fx(() -> {
      charts.colourCategories(chance, modelClasses());
      charts.update(chance, Stream.of(Alternative.values())
          .map(a -> ChartPoint.of(name(a), "Chance", 20, "20 %", "")).toList());
      return chance;
    });
    // Compare: a series per model, a group of bars per scenario.
    XYChart<?, ?> compare = fx(() -> charts.bars("compare", "Compare", "Score", List.of()));
    fx(() -> {
      charts.colourSeries(compare, modelClasses());
      charts.update(compare, Stream.of("Bank", "Tech").flatMap(s -> Stream.of(Alternative.values())
          .map(a -> ChartPoint.of(s, name(a), 0.5, "0.5", ""))).toList());
      return compare;
    });
    show(chance, compare);
    for (Alternative a : Alternative.values()) {
      Color colour = Color.web(ChartColours.modelColour(a));
      List<Node> bars = barsOf(chance, a).stream().toList();
      assertThat(bars).hasSize(1);
      List<Node> grouped = compare.getData().stream()
          .filter(s -> s.getName().equals(name(a)))
          .flatMap(s -> s.getData().stream()).map(XYChart.Data::getNode).toList();
      assertThat(grouped).hasSize(2);
      for (Node bar : concat(bars, grouped)) {
        assertThat(bar.getStyleClass()).contains(ChartColours.modelClass(a));
        assertThat(fill(bar)).as("%s in %s", a, theme).isEqualTo(colour);
      }
      Node swatch = Charts.legendBox(compare, name(a)).getGraphic();
      assertThat(fill(swatch)).isEqualTo(colour);
    }
  }

  @Test
  void aModelsProjectionLinesHaveItsColourAndTheVendorCaseIsDashed() {
    Map<String, Alternative> owner = new LinkedHashMap<>();
    var chart = fx(() -> charts.lines("projection", "Projection", "Month", "SEK", List.of()));
    Map<String, String> classes = new LinkedHashMap<>();
    List<LinePoint> points = new java.util.ArrayList<>();
    for (Alternative a : List.of(Alternative.HUB_AND_SPOKE, Alternative.CENTRALISED)) {
      for (ProjectionCase c : ProjectionCase.values()) {
        String series = name(a) + " " + c;
        classes.put(series, ChartColours.projectionClasses(a, c));
        points.add(new LinePoint(series, 0, 1, "1", ""));
        points.add(new LinePoint(series, 1, 2, "2", ""));
        owner.put(series, a);
      }
    }
    fx(() -> {
      charts.colourSeries(chart, classes);
      charts.updateLines(chart, points);
      return chart;
    });
    show(chart);
    for (XYChart.Series<Number, Number> s : chart.getData()) {
      Alternative a = owner.get(s.getName());
      Path line = (Path) s.getNode();
      assertThat(line.getStroke()).as(s.getName()).isEqualTo(Color.web(ChartColours.modelColour(a)));
      assertThat(line.getStrokeDashArray().isEmpty()).isEqualTo(!s.getName().endsWith("VENDOR"));
      for (XYChart.Data<Number, Number> d : s.getData()) {
        assertThat(fill(d.getNode())).isEqualTo(Color.web(ChartColours.modelColour(a)));
      }
    }
  }

  @Test
  void aGoalHasItsColourAsAPartOfAStackedBarAndAsItsOwnBar() {
    Map<String, String> goals = new LinkedHashMap<>();
    for (Goal g : Goal.values()) {
      goals.put(g.name(), ChartColours.goalClass(g));
    }
    XYChart<?, ?> split = fx(() -> charts.stacked("split", "Split", "Score", List.of()));
    XYChart<?, ?> weights = fx(() -> charts.horizontalBars("weights", "Weights", "%", List.of()));
    fx(() -> {
      charts.colourSeries(split, goals);
      charts.update(split, Stream.of("Central", "Hub").flatMap(m -> Stream.of(Goal.values())
          .map(g -> ChartPoint.of(m, g.name(), 5, "5", ""))).toList());
      charts.colourCategories(weights, goals);
      charts.update(weights, Stream.of(Goal.values())
          .map(g -> ChartPoint.of(g.name(), "Weight", 10, "10 %", "")).toList());
      return split;
    });
    show(split, weights);
    for (Goal g : Goal.values()) {
      Color colour = Color.web(ChartColours.goalColour(g));
      split.getData().stream().filter(s -> s.getName().equals(g.name()))
          .flatMap(s -> s.getData().stream())
          .forEach(d -> assertThat(fill(d.getNode())).as(g.name()).isEqualTo(colour));
      weights.getData().get(0).getData().stream()
          .filter(d -> ((ChartPoint) d.getExtraValue()).category().equals(g.name()))
          .forEach(d -> {
            assertThat(d.getNode().getStyleClass()).contains(ChartColours.goalClass(g));
            assertThat(fill(d.getNode())).isEqualTo(colour);
          });
    }
  }

  @Test
  void theLegendSaysWhatTheOutlineMeansWhileAnOutlinedBarIsDrawn() {
    XYChart<?, ?> chance = fx(() -> charts.horizontalBars("chance", "Chance", "%", List.of()));
    fx(() -> {
      charts.explainHighlight(chance, "Outlined: recommended for you");
      charts.update(chance, List.of(ChartPoint.of("Central", "Chance", 30, "30 %", ""),
          new ChartPoint("Hub (recommended)", "Chance", 70, "70 %", "", "", true)));
      return chance;
    });
    show(chance);
    SeriesLegend legend = ChartData.legendOf((Chart) chance);
    assertThat(chance.isLegendVisible()).isTrue();
    assertThat(legend.getChildren()).anySatisfy(n -> assertThat(n.getId()).isEqualTo("chance-legend-highlight"));
    fx(() -> {
      charts.update(chance, List.of(ChartPoint.of("Central", "Chance", 30, "30 %", "")));
      return chance;
    });
    assertThat(legend.showsHighlightNote()).isFalse();
    assertThat(chance.isLegendVisible()).isFalse();
  }

  // ---- helpers --------------------------------------------------------------------------------

  private static List<Node> barsOf(XYChart<?, ?> chart, Alternative a) {
    return chart.getData().stream().flatMap(s -> s.getData().stream())
        .filter(d -> ((ChartPoint) d.getExtraValue()).category().equals(name(a)))
        .map(XYChart.Data::getNode).map(Node.class::cast).toList();
  }

  private static List<Node> concat(List<Node> a, List<Node> b) {
    return Stream.concat(a.stream(), b.stream()).toList();
  }

  /** The colour a bar, symbol or swatch is painted with: its first background fill. */
  private static Paint fill(Node node) {
    return ((Region) node).getBackground().getFills().get(0).getFill();
  }

  private void show(Chart... shown) {
    fx(() -> {
      root.getChildren().setAll(new javafx.scene.layout.VBox(shown));
      return root;
    });
    WaitForAsyncUtils.waitForFxEvents();
  }

  private static <T> T fx(Callable<T> work) {
    try {
      return WaitForAsyncUtils.asyncFx(work).get();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
