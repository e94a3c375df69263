package se.socialorg.advisor.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import se.socialorg.advisor.i18n.I18n;

/** An unexpected failure on any thread ends in one short, translated dialog. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class ErrorReporterTest {

  private final RecordingDialogs dialogs = new RecordingDialogs();

  @Start
  void start(Stage stage) {
    // no window needed
  }

  @Test
  void failureOnAWorkerThreadShowsATranslatedDialog(FxRobot robot) throws Exception {
    ErrorReporter reporter = new ErrorReporter(() -> dialogs, () -> I18n.forLanguage("sv"));
    Thread worker = new Thread(() -> {
      throw new IllegalStateException("disk on fire");
    });
    worker.setUncaughtExceptionHandler(reporter);
    worker.start();
    worker.join();
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(dialogs.last("error")).hasValueSatisfying(e -> {
      assertThat(e.title()).isEqualTo("Något gick fel");
      assertThat(e.message()).contains("disk on fire").doesNotContain("at se.");
    });
  }

  @Test
  void aFailingDialogDoesNotThrowAgain(FxRobot robot) {
    ErrorReporter reporter = new ErrorReporter(() -> {
      throw new IllegalStateException("no dialogs");
    }, () -> I18n.forLanguage("en"));
    robot.interact(() -> reporter.report(new RuntimeException("first")));
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(dialogs.shown).isEmpty();
  }
}
