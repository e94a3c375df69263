package se.socialorg.advisor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
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

  private record Run(int code, String out, String err) {}

  private Run main(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Djava.awt.headless=true", "-XX:TieredStopAtLevel=1",
        "-Djava.util.prefs.userRoot=" + temp.resolve("prefs"),
        "-cp", System.getProperty("java.class.path"), Main.class.getName()));
    command.addAll(List.of(args));
    Path out = temp.resolve("out.txt");
    Path err = temp.resolve("err.txt");
    ProcessBuilder builder = new ProcessBuilder(command)
        .redirectOutput(out.toFile())
        .redirectError(err.toFile());
    builder.environment().remove("DISPLAY");
    Process process = builder.start();
    if (!process.waitFor(2, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError("Main " + String.join(" ", args) + " did not finish");
    }
    return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  /** It started the window. */
  @Test
  void anUnknownCommandPrintsTheUsageAndExits2() throws Exception {
    Run run = main("evalute", SAMPLE.toString());

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).startsWith("Usage:").contains("evaluate", "import-survey", "report");
  }

  /** sqlite-jdbc's SLF4J had no provider and said so on stderr of every command. */
  @Test
  void aCommandPrintsOnlyItsOwnLines() throws Exception {
    Path csv = Files.writeString(temp.resolve("s.csv"), "Willingness,Active,Network size\n4,yes,100\n");

    Run run = main("import-survey", csv.toString(), "--data-dir", temp.resolve("data").toString());

    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.err()).isEmpty();
  }

  /** The scenario was replaced by the PDF, exit 0. */
  @Test
  void aReportOverItsOwnScenarioIsRefusedAndTheScenarioKept() throws Exception {
    Path scenario = Files.copy(SAMPLE, temp.resolve("case.soa.json"));
    byte[] before = Files.readAllBytes(scenario);

    Run run = main("report", scenario.toString(), "--out", scenario.toString());

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("is the scenario the report is made from");
    assertThat(Files.readAllBytes(scenario)).isEqualTo(before);
  }

  /** {@code evaluate} on a FIFO blocked for ever. */
  @Test
  void evaluateOnAFifoIsRefusedAtOnce() throws Exception {
    Path fifo = temp.resolve("pipe.soa.json");
    assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();

    Run run = main("evaluate", fifo.toString());

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("not a scenario file");
  }

  /** A folder given as the survey said "File not found". */
  @Test
  void importSurveyOfAFolderSaysItIsNotAFile() throws Exception {
    Path folder = Files.createDirectories(temp.resolve("survey.csv"));

    Run run = main("import-survey", folder.toString(), "--data-dir", temp.resolve("data").toString());

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("is not an ordinary file");
  }

  /** "See the log for details" with an empty log (13 runs). */
  @Test
  void aLibraryFailureTheCommandReportsIsInTheLog() throws Exception {
    Path data = temp.resolve("data");
    Files.createDirectories(data.resolve("library.db"));
    Path csv = Files.writeString(temp.resolve("s.csv"), "Willingness,Active,Network size\n4,yes,100\n");

    Run run = main("import-survey", csv.toString(), "--data-dir", data.toString());

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
