package se.socialorg.advisor.store.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.socialorg.advisor.model.Scenario;

class ScenarioFileNamesTest {

  @ParameterizedTest(name = "\"{0}\" -> \"{1}\"")
  @CsvSource(
      delimiter = '|',
      value = {
        "Tech AB|Tech AB.soa.json",
        "Tech AB.json|Tech AB.soa.json",
        "Tech AB.soa|Tech AB.soa.json",
        "Tech AB.soa.json|Tech AB.soa.json",
        "Tech AB.json.soa.json|Tech AB.soa.json",
        "Tech AB.SOA.JSON|Tech AB.soa.json",
        "Untitled scenario.soa.json.soa.json|Untitled scenario.soa.json",
        "v1.2 plan|v1.2 plan.soa.json"
      })
  void saveAsNeverDoublesTheExtension(String typed, String saved) {
    Path dir = Path.of("cases");
    assertThat(ScenarioFileNames.withExtension(dir.resolve(typed)))
        .isEqualTo(dir.resolve(saved));
  }

  @ParameterizedTest(name = "org \"{0}\", name \"{1}\" -> \"{2}\"")
  @CsvSource(
      delimiter = '|',
      value = {
        "Tech AB|Hub 2027|Tech AB – Hub 2027.soa.json",
        "Tech AB||Tech AB.soa.json",
        "|Hub 2027|Hub 2027.soa.json",
        "||Untitled scenario.soa.json",
        "Tech AB|Tech AB|Tech AB.soa.json",
        "A/B: \"Test\"|Plan?|A B Test – Plan.soa.json"
      })
  void saveAsSuggestsTheCaseName(String org, String name, String suggested) {
    Scenario s = Scenario.blank().withNames(name, org);
    assertThat(ScenarioFileNames.suggested(s, "Untitled scenario")).isEqualTo(suggested);
  }

  @Test
  void aLongNameIsCutForTheFileName() {
    Scenario s = Scenario.blank().withNames("", "x".repeat(300));
    assertThat(ScenarioFileNames.suggested(s, "u"))
        .hasSize(ScenarioFileNames.MAX_BASE + ScenarioFiles.EXTENSION.length());
  }
}
