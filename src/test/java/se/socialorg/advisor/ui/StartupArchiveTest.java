package se.socialorg.advisor.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged app makes its start-up archive on the first run; plain JUnit, nothing started. */
class StartupArchiveTest {

  @TempDir Path image;
  private Path launcher;
  private Path app;

  @BeforeEach
  void anImageWithItsTrainingScript() throws IOException {
    launcher = Files.createDirectories(image.resolve("bin")).resolve("social-org-advisor");
    Files.writeString(launcher, "");
    app = Files.createDirectories(image.resolve("lib").resolve("app"));
    Files.writeString(app.resolve("cds-train.sh"), "#!/bin/sh\n");
  }

  @Test
  void aPackagedAppWithoutItsArchiveRunsTheImagesTrainingScriptAtLowPriority() {
    assertThat(StartupArchive.command(launcher.toString(), "Linux")).contains(List.of(
        "nice", "-n", "10", "sh", app.resolve("cds-train.sh").toString(), image.toString()));
  }

  @Test
  void anArchiveAlreadyThereIsKept() throws IOException {
    Files.writeString(app.resolve("app.jsa"), "x");
    assertThat(StartupArchive.command(launcher.toString(), "Linux")).isEmpty();
  }

  @Test
  void outsideAPackagedAppNothingIsStarted() {
    assertThat(StartupArchive.command(null, "Linux")).isEmpty();
  }

  @Test
  void anImageWithoutTheScriptStartsNothing() throws IOException {
    Files.delete(app.resolve("cds-train.sh"));
    assertThat(StartupArchive.command(launcher.toString(), "Mac OS X")).isEmpty();
  }

  @Test
  void windowsHasNoShellToRunTheScript() {
    assertThat(StartupArchive.command(launcher.toString(), "Windows 11")).isEmpty();
  }

  @Test
  void aCommandThatCannotStartLeavesTheAppAsItWas() {
    List<List<String>> started = new ArrayList<>();
    StartupArchive.start(List.of("nice"), command -> {
      started.add(command);
      throw new IOException("no such program");
    });
    assertThat(started).containsExactly(List.of("nice"));
  }
}
