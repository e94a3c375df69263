package se.socialorg.advisor;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.socialorg.advisor.store.Json;

/** {@code Main followup} as checks outside the test suite run it: in a child JVM. */
class FollowUpCommandLineTest {

  private static final Path SAMPLE = Path.of("assets/scenarios/regional-bank.soa.json");

  @TempDir Path temp;

  private ChildMain main(String... args) throws IOException, InterruptedException {
    return ChildMain.run(temp, args);
  }

  @Test
  void jsonCarriesMonthsActualProjectedAndMonthly() throws Exception {
    StringBuilder sb = new StringBuilder("Aggregated metrics for Company Page updates\n"
        + "Date,Impressions (organic),Impressions (sponsored),Clicks (organic),Clicks (sponsored)\n");
    for (LocalDate d = LocalDate.of(2027, 1, 1); d.isBefore(LocalDate.of(2027, 3, 1)); d = d.plusDays(1)) {
      sb.append(String.format("%02d/%02d/%d,100,50,2,1%n", d.getMonthValue(), d.getDayOfMonth(), d.getYear()));
    }
    Path csv = Files.writeString(temp.resolve("metrics.csv"), sb.toString());

    ChildMain run = main("followup", SAMPLE.toString(), "--actuals", csv.toString(), "--json");

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

    ChildMain run = main("followup", SAMPLE.toString(), "--actuals", csv.toString(), "--json");

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err().lines()).singleElement().asString().contains("nodate.csv", "no Date column");
  }
}
