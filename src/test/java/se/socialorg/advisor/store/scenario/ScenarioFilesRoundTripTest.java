package se.socialorg.advisor.store.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.socialorg.advisor.model.Decision;
import se.socialorg.advisor.model.Organisation;
import se.socialorg.advisor.model.Scenario;
import se.socialorg.advisor.store.Json;

class ScenarioFilesRoundTripTest {

  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T10:15:30Z"), ZoneOffset.UTC);

  private final ScenarioFiles files = new ScenarioFiles(CLOCK);

  @TempDir Path dir;

  @Test
  void everyFieldSurvivesWriteAndRead() throws Exception {
    Scenario original = TestScenarios.everyFieldSet();
    Path file = dir.resolve("case" + ScenarioFiles.EXTENSION);

    files.write(original, file);

    assertThat(files.read(file)).isEqualTo(original);
  }

  @Test
  void everyFieldDiffersFromTheBlankScenario() {
    Scenario s = TestScenarios.everyFieldSet();
    Scenario blank = Scenario.blank();
    assertThat(s.name()).isNotEqualTo(blank.name());
    assertThat(s.language()).isNotEqualTo(blank.language());
    assertThat(s.wizardStep()).isNotEqualTo(blank.wizardStep());
    assertThat(s.decision()).isNotEqualTo(blank.decision());
    assertThat(s.inputs().goals()).isNotEqualTo(blank.inputs().goals());
    assertThat(s.inputs().organisation()).isNotEqualTo(blank.inputs().organisation());
    assertThat(s.inputs().trust()).isNotEqualTo(blank.inputs().trust());
    assertThat(s.inputs().readiness()).isNotEqualTo(blank.inputs().readiness());
    assertThat(s.inputs().resources()).isNotEqualTo(blank.inputs().resources());
    assertThat(s.inputs().projection()).isNotEqualTo(blank.inputs().projection());
  }

  @Test
  void undecidedScenarioKeepsNullDecision() throws Exception {
    Scenario original = TestScenarios.everyFieldSet().withDecision(Decision.none());

    assertThat(files.parse(files.toJson(original), "memory")).isEqualTo(original);
  }

  @Test
  void blankScenarioRoundTrips() throws Exception {
    assertThat(files.parse(files.toJson(Scenario.blank()), "memory")).isEqualTo(Scenario.blank());
  }

  @Test
  void envelopeCarriesVersionApplicationAndTime() throws Exception {
    var tree = Json.mapper().readTree(files.toJson(Scenario.blank()));

    assertThat(tree.get("formatVersion").intValue()).isEqualTo(ScenarioFiles.FORMAT_VERSION);
    assertThat(tree.get("application").textValue()).isEqualTo(ScenarioFiles.APPLICATION);
    assertThat(tree.get("savedAt").textValue()).isEqualTo("2026-03-01T10:15:30Z");
  }

  @Test
  void enumsAreWrittenByName() {
    String json = files.toJson(TestScenarios.everyFieldSet());

    assertThat(json).contains("\"PAIRWISE\"", "\"CONVERGED\"", "\"HOLISTIC\"", "\"TRUST_CREDIBILITY\"");
  }

  @Test
  void savingTwiceGivesTheSameText() {
    Scenario s = TestScenarios.everyFieldSet();

    assertThat(files.toJson(s)).isEqualTo(files.toJson(s));
  }

  @Test
  void overwritingReplacesTheOldContent() throws Exception {
    Path file = dir.resolve("case" + ScenarioFiles.EXTENSION);
    files.write(Scenario.blank(), file);

    files.write(TestScenarios.everyFieldSet(), file);

    assertThat(files.read(file)).isEqualTo(TestScenarios.everyFieldSet());
  }

  @Test
  void writingLeavesNoTemporaryFiles() throws Exception {
    Path file = dir.resolve("case" + ScenarioFiles.EXTENSION);
    files.write(Scenario.blank(), file);
    files.write(TestScenarios.everyFieldSet(), file);

    try (Stream<Path> list = Files.list(dir)) {
      assertThat(list).containsExactly(file);
    }
  }

  @Test
  void failedWriteLeavesOldFileAndNoTemporaryFile() throws Exception {
    Path file = dir.resolve("case" + ScenarioFiles.EXTENSION);
    files.write(Scenario.blank(), file);
    Path target = dir.resolve("folder" + ScenarioFiles.EXTENSION);
    Files.createDirectory(target);
    Files.writeString(target.resolve("inside"), "x");

    org.assertj.core.api.Assertions.assertThatThrownBy(() -> files.write(Scenario.blank(), target))
        .isInstanceOf(java.io.IOException.class);

    try (Stream<Path> list = Files.list(dir)) {
      assertThat(list).containsExactlyInAnyOrder(file, target);
    }
    assertThat(files.read(file)).isEqualTo(Scenario.blank());
  }

  @Test
  void fileIsUtf8WithRealSwedishLetters() throws Exception {
    Path file = dir.resolve("case" + ScenarioFiles.EXTENSION);
    files.write(TestScenarios.everyFieldSet(), file);

    assertThat(Files.readString(file, StandardCharsets.UTF_8)).contains("Åkerlund Öst AB");
  }

  @Test
  void extensionIsRecognisedAndTemporaryFilesAreNot() {
    assertThat(ScenarioFiles.isScenarioFile(Path.of("a/b/Acme.SOA.JSON"))).isTrue();
    assertThat(ScenarioFiles.isScenarioFile(Path.of(".Acme.soa.json.123.tmp"))).isFalse();
  }

  /** 200 seeded random organisations within the valid ranges survive a round trip. */
  @Test
  void anyValidOrganisationRoundTrips() throws Exception {
    java.util.Random random = new java.util.Random(4711);
    for (int i = 0; i < 200; i++) {
      int employees = 1 + random.nextInt(1_000_000);
      double share = random.nextDouble();
      int units = 1 + random.nextInt(500);
      int countries = 1 + random.nextInt(200);
      double regulation = random.nextDouble();
      double openness = random.nextDouble();
      assertRoundTrip(employees, share, units, countries, regulation, openness);
    }
  }

  private void assertRoundTrip(int employees, double share, int units, int countries,
      double regulation, double openness) throws Exception {
    Organisation o = Organisation.defaults();
    Scenario s =
        Scenario.blank()
            .withInputs(
                Scenario.blank()
                    .inputs()
                    .withOrganisation(
                        new Organisation(
                            employees, share, units, countries, regulation, o.maturity(),
                            o.sharedFunctions(), openness)));

    assertThat(files.parse(files.toJson(s), "property")).isEqualTo(s);
  }
}
