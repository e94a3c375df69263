package se.socialorg.advisor.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * With a damaged library the app runs on the shipped figures read-only (review D16: the home
 * screen said "Ready", and Add figure and Import survey stayed enabled).
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class ReadOnlyLibraryTest extends WindowTestBase {

  @Start
  void start(Stage primary) {
    try {
      Files.createDirectories(dataDir());
      Files.writeString(dataDir().resolve("library.db"), "not a database, but the user's file");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    startWindow();
  }

  @Test
  void theHomeScreenSaysTheLibraryIsReadOnly(FxRobot robot) {
    WaitForAsyncUtils.waitForFxEvents();

    Label notice = robot.lookup("#homeLibraryNotice").queryAs(Label.class);

    assertThat(notice.isVisible()).isTrue();
    assertThat(notice.getText()).contains("read-only", "library.db", "damaged");
  }

  @Test
  void theLibraryScreenDisablesWhatWouldWrite(FxRobot robot) {
    robot.clickOn("#openLibraryButton");
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(robot.lookup("#addFigureButton").queryAs(Button.class).isDisabled()).isTrue();
    assertThat(robot.lookup("#importSurveyButton").queryAs(Button.class).isDisabled()).isTrue();
  }
}
