package se.socialorg.advisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.socialorg.advisor.engine.DecisionEngine;
import se.socialorg.advisor.engine.ProjectedMonth;
import se.socialorg.advisor.engine.ProjectionParts;
import se.socialorg.advisor.model.Alternative;
import se.socialorg.advisor.model.Decision;
import se.socialorg.advisor.model.Scenario;
import se.socialorg.advisor.store.Json;

class FollowUpCommandTest {

  @TempDir Path dir;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private static final Scenario SCENARIO =
      Scenario.blank().withDecision(new Decision(Alternative.HUB_AND_SPOKE, ""));

  private int run(String... args) {
    return new FollowUpCommand(
            file -> SCENARIO, new DecisionEngine(), Clock.fixed(Instant.parse("2027-04-01T00:00:00Z"), ZoneOffset.UTC))
        .run(
            List.of(args),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  /** January and February 2027 in full, then March 1-10; each day 100 + 40 impressions, 3 + 1 clicks. */
  private Path export() throws Exception {
    StringBuilder sb = new StringBuilder("Aggregated metrics for Company Page updates\n");
    sb.append("Date,Impressions (organic),Impressions (sponsored),Clicks (organic),Clicks (sponsored)\n");
    for (LocalDate d = LocalDate.of(2027, 1, 1); d.isBefore(LocalDate.of(2027, 3, 11)); d = d.plusDays(1)) {
      sb.append(String.format("%02d/%02d/%d,100,40,3,1%n", d.getMonthValue(), d.getDayOfMonth(), d.getYear()));
    }
    Path f = dir.resolve("metrics.csv");
    Files.writeString(f, sb.toString());
    return f;
  }

  @Test
  void jsonHasMonthsActualProjectedAndMonthly() throws Exception {
    assertThat(run(dir.resolve("a.soa.json").toString(), "--actuals", export().toString(), "--json")).isZero();
    JsonNode root = Json.mapper().readTree(out.toString(StandardCharsets.UTF_8));
    assertThat(root.get("months").asInt()).isEqualTo(3);
    assertThat(root.get("actual").get("impressions").asDouble()).isEqualTo(69 * 140);
    assertThat(root.get("actual").get("clicks").asDouble()).isEqualTo(69 * 4);
    assertThat(root.get("projected").get("impressions").isNumber()).isTrue();
    assertThat(root.get("projected").get("clicks").isNumber()).isTrue();
    assertThat(root.get("monthly")).hasSize(3);
    assertThat(root.get("monthly").get(2).get("month").asText()).isEqualTo("2027-03");
  }

  @Test
  void theProjectionCoversExactlyTheMonthsAndDaysOfTheActuals() throws Exception {
    run(dir.resolve("a.soa.json").toString(), "--actuals", export().toString(), "--json");
    JsonNode root = Json.mapper().readTree(out.toString(StandardCharsets.UTF_8));
    List<ProjectedMonth> p = ProjectionParts.project(SCENARIO.inputs(), Alternative.HUB_AND_SPOKE, 3);
    double expected = 0;
    double[] share = {1, 1, 10 / 31.0};
    for (int m = 0; m < 3; m++) {
      expected += (p.get(m).brandImpressions() + p.get(m).paidImpressions()) * share[m];
    }
    assertThat(root.get("projected").get("impressions").asDouble()).isCloseTo(expected, org.assertj.core.api.Assertions.within(1e-6));
  }

  @Test
  void plainFormPrintsATable() throws Exception {
    assertThat(run(dir.resolve("a.soa.json").toString(), "--actuals", export().toString())).isZero();
    String text = out.toString(StandardCharsets.UTF_8);
    assertThat(text).contains("Month", "2027-01", "2027-03", "Total", "Impressions:");
  }

  @Test
  void aBadFilePrintsOneLineAndExitsWith2() throws Exception {
    Path bad = dir.resolve("followers.csv");
    Files.writeString(bad, "Date,Organic followers,Total followers\n2027-01-01,3,4\n");
    assertThat(run(dir.resolve("a.soa.json").toString(), "--actuals", bad.toString(), "--json")).isEqualTo(2);
    assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    String e = err.toString(StandardCharsets.UTF_8);
    assertThat(e.lines()).hasSize(1);
    assertThat(e).contains("followers.csv", "Followers export");
  }

  @Test
  void aMissingActualsOptionIsAUsageError() {
    assertThat(run("a.soa.json", "--json")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("Usage: followup");
  }
}
