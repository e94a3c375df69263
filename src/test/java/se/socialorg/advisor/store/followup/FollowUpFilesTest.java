package se.socialorg.advisor.store.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.socialorg.advisor.model.CostEntry;
import se.socialorg.advisor.model.FollowUp;
import se.socialorg.advisor.model.Kpi;
import se.socialorg.advisor.model.KpiTarget;
import se.socialorg.advisor.model.PlanItem;
import se.socialorg.advisor.model.PlanStatus;

class FollowUpFilesTest {

  @TempDir Path dir;

  private final FollowUpFiles files = new FollowUpFiles();

  @Test
  void theFollowUpFileLivesBesideTheScenario() {
    assertThat(FollowUpFiles.beside(dir.resolve("Acme 2027.soa.json")))
        .isEqualTo(dir.resolve("Acme 2027.followup.json"));
  }

  @Test
  void aScenarioWithoutAFollowUpFileHasAnEmptyRecord() throws Exception {
    assertThat(files.readBeside(dir.resolve("a.soa.json"))).isEqualTo(FollowUp.empty());
  }

  @Test
  void everythingWrittenIsReadBackWithImportsAsValues() throws Exception {
    Path csv = LinkedInExports.daily(dir, "metrics.csv", LocalDate.of(2027, 1, 1), 40);
    var imported = ActualsReader.read(csv, null, 0.05, Instant.parse("2027-02-10T10:00:00Z")).imported();
    FollowUp f =
        FollowUp.empty()
            .withRecord(LocalDate.of(2026, 12, 1), "Karin Lund", List.of(LocalDate.of(2027, 6, 1), LocalDate.of(2027, 3, 1)))
            .withPlan(List.of(new PlanItem("Appoint the core team", "Karin", LocalDate.of(2027, 1, 15), PlanStatus.DONE)))
            .withTargets(List.of(new KpiTarget(Kpi.IMPRESSIONS, 120_000)))
            .withCosts(List.of(new CostEntry(YearMonth.of(2027, 1), 90_000)))
            .withImport(imported, false);
    Path scenario = dir.resolve("a.soa.json");
    files.writeBeside(f, scenario, Instant.parse("2027-02-10T10:00:00Z"));
    Files.delete(csv);
    assertThat(files.readBeside(scenario)).isEqualTo(f);
    String text = Files.readString(FollowUpFiles.beside(scenario), StandardCharsets.UTF_8);
    assertThat(text).contains("\"fileName\" : \"metrics.csv\"", "\"importedAt\" : \"2027-02-10T10:00:00Z\"");
  }

  @Test
  void aNewerFormatIsRefused() throws Exception {
    Path f = dir.resolve("x.followup.json");
    Files.writeString(
        f,
        "{\"formatVersion\":99,\"application\":\"Social Org Advisor\",\"scenarioFile\":\"x.soa.json\","
            + "\"savedAt\":null,\"followUp\":null}");
    assertThatThrownBy(() -> files.read(f))
        .isInstanceOf(FollowUpFileException.class)
        .hasMessageContaining("followup.file.newer");
  }

  @Test
  void unknownFieldsAreRefused() throws Exception {
    Path f = dir.resolve("x.followup.json");
    Files.writeString(f, "{\"formatVersion\":1,\"extra\":1}");
    assertThatThrownBy(() -> files.read(f)).hasMessageContaining("followup.file.invalid");
  }
}
