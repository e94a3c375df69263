package se.socialorg.advisor;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.socialorg.advisor.store.Json;

/** {@code Main followup} as checks outside the test suite run it: in a child JVM. */
class FollowUpCommandLineTest {

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
    ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
    builder.environment().remove("DISPLAY");
    Process process = builder.start();
    if (!process.waitFor(2, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError("Main " + String.join(" ", args) + " did not finish");
    }
    return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  @Test
  void jsonCarriesMonthsActualProjectedAndMonthly() throws Exception {
    StringBuilder sb = new StringBuilder("Aggregated metrics for Company Page updates\n"
        + "Date,Impressions (organic),Impressions (sponsored),Clicks (organic),Clicks (sponsored)\n");
    for (LocalDate d = LocalDate.of(2027, 1, 1); d.isBefore(LocalDate.of(2027, 3, 1)); d = d.plusDays(1)) {
      sb.append(String.format("%02d/%02d/%d,100,50,2,1%n", d.getMonthValue(), d.getDayOfMonth(), d.getYear()));
    }
    Path csv = Files.writeString(temp.resolve("metrics.csv"), sb.toString());

    Run run = main("followup", SAMPLE.toString(), "--actuals", csv.toString(), "--json");

    assertThat(run.code()).as(run.err()).isZero();
    JsonNode root = Json.mapper().readTree(run.out());
    assertThat(root.get("months").asInt()).isEqualTo(2);
    assertThat(root.get("actual").get("impressions").asDouble()).isEqualTo(59 * 150);
    assertThat(root.get("actual").get("clicks").asDouble()).isEqualTo(59 * 3);
    assertThat(root.get("projected").get("impressions").asDouble()).isPositive();
    assertThat(root.get("projected").get("clicks").asDouble()).isPositive();
    assertThat(root.get("monthly")).hasSize(2);
  }

  @Test
  void aSheetWithoutADateColumnPrintsOneLineAndExits2() throws Exception {
    Path csv = Files.writeString(temp.resolve("nodate.csv"), "Impressions (organic),Clicks (organic)\n10,1\n");

    Run run = main("followup", SAMPLE.toString(), "--actuals", csv.toString(), "--json");

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err().lines()).singleElement().asString().contains("nodate.csv", "no Date column");
  }
}
