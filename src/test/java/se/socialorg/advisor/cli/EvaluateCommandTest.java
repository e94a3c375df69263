package se.socialorg.advisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.socialorg.advisor.engine.DecisionEngine;
import se.socialorg.advisor.model.Alternative;
import se.socialorg.advisor.model.Scenario;
import se.socialorg.advisor.store.Json;

class EvaluateCommandTest {

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(ScenarioLoader loader, String... args) {
    return new EvaluateCommand(loader, new DecisionEngine())
        .run(
            List.of(args),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private static ScenarioLoader blank() {
    return file -> Scenario.blank();
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void jsonHasTheRequiredFields() throws Exception {
    assertThat(run(blank(), "scenario.json", "--json")).isEqualTo(Command.OK);
    JsonNode root = Json.mapper().readTree(out());
    assertThat(root.has("recommended")).isTrue();
    assertThat(root.get("ranking").isArray()).isTrue();
    assertThat(root.get("ranking").get(0).has("model")).isTrue();
    assertThat(root.get("ranking").get(0).has("score")).isTrue();
    assertThat(root.get("reasons").isArray()).isTrue();
    assertThat(root.get("acceptability").isObject()).isTrue();
    assertThat(root.get("projection").isObject()).isTrue();
  }

  @Test
  void jsonRecommendationIsAnAlternativeIdAndHeadsTheRanking() throws Exception {
    run(blank(), "scenario.json", "--json");
    JsonNode root = Json.mapper().readTree(out());
    String recommended = root.get("recommended").asText();
    assertThat(Alternative.valueOf(recommended)).isNotNull();
    assertThat(root.get("ranking").get(0).get("model").asText()).isEqualTo(recommended);
  }

  @Test
  void jsonAcceptabilitySumsToOne() throws Exception {
    run(blank(), "scenario.json", "--json");
    JsonNode acc = Json.mapper().readTree(out()).get("acceptability");
    double sum = 0;
    for (JsonNode n : acc) {
      sum += n.asDouble();
    }
    assertThat(sum).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
  }

  @Test
  void jsonIsOneObjectAndStderrStaysEmpty() throws Exception {
    run(blank(), "scenario.json", "--json");
    assertThat(Json.mapper().readTree(out()).isObject()).isTrue();
    assertThat(err()).isEmpty();
  }

  @Test
  void jsonReasonTextIsSwedishWithLangSv() throws Exception {
    run(blank(), "scenario.json", "--json", "--lang", "sv");
    JsonNode reasons = Json.mapper().readTree(out()).get("reasons");
    assertThat(reasons.toString()).contains("Hub-and-spoke").contains("standardvärde");
  }

  @Test
  void sameSeedGivesSameJson() {
    run(blank(), "s.json", "--json", "--seed", "9");
    String first = out();
    out.reset();
    run(blank(), "s.json", "--json", "--seed", "9");
    assertThat(out()).isEqualTo(first);
  }

  @Test
  void plainSummaryNamesTheRecommendation() {
    assertThat(run(blank(), "scenario.json")).isEqualTo(Command.OK);
    assertThat(out()).contains("Recommended:").contains("Ranking:");
  }

  @Test
  void plainSummaryInSwedish() {
    run(blank(), "scenario.json", "--lang", "sv");
    assertThat(out()).contains("Rekommendation:").contains("Skäl för:");
  }

  @Test
  void failingLoaderGivesOneLineOnStderrAndExitCode2() {
    int code = run(file -> { throw new NoSuchFileException(file.toString()); }, "missing.json", "--json");
    assertThat(code).isEqualTo(Command.BAD_INPUT);
    assertThat(err().strip().lines()).hasSize(1);
    assertThat(err()).contains("missing.json");
    assertThat(out()).isEmpty();
  }

  @Test
  void invalidInputsInFileGiveExitCode2NamingTheField() {
    ScenarioLoader bad =
        file -> {
          var d = Scenario.blank().inputs();
          var o = d.organisation();
          return Scenario.blank()
              .withInputs(
                  d.withOrganisation(
                      new se.socialorg.advisor.model.Organisation(
                          -3, 0.2, 1, 1, 0.3, o.maturity(), o.sharedFunctions(), 0.5)));
        };
    assertThat(run(bad, "bad.json")).isEqualTo(Command.BAD_INPUT);
    assertThat(err()).contains("organisation.employees");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "--json", "a.json b.json", "a.json --lang de", "a.json --seed x", "a.json --bogus"})
  void wrongUsageGivesExitCode2(String line) {
    String[] args = line.isEmpty() ? new String[0] : line.split(" ");
    assertThat(run(blank(), args)).isEqualTo(Command.BAD_INPUT);
    assertThat(err()).isNotEmpty();
  }

  @org.junit.jupiter.params.ParameterizedTest
  @ValueSource(strings = {"regional-bank", "swedish-b2b-tech", "multinational"})
  void jsonAgreesWithTheReportsFigures(String id) throws Exception {
    var samples = new se.socialorg.advisor.store.scenario.Samples(
        new se.socialorg.advisor.store.scenario.ScenarioFiles());
    Scenario scenario = samples.open(
        samples.list().stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow());
    assertThat(run(file -> scenario, "scenario.json", "--json")).isEqualTo(Command.OK);
    JsonNode root = Json.mapper().readTree(out());
    // The report and the recommendation step compute through present.Analysis.
    var a = se.socialorg.advisor.present.Analysis.of(new DecisionEngine(), scenario.inputs());
    var summary = se.socialorg.advisor.present.ExecutiveSummary.of(a, scenario.decision(),
        se.socialorg.advisor.i18n.I18n.forLanguage("en"));
    assertThat(root.get("seed").asLong()).isEqualTo(a.acceptability().seed());
    assertThat(root.get("draws").asInt()).isEqualTo(a.acceptability().draws());
    for (Alternative alt : a.acceptability().firstRank().keySet()) {
      assertThat(root.get("acceptability").get(alt.name()).asDouble())
          .isEqualTo(a.acceptability().probability(alt));
    }
    assertThat(root.get("confidence").asText()).isEqualTo(summary.advice().confidence().name());
    assertThat(root.get("headline").asText()).isEqualTo(summary.headline());
    assertThat(root.get("leadPoints").asDouble()).isEqualTo(summary.advice().leadPoints());
    JsonNode figures = root.get("money").get("figures");
    assertThat(figures).hasSize(summary.advice().money().figures().size());
    for (int i = 0; i < figures.size(); i++) {
      var f = summary.advice().money().figures().get(i);
      assertThat(figures.get(i).get("model").asText()).isEqualTo(f.model().name());
      assertThat(figures.get(i).get("months").asInt()).isEqualTo(f.months());
      assertThat(figures.get(i).get("cost").asDouble()).isEqualTo(f.cost());
      assertThat(figures.get(i).get("value").asDouble()).isEqualTo(f.value());
    }
  }

  @Test
  void aCloseCallInJsonNeverHeadlinesWeRecommend() throws Exception {
    run(blank(), "scenario.json", "--json");
    JsonNode root = Json.mapper().readTree(out());
    assertThat(root.get("confidence").asText()).isEqualTo("CLOSE_CALL");
    assertThat(root.get("headline").asText()).doesNotContain("We recommend");
    assertThat(root.get("restsOnDefaults").asBoolean()).isTrue();
  }
}
