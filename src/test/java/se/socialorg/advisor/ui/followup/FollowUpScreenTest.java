package se.socialorg.advisor.ui.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.chart.Chart;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import se.socialorg.advisor.model.ActualsImport;
import se.socialorg.advisor.model.ActualsMonth;
import se.socialorg.advisor.model.ActualsSource;
import se.socialorg.advisor.model.FollowUp;
import se.socialorg.advisor.store.followup.FollowUpFiles;
import se.socialorg.advisor.store.scenario.Samples;
import se.socialorg.advisor.store.scenario.ScenarioFiles;
import se.socialorg.advisor.ui.WindowTestBase;
import se.socialorg.advisor.ui.charts.Charts;

/** The follow-up screen of a decided scenario with results imported, a gap and a review due. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class FollowUpScreenTest extends WindowTestBase {

  private Path scenario;

  @Start
  void start(Stage primary) throws Exception {
    ScenarioFiles files = new ScenarioFiles();
    Samples samples = new Samples(files);
    scenario = dir.resolve("bank" + ScenarioFiles.EXTENSION);
    files.write(samples.open(samples.list().stream().filter(s -> s.id().equals("regional-bank")).findFirst().orElseThrow()), scenario);
    List<ActualsMonth> months = List.of(
        new ActualsMonth(YearMonth.of(2026, 9), 30, 27_000, 9_000, 180, 60, 600, Double.NaN, Double.NaN, Double.NaN),
        new ActualsMonth(YearMonth.of(2026, 11), 30, 30_000, 9_000, 200, 60, 640, Double.NaN, Double.NaN, Double.NaN));
    FollowUp f = FollowUp.empty()
        .withRecord(LocalDate.of(2026, 9, 1), "Karin Lund", List.of(LocalDate.of(2026, 11, 15)))
        .withImport(new ActualsImport(ActualsSource.LINKEDIN_PAGE, "metrics.xlsx", Instant.parse("2026-12-02T08:00:00Z"),
            LocalDate.of(2026, 9, 1), LocalDate.of(2026, 11, 30), months, false), false);
    new FollowUpFiles().writeBeside(f, scenario, Instant.parse("2026-12-02T08:00:00Z"));
    startWindow();
  }

  private void openAndShow(FxRobot robot) {
    Platform.runLater(() -> window.fileActions().open(scenario));
    WaitForAsyncUtils.waitForFxEvents();
    robot.clickOn("#followUpNav");
    WaitForAsyncUtils.waitForFxEvents();
  }

  @Test
  void actualBesideProjectedWithTheGapShownAsAGap(FxRobot robot) {
    openAndShow(robot);
    @SuppressWarnings("unchecked")
    TableView<se.socialorg.advisor.engine.MonthComparison> table =
        robot.lookup("#followUpTable").queryAs(TableView.class);
    assertThat(table.getItems()).hasSize(3);
    assertThat(table.getItems().get(1).gap()).isTrue();
    assertThat(robot.lookup("#followUpGaps").queryAs(Label.class).getText()).contains("2026-10");
    assertThat(robot.lookup("#kpiStatus_IMPRESSIONS").queryAs(Label.class).getText()).startsWith("Impressions: ");
    assertThat(Charts.dataCount(robot.lookup("#followUpChart").queryAs(Chart.class))).isEqualTo(4);
  }

  @Test
  void theGapMonthStaysOnTheChartWithNoBarAndTheTableSaysNoData(FxRobot robot) {
    openAndShow(robot);
    @SuppressWarnings("unchecked")
    javafx.scene.chart.XYChart<String, Number> chart =
        robot.lookup("#followUpChart").queryAs(javafx.scene.chart.XYChart.class);
    javafx.scene.chart.CategoryAxis axis = (javafx.scene.chart.CategoryAxis) chart.getXAxis();
    assertThat(axis.getCategories()).containsExactly("2026-09", "2026-10\n(no data)", "2026-11");
    assertThat(chart.getData()).allSatisfy(s -> assertThat(s.getData())
        .noneMatch(d -> d.getXValue().startsWith("2026-10")));
    assertThat(robot.lookup("#followUpChartGapNote").queryAs(Label.class).getText())
        .contains("gap, not a zero");
    @SuppressWarnings("unchecked")
    TableView<se.socialorg.advisor.engine.MonthComparison> table =
        robot.lookup("#followUpTable").queryAs(TableView.class);
    @SuppressWarnings("unchecked")
    javafx.scene.control.TableColumn<se.socialorg.advisor.engine.MonthComparison, String> actual =
        (javafx.scene.control.TableColumn<se.socialorg.advisor.engine.MonthComparison, String>)
            table.getColumns().get(1).getColumns().get(0);
    assertThat(actual.getCellData(1)).isEqualTo("no data");
  }

  @Test
  void theProjectionWithTheObservedValuesIsOffered(FxRobot robot) {
    openAndShow(robot);
    assertThat(robot.lookup("#whatIf").queryAs(Label.class).getText()).startsWith("With your actual organic visibility");
    assertThat(robot.lookup("#adoptObserved").tryQuery()).isPresent();
  }

  @Test
  void aPlatformReportIsMappedInThePreviewBeforeItIsImported(FxRobot robot) throws Exception {
    openAndShow(robot);
    Path csv = Files.writeString(dir.resolve("platform.csv"),
        "Date,Advocate,Shares,Clicks,Seen by\n2026-12-05,Anna,2,4,900\n");
    dialogs.openAnswers.add(csv);
    robot.interact(() -> robot.lookup("#importActuals").queryButton().fire());
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(robot.lookup("#confirmImport").queryButton().isDisabled()).isTrue();
    @SuppressWarnings("unchecked")
    javafx.scene.control.ComboBox<String> impressions =
        robot.lookup("#map_IMPRESSIONS").queryAs(javafx.scene.control.ComboBox.class);
    robot.interact(() -> impressions.getSelectionModel().select("Seen by"));
    WaitForAsyncUtils.waitForFxEvents();
    robot.interact(() -> robot.lookup("#confirmImport").queryButton().fire());
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(window.followUpViewModel().followUp().imports()).hasSize(2);
  }

  @Test
  void aPassedReviewDateIsAnnounced(FxRobot robot) {
    openAndShow(robot);
    assertThat(robot.lookup("#followUpReviewDue").queryAs(Label.class).getText()).contains("2026-11-15");
  }
}
