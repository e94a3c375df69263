package se.socialorg.advisor.ui.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import se.socialorg.advisor.store.survey.SurveyInfo;

/** The survey import window: preview, mapping, import, errors, skip, close. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class ImportSurveyDialogTest extends LibraryTestBase {

  private static final String SWEDISH_HEADER =
      "Avdelning;Roll;Teknisk expert;Aktiv i sociala medier;Villighet att dela;"
          + "Nätverksstorlek;Inlägg per månad\r\n";

  @Start
  void start(Stage primary) {
    startWindow();
  }

  private Path write(String name, String content, Charset charset) throws Exception {
    Path file = dir.resolve(name);
    Files.write(file, content.getBytes(charset));
    return file;
  }

  private void openImport(FxRobot robot, Path file) {
    openLibrary(robot);
    dialogs.openAnswers.add(file);
    robot.clickOn("#importSurveyButton");
    WaitForAsyncUtils.waitForFxEvents();
  }

  @Test
  void swedishSemicolonWindows1252FileIsPreviewedMappedAndImported(FxRobot robot)
      throws Exception {
    Path file = write("personal.csv", SWEDISH_HEADER
        + "Försäljning;Säljare;nej;ja;4;350,5;3\r\n"
        + "Forskning & utveckling;Ingenjör;ja;nej;5;1200;0\r\n"
        + "Försäljning;Säljchef;nej;ja;2;800;6\r\n", Charset.forName("windows-1252"));
    openImport(robot, file);
    assertThat(text(robot, "#importFormat")).contains("Semicolon").contains("windows-1252");
    TableView<?> preview = robot.lookup("#previewTable").queryAs(TableView.class);
    assertThat(preview.getItems()).hasSize(3);
    assertThat(preview.getColumns().get(5).getText()).isEqualTo("Nätverksstorlek");
    assertThat(preview.getColumns().get(0).getCellData(0)).isEqualTo("Försäljning");
    @SuppressWarnings("unchecked")
    ComboBox<String> network = robot.lookup("#mapping_NETWORK_SIZE").queryAs(ComboBox.class);
    assertThat(network.getValue()).isEqualTo("Nätverksstorlek");
    // the user leaves the role out
    choose(robot, "#mapping_ROLE", "Not imported");
    robot.doubleClickOn("#surveyName").eraseText(20).write("Personalenkät 2026");
    robot.clickOn("#startImportButton");
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(services.library().surveys().list()).singleElement()
        .satisfies(s -> {
          assertThat(s.name()).isEqualTo("Personalenkät 2026");
          assertThat(s.respondents()).isEqualTo(3);
        });
    assertThat(text(robot, "#summaryRespondents")).isEqualTo("3");
    assertThat(text(robot, "#summaryWilling")).isEqualTo("67%");
    assertThat(robot.lookup("#previewTable").tryQuery()).isEmpty();
    assertThat(robot.lookup("#libraryChart").tryQuery()).isPresent();
    TableView<?> departments = robot.lookup("#departmentTable").queryAs(TableView.class);
    // two departments of fewer than five respondents: shown together as "other", for anonymity
    assertThat(departments.getItems()).singleElement()
        .extracting(g -> ((se.socialorg.advisor.model.SurveySummary.Group) g).respondents())
        .isEqualTo(3);
  }

  @Test
  void badFileShowsLineNumberedErrorsAndStoresNothingUntilBadRowsAreSkipped(FxRobot robot)
      throws Exception {
    Path file = write("bad.csv", "Department,Active,Willingness,Network size\n"
        + "Sales,yes,4,300\n"
        + "Sales,lots,11,300\n"
        + "IT,no,3,120\n", StandardCharsets.UTF_8);
    openImport(robot, file);
    robot.clickOn("#startImportButton");
    WaitForAsyncUtils.waitForFxEvents();
    @SuppressWarnings("unchecked")
    ListView<String> errors = robot.lookup("#importErrors").queryAs(ListView.class);
    assertThat(errors.getItems())
        .anySatisfy(e -> assertThat(e).startsWith("row 3, column ’Active’: "))
        .anySatisfy(e -> assertThat(e).startsWith("row 3, column ’Willingness’: "));
    assertThat(services.library().surveys().list()).isEmpty();
    Button skip = robot.lookup("#skipBadRowsButton").queryButton();
    assertThat(skip.isVisible()).isTrue();
    robot.clickOn(skip);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(services.library().surveys().list()).singleElement()
        .extracting(SurveyInfo::respondents).isEqualTo(2);
  }

  @Test
  void binaryFileCannotBeImported(FxRobot robot) throws Exception {
    Path file = dir.resolve("photo.csv");
    Files.write(file, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 1, 2, 3, 0});
    openImport(robot, file);
    @SuppressWarnings("unchecked")
    ListView<String> errors = robot.lookup("#importErrors").queryAs(ListView.class);
    assertThat(errors.getItems()).singleElement().asString().startsWith("row 1: ");
    assertThat(robot.lookup("#startImportButton").queryButton().isDisabled()).isTrue();
  }

  // cancelling a running import: ImportSurveyViewModelTest#cancelWhileTheImportRunsStoresNothing

  @Test
  void closeWithNothingRunningClosesTheWindowAndStoresNothing(FxRobot robot) throws Exception {
    Path file = write("s.csv", "Department,Active,Willingness,Network size\n"
        + "Sales,yes,4,300\n", StandardCharsets.UTF_8);
    openImport(robot, file);
    assertThat(robot.lookup("#startImportButton").queryButton().isDisabled()).isFalse();
    robot.clickOn("#cancelImportButton");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(robot.lookup("#previewTable").tryQuery()).isEmpty();
    assertThat(services.library().surveys().list()).isEmpty();
  }
}
