package se.socialorg.advisor.store.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.socialorg.advisor.model.Alternative;
import se.socialorg.advisor.model.Goal;
import se.socialorg.advisor.model.ProjectionParameters;
import se.socialorg.advisor.model.Scenario;
import se.socialorg.advisor.model.WeightMode;
import se.socialorg.advisor.store.Json;

class ScenarioMigrationsTest {

  /** A version 1 file as the draft format wrote it. */
  static final String V1 =
      """
      {
        "formatVersion": 1,
        "application": "Social Org Advisor",
        "scenario": {
          "name": "Utkast 2025",
          "organisationName": "Nordvik Industrisystem AB",
          "language": "sv",
          "inputs": {
            "goals": { "TRUST_CREDIBILITY": 90, "THOUGHT_LEADERSHIP": 70, "MEASURABLE_ROI": 40 },
            "organisation": {
              "employees": 800, "technicalExpertShare": 0.45, "businessUnits": 3, "countries": 2,
              "regulation": 0.2, "maturity": "ENGAGEMENT", "sharedFunctions": "CENTRAL",
              "cultureOpenness": 0.75
            },
            "trust": {
              "country": "Sweden", "industry": "technology", "year": 2012,
              "trustInBusiness": 54, "trustInMedia": 38, "industryTrust": 79,
              "credibility": { "TECHNICAL_EXPERT": 66, "CEO": 38 },
              "overridden": [],
              "source": { "sourceTitle": "Edelman Trust Barometer 2012", "sourceUrl": "",
                          "year": 2012, "population": "informed publics",
                          "derived": false, "vendorClaim": false }
            },
            "readiness": { "activeShare": 0.1, "willingShare": 0.3, "averageNetwork": 400,
                           "postsPerWeek": 1 },
            "resources": { "currency": "SEK", "annualBudget": 1000000, "loadedSalary": 700000,
                           "hiringDifficulty": 0.6, "platformCostPerYear": 150000,
                           "coachingHoursPerAdvocate": 8, "hourlyCost": 600 }
          },
          "wizardStep": 2,
          "decision": { "taken": "HUB_AND_SPOKE", "notes": "Preliminärt" }
        }
      }
      """;

  private final ScenarioFiles files = new ScenarioFiles();

  @TempDir Path dir;

  @Test
  void version1FlatGoalsBecomeDirectSliders() throws Exception {
    Scenario s = files.parse(V1, "v1");

    assertThat(s.inputs().goals().mode()).isEqualTo(WeightMode.DIRECT);
    assertThat(s.inputs().goals().slider(Goal.TRUST_CREDIBILITY)).isEqualTo(90.0);
    assertThat(s.inputs().goals().slider(Goal.MEASURABLE_ROI)).isEqualTo(40.0);
    assertThat(s.inputs().goals().judgements()).isEmpty();
  }

  @Test
  void version1GetsDefaultProjection() throws Exception {
    assertThat(files.parse(V1, "v1").inputs().projection()).isEqualTo(ProjectionParameters.defaults());
  }

  @Test
  void version1ReadinessIsAnEstimateWithoutSurvey() throws Exception {
    var r = files.parse(V1, "v1").inputs().readiness();

    assertThat(r.fromSurvey()).isFalse();
    assertThat(r.surveyRespondents()).isZero();
    assertThat(r.activeShare()).isEqualTo(0.1);
  }

  @Test
  void version1KeepsEverythingElse() throws Exception {
    Scenario s = files.parse(V1, "v1");

    assertThat(s.name()).isEqualTo("Utkast 2025");
    assertThat(s.language()).isEqualTo("sv");
    assertThat(s.wizardStep()).isEqualTo(2);
    assertThat(s.decision().taken()).isEqualTo(Alternative.HUB_AND_SPOKE);
    assertThat(s.inputs().organisation().employees()).isEqualTo(800);
    assertThat(s.inputs().trust().industryTrust()).isEqualTo(79.0);
  }

  @Test
  void openingAVersion1FileDoesNotRewriteIt() throws Exception {
    Path file = dir.resolve("old" + ScenarioFiles.EXTENSION);
    Files.writeString(file, V1);

    files.read(file);

    assertThat(Files.readString(file)).isEqualTo(V1);
  }

  @Test
  void savingAMigratedScenarioWritesTheCurrentVersion() throws Exception {
    Scenario s = files.parse(V1, "v1");

    var tree = Json.mapper().readTree(files.toJson(s));

    assertThat(tree.get("formatVersion").intValue()).isEqualTo(ScenarioFiles.FORMAT_VERSION);
    assertThat(files.parse(files.toJson(s), "again")).isEqualTo(s);
  }

  @Test
  void migrationStepLiftsTheVersionNumber() throws Exception {
    ObjectNode root = (ObjectNode) Json.mapper().readTree(V1);

    new ScenarioMigrations().migrate(root, 1);

    assertThat(root.get("formatVersion").intValue()).isEqualTo(ScenarioFiles.FORMAT_VERSION);
    assertThat(root.get("savedAt").isNull()).isTrue();
  }

  @Test
  void everyOlderVersionHasAMigrationStep() {
    ScenarioMigrations m = new ScenarioMigrations();
    for (int v = ScenarioMigrations.OLDEST_SUPPORTED; v < ScenarioFiles.FORMAT_VERSION; v++) {
      ObjectNode root = Json.mapper().createObjectNode();
      root.put("formatVersion", v);
      m.migrate(root, v);
      assertThat(root.get("formatVersion").intValue()).isEqualTo(ScenarioFiles.FORMAT_VERSION);
    }
  }

  @Test
  void damagedVersion1FileIsReportedNotThrown() {
    String damaged = V1.replace("\"goals\": {", "\"goals\": [ {").replace("40 },", "40 } ],");

    ScenarioFileException e =
        catchThrowableOfType(ScenarioFileException.class, () -> files.parse(damaged, "v1"));

    assertThat(e.fieldPath()).isEqualTo("scenario.inputs.goals");
  }

  @Test
  void version1RangeErrorsAreStillFound() {
    String bad = V1.replace("\"employees\": 800", "\"employees\": 0");

    ScenarioFileException e = catchThrowableOfType(ScenarioFileException.class, () -> files.parse(bad, "v1"));

    assertThat(e.fieldPath()).isEqualTo("scenario.inputs.organisation.employees");
    assertThat(e.line()).isEqualTo(11);
  }

  /** Format 2 had no model assumptions: they arrive as the defaults the file was computed with. */
  @Test
  void version2GetsTheDefaultProjectionAssumptions() throws Exception {
    ObjectNode root = (ObjectNode) Json.mapper().readTree(files.toJson(Scenario.blank()));
    root.put("formatVersion", 2);
    ((ObjectNode) root.at("/scenario/inputs")).remove("assumptions");

    Scenario s = files.parse(Json.mapper().writeValueAsString(root), "v2");

    assertThat(s.inputs().assumptions())
        .isEqualTo(se.socialorg.advisor.model.ProjectionAssumptions.defaults());
  }
}
