package se.socialorg.advisor.store.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two running copies of the app on one data folder, as separate processes (review D1): the
 * second is never offered the first's live work, quitting it leaves the first's autosave alone,
 * and after the first is killed its work is offered for recovery.
 */
@Tag("kill")
class TwoInstancesTest {

  @TempDir Path dir;

  @Test
  void aSecondCopyNeitherRecoversNorDeletesTheFirstCopysLiveWork() throws Exception {
    Path folder = dir.resolve("autosave");
    Process first = start(folder, "edit", "unsaved work of the first copy");
    try (BufferedReader out = reader(first)) {
      assertThat(out.readLine()).isEqualTo("saved");

      List<String> second = runToEnd(folder, "start-and-quit");

      assertThat(second).containsExactly("pending=false", "quit");
    } finally {
      first.destroyForcibly();
      assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }
    assertThat(runToEnd(folder, "recover")).containsExactly("unsaved work of the first copy");
  }

  private static Process start(Path folder, String... args) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command = new java.util.ArrayList<>(List.of(
        java, "-Xmx128m", "-XX:TieredStopAtLevel=1", "-Djava.util.logging.config.file=none",
        "-cp", System.getProperty("java.class.path"), AutosaveInstance.class.getName(),
        folder.toString()));
    command.addAll(List.of(args));
    return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
  }

  private static BufferedReader reader(Process p) {
    return new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
  }

  private static List<String> runToEnd(Path folder, String... args) throws Exception {
    Process p = start(folder, args);
    try (BufferedReader out = reader(p)) {
      List<String> lines = out.lines().toList();
      assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
      assertThat(p.exitValue()).as("exit of %s", List.of(args)).isZero();
      return lines;
    }
  }
}
