package se.socialorg.advisor.present;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.socialorg.advisor.engine.DecisionEngine;
import se.socialorg.advisor.i18n.I18n;
import se.socialorg.advisor.model.Scenario;
import se.socialorg.advisor.store.scenario.Sample;
import se.socialorg.advisor.store.scenario.ScenarioFiles;
import se.socialorg.advisor.store.scenario.Samples;

class ScenarioCsvTest {

  @TempDir Path dir;

  static Scenario sample(String id) throws Exception {
    Samples samples = new Samples(new ScenarioFiles());
    Sample s = samples.list().stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
    return samples.open(s);
  }

  @Test
  void writesInputsAndResultsFormulaSafeInSwedish() throws Exception {
    Scenario s = sample("swedish-b2b-tech")
        .withNames("=HYPERLINK(\"http://evil\")", "+Åkesson & Öberg AB");
    Analysis a = Analysis.of(new DecisionEngine(), s.inputs());
    Path out = dir.resolve("scenario.csv");
    ScenarioCsv.write(out, s, a, I18n.forLanguage("sv"));
    String csv = Files.readString(out, StandardCharsets.UTF_8);
    assertThat(csv).startsWith("\uFEFFAvsnitt;Post;Värde;Källa");
    assertThat(csv).contains("'=HYPERLINK", "'+Åkesson & Öberg AB");
    assertThat(csv).contains("Anställda;" + s.inputs().organisation().employees() + ";");
    assertThat(csv).contains("Rekommenderad modell");
    assertThat(csv).contains(";0,");
    try (var files = Files.list(dir)) {
      assertThat(files.count()).isEqualTo(1);
    }
  }

  @Test
  void englishUsesCommasAndDecimalPoints() throws Exception {
    Scenario s = sample("regional-bank");
    Analysis a = Analysis.of(new DecisionEngine(), s.inputs());
    Path out = dir.resolve("bank.csv");
    ScenarioCsv.write(out, s, a, I18n.forLanguage("en"));
    String csv = Files.readString(out, StandardCharsets.UTF_8);
    assertThat(csv).contains("Section,Item,Value,Source", "Employees,"
        + s.inputs().organisation().employees() + ",organisation.employees");
    assertThat(ScenarioCsv.num(0.125, false)).isEqualTo("0.125");
    assertThat(ScenarioCsv.num(1e7, true)).isEqualTo("10000000");
  }
}
