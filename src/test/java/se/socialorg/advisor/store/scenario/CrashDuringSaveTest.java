package se.socialorg.advisor.store.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.socialorg.advisor.model.Scenario;

/**
 * Kills a child JVM in the middle of repeated saves, several times, and each time finds a
 * complete, valid file.
 */
@org.junit.jupiter.api.Tag("kill")
class CrashDuringSaveTest {

  private static final int KILLS = 5;

  @TempDir Path dir;

  @Test
  void killDuringRepeatedSavesLeavesACompleteFile() throws Exception {
    Path file = dir.resolve("crash" + ScenarioFiles.EXTENSION);
    ScenarioFiles files = new ScenarioFiles();
    long[] waits = {150, 320, 75, 500, 230};
    for (int round = 0; round < KILLS; round++) {
      Process child = startChild(file, round);
      try {
        waitForSaveOfRound(file, child, files, round);
        Thread.sleep(waits[round]);
      } finally {
        child.destroyForcibly();
        child.waitFor(30, TimeUnit.SECONDS);
      }
      assertThat(child.isAlive()).isFalse();

      Scenario s = files.read(file);

      assertThat(s.decision().notes()).as("round %d", round).endsWith("Anteckning om beslutet. ");
      assertThat(s.name()).isEqualTo(TestScenarios.everyFieldSet().name());
      try (Stream<Path> list = Files.list(dir)) {
        assertThat(list.filter(ScenarioFiles::isScenarioFile)).containsExactly(file);
      }
    }
  }

  private static Process startChild(Path file, int round) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command =
        List.of(
            java,
            "-Xmx256m",
            "-Djava.util.logging.config.file=none",
            "-cp",
            System.getProperty("java.class.path"),
            SaveLoop.class.getName(),
            file.toString(),
            String.valueOf(round));
    return new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(new File(file.getParent().toFile(), "child.log")))
        .start();
  }

  /** Waits until this round's child has saved at least once, so the kill hits a running loop. */
  private static void waitForSaveOfRound(Path file, Process child, ScenarioFiles files, int round)
      throws Exception {
    String prefix = "R" + round + " ";
    for (int i = 0; i < 1200; i++) {
      if (!child.isAlive()) {
        throw new AssertionError("child exited early with " + child.exitValue());
      }
      if (Files.exists(file) && files.read(file).decision().notes().startsWith(prefix)) {
        return;
      }
      Thread.sleep(25);
    }
    throw new AssertionError("child never saved in round " + round);
  }
}
