package se.socialorg.advisor.store.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import se.socialorg.advisor.i18n.I18n;
import se.socialorg.advisor.model.Decision;
import se.socialorg.advisor.model.Scenario;

/** What the app saves, it can open; what is not a file is refused at once (review D4, D15). */
class SaveWhatOpensTest {

  @TempDir Path dir;

  private final ScenarioFiles files = new ScenarioFiles();

  private static Scenario withNotes(int length) {
    return TestScenarios.everyFieldSet().withDecision(new Decision(null, "x".repeat(length)));
  }

  @Test
  void aScenarioTheReaderWouldRefuseIsNotSavedAndTheOldFileStays() throws Exception {
    Path file = dir.resolve("case" + ScenarioFiles.EXTENSION);
    files.write(TestScenarios.everyFieldSet(), file);

    assertThatThrownBy(() -> files.write(withNotes(1_100_000), file))
        .isInstanceOf(UnreadableScenarioException.class)
        .satisfies(e -> assertThat(((UnreadableScenarioException) e).reason().localized(I18n.forLanguage("en")))
            .contains("longer than 1,000,000 characters"));

    assertThat(files.read(file)).isEqualTo(TestScenarios.everyFieldSet());
  }

  @Test
  void theLongestTextTheReaderAcceptsIsSavedAndOpens() throws Exception {
    Path file = dir.resolve("long" + ScenarioFiles.EXTENSION);

    files.write(withNotes(ScenarioFiles.MAX_STRING_LENGTH), file);

    assertThat(files.read(file).decision().notes()).hasSize(ScenarioFiles.MAX_STRING_LENGTH);
  }

  @Test
  void aFolderIsRefusedAsNotAFile() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("folder" + ScenarioFiles.EXTENSION));

    assertThatThrownBy(() -> files.read(folder))
        .isInstanceOf(ScenarioFileException.class)
        .extracting(e -> ((ScenarioFileException) e).messageKey())
        .isEqualTo("scenario.error.notRegular");
  }

  /** {@code evaluate} on a FIFO blocked for ever: refused before any read. */
  @Test
  @Timeout(value = 20, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void aFifoIsRefusedAtOnce() throws Exception {
    Path fifo = dir.resolve("pipe" + ScenarioFiles.EXTENSION);
    Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
    assertThat(mkfifo.waitFor()).isZero();

    assertThatThrownBy(() -> files.read(fifo))
        .isInstanceOf(ScenarioFileException.class)
        .extracting(e -> ((ScenarioFileException) e).messageKey())
        .isEqualTo("scenario.error.notRegular");
  }
}
