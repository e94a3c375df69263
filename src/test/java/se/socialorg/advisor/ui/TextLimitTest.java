package se.socialorg.advisor.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import se.socialorg.advisor.i18n.I18n;

/** Review D4: the notes took any length, saved, and the file never opened again. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class TextLimitTest {

  private TextArea notes;
  private Label count;

  @Start
  void start(Stage stage) {
    notes = new TextArea("abc");
    notes.setId("decisionNotes");
    count = TextLimit.apply(notes, 10, I18n.forLanguage("en"));
  }

  @Test
  void pastingBeyondTheLimitKeepsWhatFitsAndTheCountShowsIt() throws Exception {
    org.testfx.util.WaitForAsyncUtils.asyncFx(() -> notes.insertText(3, "defghijklmnop")).get();

    assertThat(notes.getText()).isEqualTo("abcdefghij");
    assertThat(count.getText()).isEqualTo("10 of 10 characters");
    assertThat(count.getId()).isEqualTo("decisionNotesCount");
  }

  @Test
  void aCharacterTheReportCannotShowIsLeftOutAndTheCountSaysSo() throws Exception {
    org.testfx.util.WaitForAsyncUtils.asyncFx(
        () -> notes.insertText(3, " ok \uD83D\uDC4D 東京")).get();

    assertThat(notes.getText()).isEqualTo("abc ok  東京");
    assertThat(count.getText()).isEqualTo("10 of 10 characters Left out \uD83D\uDC4D: the report "
        + "cannot show it (most emoji). Write it in words instead.");
  }

  @Test
  void theCountFollowsTheText() throws Exception {
    org.testfx.util.WaitForAsyncUtils.asyncFx(() -> notes.deleteText(0, 2)).get();

    assertThat(count.getText()).isEqualTo("1 of 10 characters");
  }
}
