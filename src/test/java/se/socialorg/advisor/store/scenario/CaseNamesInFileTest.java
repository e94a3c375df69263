package se.socialorg.advisor.store.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.socialorg.advisor.model.Scenario;

/** Author and date are part of format 4, optional: files written without them still open. */
class CaseNamesInFileTest {

  @TempDir Path dir;

  @Test
  void authorAndDateSurviveSavingAndOpening() throws Exception {
    Scenario s = Scenario.blank().withNames("Hub 2027", "Tech AB")
        .withAuthorAndDate("Anna Lind", "2026-11-30");
    Path f = dir.resolve("Tech AB.soa.json");
    ScenarioFiles files = new ScenarioFiles();
    files.write(s, f);
    Scenario back = files.read(f);
    assertThat(back.author()).isEqualTo("Anna Lind");
    assertThat(back.date()).isEqualTo("2026-11-30");
    assertThat(back.organisationName()).isEqualTo("Tech AB");
  }

  @Test
  void aFormat4FileWithoutAuthorAndDateOpensWithThemEmpty() throws Exception {
    Path f = dir.resolve("old.soa.json");
    ScenarioFiles files = new ScenarioFiles();
    files.write(Scenario.blank().withNames("x", "y"), f);
    String json = Files.readString(f).replaceAll(",\\s*\"author\"\\s*:\\s*\"\"", "")
        .replaceAll(",\\s*\"date\"\\s*:\\s*\"\"", "");
    assertThat(json).doesNotContain("\"author\"").doesNotContain("\"date\"");
    Files.writeString(f, json);
    Scenario back = files.read(f);
    assertThat(back.author()).isEmpty();
    assertThat(back.date()).isEmpty();
  }

  @Test
  void aDateThatIsNoDateIsRefusedNamingTheField() throws Exception {
    Path f = dir.resolve("bad.soa.json");
    ScenarioFiles files = new ScenarioFiles();
    files.write(Scenario.blank().withAuthorAndDate("", "2026-11-30"), f);
    Files.writeString(f, Files.readString(f).replaceAll("(\"date\"\\s*:\\s*\")2026-11-30", "$12026-02-30"));
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> files.read(f))
        .isInstanceOf(ScenarioFileException.class)
        .hasMessageContaining("scenario.date");
  }
}
