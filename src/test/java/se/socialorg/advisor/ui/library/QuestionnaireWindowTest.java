package se.socialorg.advisor.ui.library;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The questionnaire window opens from the data library as a dialog, shows the forms, closes. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class QuestionnaireWindowTest extends LibraryTestBase {

  @Start
  void start(Stage primary) {
    startWindow();
  }

  @Test
  void opensWithTheFormsAndCloses(FxRobot robot) {
    openLibrary(robot);
    robot.clickOn("#questionnaireButton");
    WaitForAsyncUtils.waitForFxEvents();
    TextArea text = robot.lookup("#kitText").queryAs(TextArea.class);
    assertThat(text.getText()).isNotBlank();
    robot.clickOn("#kitClose");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(robot.lookup("#kitText").tryQuery()).isEmpty();
  }
}
