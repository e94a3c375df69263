package se.socialorg.advisor.ui.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
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
import se.socialorg.advisor.store.scenario.Sample;
import se.socialorg.advisor.store.scenario.Samples;
import se.socialorg.advisor.store.scenario.ScenarioFiles;
import se.socialorg.advisor.ui.WindowTestBase;
import se.socialorg.advisor.ui.charts.Charts;

/** Two to four scenarios side by side, differences highlighted, one chart. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class CompareTest extends WindowTestBase {

  @Start
  void start(Stage primary) throws Exception {
    ScenarioFiles files = new ScenarioFiles();
    Samples samples = new Samples(files);
    for (Sample s : samples.list()) {
      files.write(samples.open(s), dir.resolve(s.id() + ScenarioFiles.EXTENSION));
    }
    startWindow();
  }

  @SuppressWarnings("unchecked")
  private TableView<CompareController.Row> table(FxRobot robot) {
    return robot.lookup("#compareTable").queryAs(TableView.class);
  }

  @Test
  void threeSamplesSideBySide(FxRobot robot) {
    robot.clickOn("#compareNav");
    for (String id : new String[] {"regional-bank", "multinational", "swedish-b2b-tech"}) {
      dialogs.openAnswers.add(dir.resolve(id + ScenarioFiles.EXTENSION));
      robot.clickOn("#addCompareButton");
      WaitForAsyncUtils.waitForFxEvents();
    }
    TableView<CompareController.Row> table = table(robot);
    assertThat(table.getColumns()).hasSize(4);
    CompareController.Row employees = table.getItems().stream()
        .filter(r -> r.label().equals("Employees")).findFirst().orElseThrow();
    assertThat(employees.differs()).isTrue();
    assertThat(employees.values()).containsExactly("1,400", "24,000", "800");
    assertThat(robot.lookup("#compareRecommendation0").queryAs(Label.class).getText())
        .startsWith("regional-bank.soa.json: ");
    assertThat(Charts.dataCount(robot.lookup("#compareChart").queryAs(Chart.class))).isGreaterThan(6);
    assertThat(robot.lookup(".diff-row").queryAll()).isNotEmpty();
  }

  @Test
  void theExportButtonsWakeWithTheSecondScenarioAndWriteBothFiles(FxRobot robot) throws Exception {
    robot.clickOn("#compareNav");
    javafx.scene.control.Button pdf = robot.lookup("#compareExportPdfButton").queryButton();
    javafx.scene.control.Button csv = robot.lookup("#compareExportCsvButton").queryButton();
    for (String id : new String[] {"regional-bank", "multinational"}) {
      assertThat(pdf.isDisabled()).isTrue();
      assertThat(csv.isDisabled()).isTrue();
      dialogs.openAnswers.add(dir.resolve(id + ScenarioFiles.EXTENSION));
      robot.clickOn("#addCompareButton");
      WaitForAsyncUtils.waitForFxEvents();
    }
    dialogs.saveAnswers.add(dir.resolve("both.pdf"));
    robot.clickOn("#compareExportPdfButton");
    dialogs.saveAnswers.add(dir.resolve("both.csv"));
    robot.clickOn("#compareExportCsvButton");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(Files.readAllBytes(dir.resolve("both.pdf"))).startsWith("%PDF".getBytes());
    assertThat(Files.readString(dir.resolve("both.csv"))).contains("Kustbanken Sparbank");
    assertThat(robot.lookup("#compareStatus").queryLabeled().getText()).contains("both.csv");
  }

  @Test
  void theSameScenarioTwiceHasNoDifferences(FxRobot robot) {
    robot.clickOn("#compareNav");
    robot.clickOn("#addCurrentButton");
    robot.clickOn("#addCurrentButton");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(table(robot).getItems()).isNotEmpty().noneMatch(CompareController.Row::differs);
  }

  @Test
  void aBadFileIsReportedAndNotAdded(FxRobot robot) throws Exception {
    Path bad = dir.resolve("broken.soa.json");
    Files.writeString(bad, "not json at all");
    robot.clickOn("#compareNav");
    dialogs.openAnswers.add(bad);
    robot.clickOn("#addCompareButton");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(dialogs.last("error")).hasValueSatisfying(e -> assertThat(e.title()).contains("broken"));
    assertThat(table(robot).getColumns()).hasSize(1);
  }

  /** Switching language rebuilds the compare view, never its scenarios. */
  @Test
  void theComparedScenariosSurviveALanguageSwitch(FxRobot robot) {
    robot.clickOn("#compareNav");
    for (String id : new String[] {"regional-bank", "multinational"}) {
      dialogs.openAnswers.add(dir.resolve(id + ScenarioFiles.EXTENSION));
      robot.clickOn("#addCompareButton");
      WaitForAsyncUtils.waitForFxEvents();
    }
    robot.interact(() -> window.setLanguage("sv"));
    robot.interact(() -> window.show(se.socialorg.advisor.ui.Screen.COMPARE));
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(table(robot).getColumns()).hasSize(3);
    assertThat(table(robot).getColumns().get(0).getText()).isNotEqualTo("Input");
  }
}
