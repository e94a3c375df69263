package se.socialorg.advisor.ui.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import se.socialorg.advisor.model.Scenario;
import se.socialorg.advisor.store.scenario.AutosaveStore;
import se.socialorg.advisor.store.scenario.ScenarioFiles;
import se.socialorg.advisor.ui.AppPreferences;
import se.socialorg.advisor.ui.Dialogs;
import se.socialorg.advisor.ui.WindowTestBase;

/** New, open, save, recent files, the unsaved-changes prompt and crash recovery, as a user. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class ScenarioFilesUiTest extends WindowTestBase {

  @Start
  void start(Stage primary) {
    startWindow();
  }

  private void edit(FxRobot robot, String name) {
    robot.interact(() -> window.session().edit(s -> s.withNames(name, "Acme")));
  }

  @Test
  void saveAsWritesTheFileAndRemembersIt(FxRobot robot) throws Exception {
    edit(robot, "Acme 2027");
    assertThat(stage.getTitle()).contains("*");
    Path target = dir.resolve("acme");
    dialogs.saveAnswers.add(target);
    robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.S).release(KeyCode.S, KeyCode.SHIFT, KeyCode.CONTROL);
    WaitForAsyncUtils.waitForFxEvents();
    Path saved = dir.resolve("acme" + ScenarioFiles.EXTENSION);
    assertThat(saved).exists();
    assertThat(new ScenarioFiles().read(saved).name()).isEqualTo("Acme 2027");
    assertThat(stage.getTitle()).startsWith("Acme – Acme 2027").doesNotContain("*");
    assertThat(new AppPreferences(node).recentFiles()).containsExactly(saved.toAbsolutePath());
  }

  @Test
  void cancelInTheUnsavedPromptKeepsTheWork(FxRobot robot) {
    edit(robot, "Keep me");
    dialogs.saveChoices.add(Dialogs.SaveChoice.CANCEL);
    robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(dialogs.last("saveChanges")).isPresent();
    assertThat(window.session().scenario().name()).isEqualTo("Keep me");
    assertThat(window.session().isDirty()).isTrue();
  }

  @Test
  void dontSaveStartsABlankScenario(FxRobot robot) {
    edit(robot, "Throw away");
    dialogs.saveChoices.add(Dialogs.SaveChoice.DONT_SAVE);
    robot.clickOn("#newScenarioButton");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(window.session().scenario().name()).isEmpty();
    assertThat(window.session().isDirty()).isFalse();
  }

  @Test
  void saveInThePromptSavesBeforeGoingOn(FxRobot robot) {
    edit(robot, "Save first");
    dialogs.saveChoices.add(Dialogs.SaveChoice.SAVE);
    dialogs.saveAnswers.add(dir.resolve("first.soa.json"));
    robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(dir.resolve("first.soa.json")).exists();
    assertThat(window.session().scenario().name()).isEmpty();
  }

  @Test
  void recentMenuReopensASavedScenario(FxRobot robot) throws Exception {
    Path file = dir.resolve("recent.soa.json");
    new ScenarioFiles().write(Scenario.blank().withNames("From recent", "Acme"), file);
    new AppPreferences(node).addRecentFile(file);
    robot.clickOn("File").clickOn("Open recent").clickOn("recent.soa.json");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(window.session().scenario().name()).isEqualTo("From recent");
    assertThat(window.session().file()).isEqualTo(file);
  }

  @Test
  void openingABadFileShowsWhatAndWhereAndChangesNothing(FxRobot robot) throws Exception {
    edit(robot, "Untouched");
    robot.interact(() -> window.fileActions().save());
    Path bad = dir.resolve("bad.soa.json");
    Files.writeString(bad, "{\"formatVersion\": 2, \"scenario\": ");
    dialogs.saveChoices.add(Dialogs.SaveChoice.DONT_SAVE);
    dialogs.openAnswers.add(bad);
    dialogs.saveAnswers.add(dir.resolve("untouched.soa.json"));
    robot.press(KeyCode.CONTROL, KeyCode.O).release(KeyCode.O, KeyCode.CONTROL);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(dialogs.last("error")).hasValueSatisfying(e -> {
      assertThat(e.title()).contains("bad.soa.json");
      assertThat(e.message()).isNotBlank().doesNotContain("Exception");
    });
    assertThat(window.session().scenario().name()).isEqualTo("Untouched");
  }

  @Test
  void offersToRecoverTheAutosaveAfterACrash(FxRobot robot) throws Exception {
    new AutosaveStore(dataDir().resolve("autosave"))
        .save(Scenario.blank().withNames("Before the crash", "Acme"), null);
    dialogs.chooseAnswers.add(0);
    robot.interact(() -> window.fileActions().offerRecovery());
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(dialogs.last("choose")).hasValueSatisfying(d ->
        assertThat(d.message()).contains("Acme – Before the crash"));
    assertThat(dialogs.chooseOffered).containsExactly(java.util.List.of("Recover", "Discard"));
    assertThat(window.session().scenario().name()).isEqualTo("Before the crash");
    assertThat(window.session().isDirty()).isTrue();
  }

  @Test
  void aFailedAutosaveSaysInTheStatusBarThatCrashProtectionIsPaused(FxRobot robot)
      throws Exception {
    // The working copy cannot be written: a file stands where the autosave folder should be.
    Path folder = dataDir().resolve("autosave");
    if (java.nio.file.Files.isDirectory(folder)) {
      try (var files = java.nio.file.Files.list(folder)) {
        for (Path f : files.toList()) {
          java.nio.file.Files.delete(f);
        }
      }
      java.nio.file.Files.delete(folder);
    }
    java.nio.file.Files.writeString(folder, "not a folder");
    edit(robot, "Unsaved work");

    robot.interact(() -> window.fileActions().autosaveNow());

    String expected = window.i18n().t("autosave.failed");
    WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () ->
        expected.equals(robot.lookup("#statusLabel").queryAs(javafx.scene.control.Label.class)
            .getText()));
    assertThat(window.session().isDirty()).isTrue();
  }

  @Test
  void discardInTheRecoveryDialogDeletesTheAutosave(FxRobot robot) throws Exception {
    AutosaveStore store = new AutosaveStore(dataDir().resolve("autosave"));
    store.save(Scenario.blank().withNames("Before the crash", "Acme"), null);
    dialogs.chooseAnswers.add(1);
    robot.interact(() -> window.fileActions().offerRecovery());
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(window.session().scenario().name()).isEmpty();
    assertThat(new AutosaveStore(dataDir().resolve("autosave")).pending()).isEmpty();
  }

  /** Gone without an answer (the real dialog has no Esc), the work is neither opened nor lost. */
  @Test
  void noAnswerOpensNothingAndDeletesNothing(FxRobot robot) throws Exception {
    new AutosaveStore(dataDir().resolve("autosave"))
        .save(Scenario.blank().withNames("Before the crash", "Acme"), null);
    dialogs.chooseAnswers.add(-1);
    robot.interact(() -> window.fileActions().offerRecovery());
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(window.session().scenario().name()).isEmpty();
    assertThat(new AutosaveStore(dataDir().resolve("autosave")).pending()).isPresent();
  }

  @Test
  void openingASampleFromHomeGivesAnUnsavedScenario(FxRobot robot) {
    robot.clickOn("#sample_regional-bank");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(window.session().scenario().inputs().organisation().regulation()).isGreaterThan(0.5);
    assertThat(window.session().file()).isNull();
  }
}
