package se.socialorg.advisor.store.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import se.socialorg.advisor.model.Participant;
import se.socialorg.advisor.model.Scenario;
import se.socialorg.advisor.store.Json;

/** Format 4: the members who decide together, and how version 3 files open. */
class ParticipantFilesTest {

  private final ScenarioFiles files = new ScenarioFiles();

  @TempDir Path dir;

  @Test
  void participantsSurviveSaveAndOpen() throws Exception {
    Scenario s = TestScenarios.everyFieldSet();
    Path file = dir.resolve("team.soa.json");

    files.write(s, file);

    assertThat(files.read(file).inputs().participants()).isEqualTo(s.inputs().participants());
  }

  @Test
  void aMemberWhoHasNotAnsweredIsKeptAsSuch() throws Exception {
    Scenario back = files.parse(files.toJson(TestScenarios.everyFieldSet()), "t");

    assertThat(back.inputs().participants()).extracting(Participant::answered)
        .containsExactly(true, true, false);
  }

  @Test
  void aOnePersonScenarioHasAnEmptyParticipantList() throws Exception {
    JsonNode tree = Json.mapper().readTree(files.toJson(Scenario.blank()));

    assertThat(tree.at("/scenario/inputs/participants").isArray()).isTrue();
    assertThat(tree.at("/scenario/inputs/participants").size()).isZero();
  }

  /** A version 3 file as this app wrote it until format 4: one person's weights, no list. */
  private String version3() throws Exception {
    Scenario one = TestScenarios.everyFieldSet();
    one = one.withInputs(one.inputs().withParticipants(java.util.List.of()));
    ObjectNode root = (ObjectNode) Json.mapper().readTree(files.toJson(one));
    root.put("formatVersion", 3);
    ((ObjectNode) root.at("/scenario/inputs")).remove("participants");
    return root.toPrettyString();
  }

  @Test
  void aVersion3FileOpensUnchanged() throws Exception {
    Scenario expected = TestScenarios.everyFieldSet();
    expected = expected.withInputs(expected.inputs().withParticipants(java.util.List.of()));

    assertThat(files.parse(version3(), "v3")).isEqualTo(expected);
  }

  @Test
  void openingAVersion3FileLeavesItOnDisk() throws Exception {
    Path file = dir.resolve("old.soa.json");
    Files.writeString(file, version3(), StandardCharsets.UTF_8);
    byte[] before = Files.readAllBytes(file);

    files.read(file);

    assertThat(Files.readAllBytes(file)).isEqualTo(before);
  }

  @Test
  void savingAVersion3ScenarioWritesVersion4WithAnEmptyList() throws Exception {
    Scenario s = files.parse(version3(), "v3");

    JsonNode tree = Json.mapper().readTree(files.toJson(s));

    assertThat(tree.get("formatVersion").intValue()).isEqualTo(4);
    assertThat(tree.at("/scenario/inputs/participants").size()).isZero();
  }

  private static String edit(Consumer<ArrayNode> change) {
    try {
      ObjectNode root = (ObjectNode) Json.mapper().readTree(new ScenarioFiles().toJson(TestScenarios.everyFieldSet()));
      change.accept((ArrayNode) root.at("/scenario/inputs/participants"));
      return root.toPrettyString();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static ObjectNode member(ArrayNode list, int i) {
    return (ObjectNode) list.get(i);
  }

  static Stream<Arguments> badParticipants() {
    String p = "scenario.inputs.participants";
    return Stream.of(
        Arguments.of("the same person twice", edit(l -> member(l, 2).put("name", " åsa lind ")),
            "scenario.error.duplicateParticipant", p + "[2].name"),
        Arguments.of("no name", edit(l -> member(l, 1).put("name", "  ")),
            "scenario.error.blank", p + "[1].name"),
        Arguments.of("name too long", edit(l -> member(l, 0).put("name", "x".repeat(101))),
            "scenario.error.tooLong", p + "[0].name"),
        Arguments.of("role too long", edit(l -> member(l, 0).put("role", "x".repeat(101))),
            "scenario.error.tooLong", p + "[0].role"),
        Arguments.of("form id too long", edit(l -> member(l, 2).put("formId", "x".repeat(65))),
            "scenario.error.tooLong", p + "[2].formId"),
        Arguments.of("weight zero", edit(l -> member(l, 1).put("weight", 0)),
            "scenario.error.outOfRange", p + "[1].weight"),
        Arguments.of("negative weight", edit(l -> member(l, 1).put("weight", -2)),
            "scenario.error.outOfRange", p + "[1].weight"),
        Arguments.of("weight as text", edit(l -> member(l, 1).put("weight", "double")),
            "scenario.error.expectedNumber", p + "[1].weight"),
        Arguments.of("missing weight", edit(l -> member(l, 1).remove("weight")),
            "scenario.error.missingField", p + "[1].weight"),
        Arguments.of("unknown field", edit(l -> member(l, 1).put("email", "per@example.se")),
            "scenario.error.unknownField", p + "[1].email"),
        Arguments.of("slider above 100", edit(l -> ((ObjectNode) member(l, 0).at("/goals/sliders")).put("TRUST_CREDIBILITY", 101)),
            "scenario.error.outOfRange", p + "[0].goals.sliders.TRUST_CREDIBILITY"),
        Arguments.of("ratio beyond 9", edit(l -> ((ObjectNode) member(l, 1).at("/goals/judgements/0")).put("ratio", 12)),
            "scenario.error.outOfRange", p + "[1].goals.judgements[0].ratio"),
        Arguments.of("goal against itself", edit(l -> ((ObjectNode) member(l, 1).at("/goals/judgements/0")).put("second", "CRISIS_READINESS")),
            "scenario.error.sameGoalTwice", p + "[1].goals.judgements[0]"),
        Arguments.of("a member who is not an object", edit(l -> l.add("Kim")),
            "scenario.error.expectedObject", p + "[3]"),
        Arguments.of("too many members", edit(l -> {
              for (int i = 0; i < Participant.MAX_PARTICIPANTS; i++) {
                ObjectNode m = member(l, 2).deepCopy();
                m.put("name", "Member " + i);
                l.add(m);
              }
            }),
            "scenario.error.tooManyParticipants", p));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badParticipants")
  void badParticipantIsRefusedWithKeyAndPath(String what, String content, String key, String path) {
    ScenarioFileException e = catchThrowableOfType(ScenarioFileException.class, () -> files.parse(content, what));

    assertThat(e.messageKey()).isEqualTo(key);
    assertThat(e.fieldPath()).isEqualTo(path);
  }
}
