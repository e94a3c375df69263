package se.socialorg.advisor.ui.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.Callable;
import javafx.scene.Scene;
import javafx.scene.chart.BarChart;
import javafx.scene.control.Button;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import se.socialorg.advisor.i18n.I18n;
import se.socialorg.advisor.present.ChartPoint;
import se.socialorg.advisor.ui.AppExecutor;
import se.socialorg.advisor.ui.RecordingDialogs;
import se.socialorg.advisor.ui.Theme;

/** A chart read without seeing it: its data as accessible text and as a table, by keyboard. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class ChartAccessibilityTest {

  static final List<ChartPoint> CHANCE = List.of(
      ChartPoint.of("Centralised team", "Chance", 4, "4 %", "Monte Carlo"),
      ChartPoint.of("Hub-and-spoke", "Chance", 90, "90 %", "Monte Carlo"),
      ChartPoint.of("Employee advocacy", "Chance", 6, "6 %", "Monte Carlo"));

  private final RecordingDialogs dialogs = new RecordingDialogs();
  private final Charts charts = new Charts(I18n.forLanguage("en"), dialogs, AppExecutor.sameThread());
  private BarChart<Number, String> chart;
  private Button before;

  @Start
  void start(Stage primary) {
    Stage stage = new Stage();
    before = new Button("Before");
    chart = charts.horizontalBars("chance", "Chance of ranking first", "%", List.of());
    Scene scene = new Scene(new VBox(before, chart), 700, 500);
    Theme.LIGHT.apply(scene);
    stage.setScene(scene);
    stage.show();
    stage.requestFocus();
  }

  @AfterEach
  void tearDown() throws Exception {
    FxToolkit.cleanupStages();
  }

  private void draw() {
    fx(() -> {
      charts.update(chart, CHANCE);
      return chart;
    });
  }

  @Test
  void accessibleTextHoldsEveryValueWithWhatItIsAbout() {
    draw();
    assertThat(chart.getAccessibleText()).startsWith("Chance of ranking first")
        .contains("Centralised team, Chance: 4 %", "Hub-and-spoke, Chance: 90 %",
            "Employee advocacy, Chance: 6 %");
  }

  @Test
  void tableHoldsTheChartsDataRowByRow() {
    draw();
    TableView<List<String>> table = fx(() -> ChartTableView.table("t", Charts.table(chart)));
    assertThat(table.getItems()).extracting(r -> r.get(0) + " " + r.get(2))
        .containsExactly("Centralised team 4 %", "Hub-and-spoke 90 %", "Employee advocacy 6 %");
    assertThat(table.getColumns()).hasSize(4);
  }

  @Test
  void tabReachesTheChartAndEnterShowsItsTable(FxRobot robot) {
    draw();
    dialogs.customAnswers.add(javafx.scene.control.ButtonType.CLOSE);
    fx(() -> {
      before.requestFocus();
      return null;
    });
    robot.press(KeyCode.TAB).release(KeyCode.TAB);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(chart.isFocused()).isTrue();
    robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(dialogs.shown).anySatisfy(s -> assertThat(s.toString())
        .contains("Data of the chart: Chance of ranking first"));
  }

  @Test
  void contextMenuOffersTheTable() {
    assertThat(Charts.contextMenuOf(chart).getItems())
        .anySatisfy(i -> assertThat(i.getId()).isEqualTo("chance-showTable"));
  }

  private static <T> T fx(Callable<T> work) {
    try {
      return WaitForAsyncUtils.asyncFx(work).get();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
