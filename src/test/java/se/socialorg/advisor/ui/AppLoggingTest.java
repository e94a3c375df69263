package se.socialorg.advisor.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.logging.ErrorManager;
import java.util.logging.FileHandler;
import java.util.logging.Handler;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The log files in the data folder, and what happens when they cannot be written. */
class AppLoggingTest {

  @TempDir Path dir;

  private final Logger root = Logger.getLogger("se.socialorg.advisor");
  /** The handler this test installed (others, from other tests in this JVM, are left alone). */
  private FileHandler installed;

  @AfterEach
  void removeHandler() {
    if (installed != null) {
      root.removeHandler(installed);
      installed.close();
    }
  }

  private FileHandler installed() {
    java.util.List<Handler> before = java.util.List.of(root.getHandlers());
    AppLogging.install(dir.resolve("logs"));
    for (Handler h : root.getHandlers()) {
      if (h instanceof FileHandler f && !before.contains(h)) {
        installed = f;
        return f;
      }
    }
    throw new AssertionError("no file handler installed");
  }

  @Test
  void recordsGoToTheLogFolder() {
    installed();
    root.info("written");
    assertThat(dir.resolve("logs/app0.log")).exists();
  }

  @Test
  void aLogThatCannotBeWrittenPrintsNothingOnStandardError() throws IOException {
    FileHandler handler = installed();
    PrintStream before = System.err;
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    try {
      // What the handler reports when the disk is full, as it does for every record.
      handler.getErrorManager().error("write failed",
          new IOException("No space left on device"), ErrorManager.WRITE_FAILURE);
      handler.getErrorManager().error("flush failed",
          new IOException("No space left on device"), ErrorManager.FLUSH_FAILURE);
    } finally {
      System.setErr(before);
    }
    assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
  }
}
