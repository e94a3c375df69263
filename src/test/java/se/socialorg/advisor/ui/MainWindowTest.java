package se.socialorg.advisor.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.prefs.Preferences;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The app starts, the home screen shows, the menus work, and Swedish replaces English. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {

  @TempDir static Path dataDir;

  private Preferences node;
  private RecordingDialogs dialogs;
  private MainWindow window;
  private Stage stage;

  @Start
  void start(Stage primary) {
    stage = new Stage();
    node = TestServices.freshNode();
    dialogs = new RecordingDialogs();
    window = new MainWindow(stage, TestServices.create(dataDir, node), dialogs);
    window.show();
  }

  @AfterEach
  void tearDown() throws Exception {
    org.testfx.api.FxToolkit.cleanupStages();
    TestServices.dispose(node);
  }

  @Test
  void homeScreenExplainsWhatTheAppIsFor(FxRobot robot) {
    Label promise = robot.lookup("#homePromise").queryAs(Label.class);
    assertThat(promise.getText()).contains("central team").contains("employees");
    assertThat(stage.getTitle()).isEqualTo("Social Org Advisor");
  }

  @Test
  void aboutShowsTheLicence(FxRobot robot) {
    robot.clickOn("Help").clickOn("About");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(dialogs.last("info")).hasValueSatisfying(s -> assertThat(s.message()).contains("Apache"));
  }

  @Test
  void languageSwitchShowsSwedishEverywhere(FxRobot robot) {
    robot.clickOn("View").clickOn("Language").clickOn("Svenska");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(robot.lookup("#homePromise").queryAs(Label.class).getText())
        .contains("centralt team")
        .contains("medarbetarna");
    assertThat(robot.lookup("Arkiv").tryQuery()).isPresent();
    assertThat(new AppPreferences(node).get(AppPreferences.Key.LANGUAGE)).isEqualTo("sv");
  }

  @Test
  void darkThemeIsRemembered(FxRobot robot) {
    robot.clickOn("View").clickOn("Dark theme");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(window.theme()).isEqualTo(Theme.DARK);
    assertThat(new AppPreferences(node).get(AppPreferences.Key.THEME)).isEqualTo("dark");
    robot.clickOn("View").clickOn("Light theme");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(window.theme()).isEqualTo(Theme.LIGHT);
  }

  @Test
  void quitAcceleratorClosesTheWindowAndRemembersItsSize(FxRobot robot) {
    robot.interact(() -> stage.setWidth(1111));
    robot.press(KeyCode.CONTROL, KeyCode.Q).release(KeyCode.Q, KeyCode.CONTROL);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(stage.isShowing()).isFalse();
    assertThat(new AppPreferences(node).getDouble(AppPreferences.Key.WINDOW_WIDTH)).isEqualTo(1111);
  }
}
