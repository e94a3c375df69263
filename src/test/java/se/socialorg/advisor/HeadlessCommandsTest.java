package se.socialorg.advisor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The headless commands as a user runs them, in a child JVM: hostile arguments are refused with
 * the app's own line and the right exit code (review D5, D8, D12, D15, item 8).
 */
class HeadlessCommandsTest {

  private static final Path SAMPLE = Path.of("assets/scenarios/regional-bank.soa.json");

  @TempDir Path temp;

  private ChildMain main(String... args) throws IOException, InterruptedException {
    return ChildMain.run(temp, args);
  }

  /** It started the window. */
  @Test
  void anUnknownCommandPrintsTheUsageAndExits2() throws Exception {
    ChildMain run = main("evalute", SAMPLE.toString());

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).startsWith("Usage:").contains("evaluate", "import-survey", "report");
  }

  /** sqlite-jdbc's SLF4J had no provider and said so on stderr of every command. */
  @Test
  void aCommandPrintsOnlyItsOwnLines() throws Exception {
    Path csv = Files.writeString(temp.resolve("s.csv"), "Willingness,Active,Network size\n4,yes,100\n");

    ChildMain run = main("import-survey", csv.toString(), "--data-dir", temp.resolve("data").toString());

    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.err()).isEmpty();
  }

  /** The scenario was replaced by the PDF, exit 0. */
  @Test
  void aReportOverItsOwnScenarioIsRefusedAndTheScenarioKept() throws Exception {
    Path scenario = Files.copy(SAMPLE, temp.resolve("case.soa.json"));
    byte[] before = Files.readAllBytes(scenario);

    ChildMain run = main("report", scenario.toString(), "--out", scenario.toString());

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("is the scenario the report is made from");
    assertThat(Files.readAllBytes(scenario)).isEqualTo(before);
  }

  /** {@code evaluate} on a FIFO blocked for ever. */
  @Test
  void evaluateOnAFifoIsRefusedAtOnce() throws Exception {
    Path fifo = temp.resolve("pipe.soa.json");
    assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();

    ChildMain run = main("evaluate", fifo.toString());

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("not a scenario file");
  }

  /** A folder given as the survey said "File not found". */
  @Test
  void importSurveyOfAFolderSaysItIsNotAFile() throws Exception {
    Path folder = Files.createDirectories(temp.resolve("survey.csv"));

    ChildMain run = main("import-survey", folder.toString(), "--data-dir", temp.resolve("data").toString());

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("is not an ordinary file");
  }

  /** "See the log for details" with an empty log (13 runs). */
  @Test
  void aLibraryFailureTheCommandReportsIsInTheLog() throws Exception {
    Path data = temp.resolve("data");
    Files.createDirectories(data.resolve("library.db"));
    Path csv = Files.writeString(temp.resolve("s.csv"), "Willingness,Active,Network size\n4,yes,100\n");

    ChildMain run = main("import-survey", csv.toString(), "--data-dir", data.toString());

    assertThat(run.code()).isEqualTo(1);
    String log;
    try (Stream<Path> logs = Files.list(data.resolve("logs"))) {
      log = logs.filter(p -> p.getFileName().toString().endsWith(".log")).map(p -> {
        try {
          return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }).reduce("", String::concat);
    }
    assertThat(log).contains("import-survey", "library.db");
  }
}
