package se.socialorg.advisor.store.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
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
import se.socialorg.advisor.i18n.I18n;
import se.socialorg.advisor.store.Json;

class BadScenarioFilesTest {

  private final ScenarioFiles files = new ScenarioFiles();

  @TempDir Path dir;

  private static String valid() {
    return new ScenarioFiles().toJson(TestScenarios.everyFieldSet());
  }

  private static String edit(Consumer<ObjectNode> change) {
    try {
      ObjectNode root = (ObjectNode) Json.mapper().readTree(valid());
      change.accept(root);
      return root.toPrettyString();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static ObjectNode at(ObjectNode root, String dotted) {
    JsonNode n = root;
    for (String part : dotted.split("\\.")) {
      n = n.get(part);
    }
    return (ObjectNode) n;
  }

  static Stream<Arguments> badFiles() {
    String v = valid();
    return Stream.of(
        Arguments.of("empty file", "", "scenario.error.empty", ""),
        Arguments.of("only whitespace", " \n\t ", "scenario.error.empty", ""),
        Arguments.of("not JSON", "Hej! Det här är ett Word-dokument.", "scenario.error.notJson", ""),
        Arguments.of("truncated", v.substring(0, v.length() / 2), "scenario.error.truncated", ""),
        Arguments.of("trailing garbage", v + " {}", "scenario.error.trailingContent", ""),
        Arguments.of("a JSON array", "[1, 2, 3]", "scenario.error.notScenario", ""),
        Arguments.of("a JSON string", "\"scenario\"", "scenario.error.notScenario", ""),
        Arguments.of("NaN", v.replace("\"regulation\" : 0.81", "\"regulation\" : NaN"),
            "scenario.error.notJson", ""),
        Arguments.of("Infinity", v.replace("\"regulation\" : 0.81", "\"regulation\" : Infinity"),
            "scenario.error.notJson", ""),
        Arguments.of("huge number", v.replace("\"regulation\" : 0.81", "\"regulation\" : 1e999"),
            "scenario.error.numberTooLarge", "scenario.inputs.organisation.regulation"),
        Arguments.of("very long number",
            v.replace("\"regulation\" : 0.81", "\"regulation\" : 0." + "1".repeat(500)),
            "scenario.error.tooComplex", ""),
        Arguments.of("deeply nested", "{\"a\":" + "[".repeat(5000) + "]".repeat(5000) + "}",
            "scenario.error.tooComplex", ""),
        Arguments.of("duplicate field", v.replace("\"employees\" : 1234,",
            "\"employees\" : 1234, \"employees\" : 5,"), "scenario.error.duplicateField", ""),
        Arguments.of("no version", edit(r -> r.remove("formatVersion")),
            "scenario.error.noVersion", "formatVersion"),
        Arguments.of("version as text", edit(r -> r.put("formatVersion", "2")),
            "scenario.error.badVersion", "formatVersion"),
        Arguments.of("version zero", edit(r -> r.put("formatVersion", 0)),
            "scenario.error.badVersion", "formatVersion"),
        Arguments.of("newer version", edit(r -> r.put("formatVersion", ScenarioFiles.FORMAT_VERSION + 1)),
            "scenario.error.newerVersion", "formatVersion"),
        Arguments.of("missing field", edit(r -> at(r, "scenario.inputs.organisation").remove("employees")),
            "scenario.error.missingField", "scenario.inputs.organisation.employees"),
        Arguments.of("missing block", edit(r -> at(r, "scenario.inputs").remove("projection")),
            "scenario.error.missingField", "scenario.inputs.projection"),
        Arguments.of("unknown field", edit(r -> at(r, "scenario.inputs.readiness").put("mood", 3)),
            "scenario.error.unknownField", "scenario.inputs.readiness.mood"),
        Arguments.of("number as text", edit(r -> at(r, "scenario.inputs.organisation").put("employees", "800")),
            "scenario.error.expectedInteger", "scenario.inputs.organisation.employees"),
        Arguments.of("fraction for whole number",
            edit(r -> at(r, "scenario.inputs.organisation").put("employees", 800.5)),
            "scenario.error.expectedInteger", "scenario.inputs.organisation.employees"),
        Arguments.of("int overflow",
            edit(r -> at(r, "scenario.inputs.organisation").put("employees", 99_999_999_999L)),
            "scenario.error.numberTooLarge", "scenario.inputs.organisation.employees"),
        Arguments.of("boolean for number", edit(r -> at(r, "scenario.inputs.readiness").put("activeShare", true)),
            "scenario.error.expectedNumber", "scenario.inputs.readiness.activeShare"),
        Arguments.of("number for text", edit(r -> at(r, "scenario").put("name", 42)),
            "scenario.error.expectedText", "scenario.name"),
        Arguments.of("object for list",
            edit(r -> at(r, "scenario.inputs.goals").putObject("judgements")),
            "scenario.error.expectedList", "scenario.inputs.goals.judgements"),
        Arguments.of("list for object", edit(r -> at(r, "scenario.inputs").putArray("trust")),
            "scenario.error.expectedObject", "scenario.inputs.trust"),
        Arguments.of("null for required", edit(r -> at(r, "scenario").putNull("inputs")),
            "scenario.error.nullValue", "scenario.inputs"),
        Arguments.of("unknown enum", edit(r -> at(r, "scenario.inputs.organisation").put("maturity", "GURU")),
            "scenario.error.badChoice", "scenario.inputs.organisation.maturity"),
        Arguments.of("unknown map key",
            edit(r -> at(r, "scenario.inputs.goals.sliders").put("WORLD_PEACE", 10)),
            "scenario.error.badChoice", "scenario.inputs.goals.sliders.WORLD_PEACE"),
        Arguments.of("negative employees",
            edit(r -> at(r, "scenario.inputs.organisation").put("employees", -5)),
            "scenario.error.outOfRange", "scenario.inputs.organisation.employees"),
        Arguments.of("share above one", edit(r -> at(r, "scenario.inputs.readiness").put("willingShare", 1.5)),
            "scenario.error.outOfRange", "scenario.inputs.readiness.willingShare"),
        Arguments.of("impossible ratio",
            edit(r -> ((ObjectNode) at(r, "scenario.inputs.goals").get("judgements").get(1)).put("ratio", 20)),
            "scenario.error.outOfRange", "scenario.inputs.goals.judgements[1].ratio"),
        Arguments.of("goal judged against itself",
            edit(r -> ((ObjectNode) at(r, "scenario.inputs.goals").get("judgements").get(0))
                .put("second", "TRUST_CREDIBILITY")),
            "scenario.error.sameGoalTwice", "scenario.inputs.goals.judgements[0]"),
        Arguments.of("slider above 100", edit(r -> at(r, "scenario.inputs.goals.sliders").put("CEO_VOICE", 1)),
            "scenario.error.badChoice", "scenario.inputs.goals.sliders.CEO_VOICE"),
        Arguments.of("negative wizard step", edit(r -> at(r, "scenario").put("wizardStep", -1)),
            "scenario.error.outOfRange", "scenario.wizardStep"),
        Arguments.of("unknown language", edit(r -> at(r, "scenario").put("language", "de")),
            "scenario.error.badChoice", "scenario.language"),
        Arguments.of("unknown override", edit(r -> at(r, "scenario.inputs.trust").putArray("overridden").add("mood")),
            "scenario.error.badChoice", "scenario.inputs.trust.overridden"),
        Arguments.of("bad date", edit(r -> r.put("savedAt", "yesterday")), "scenario.error.badDate", "savedAt"),
        Arguments.of("other application", edit(r -> r.put("application", "Excel")),
            "scenario.error.badChoice", "application"),
        Arguments.of("ramp-up of no months",
            edit(r -> at(r, "scenario.inputs.assumptions").put("rampMonths", 0)),
            "scenario.error.outOfRange", "scenario.inputs.assumptions.rampMonths"),
        Arguments.of("a model without its profile",
            edit(r -> ((ObjectNode) at(r, "scenario.inputs.assumptions").get("profiles"))
                .remove("HOLISTIC")),
            "scenario.error.missingField", "scenario.inputs.assumptions.profiles"),
        Arguments.of("a value too large to print",
            edit(r -> at(r, "scenario.inputs.resources").put("coachingHoursPerAdvocate", 1e308)),
            "scenario.error.farOutOfRange", "scenario.inputs.resources.coachingHoursPerAdvocate"),
        Arguments.of("currency as a word",
            edit(r -> at(r, "scenario.inputs.resources").put("currency", "Kronor")),
            "scenario.error.currency", "scenario.inputs.resources.currency"),
        Arguments.of("currency in small letters",
            edit(r -> at(r, "scenario.inputs.resources").put("currency", "sek")),
            "scenario.error.currency", "scenario.inputs.resources.currency"),
        Arguments.of("three letters that name no currency",
            edit(r -> at(r, "scenario.inputs.resources").put("currency", "ABC")),
            "scenario.error.currency", "scenario.inputs.resources.currency"),
        Arguments.of("blank source title",
            edit(r -> at(r, "scenario.inputs.trust.source").put("sourceTitle", " ")),
            "scenario.error.blank", "scenario.inputs.trust.source.sourceTitle"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badFiles")
  void badFileIsRefusedWithKeyAndPath(String name, String content, String key, String path) {
    ScenarioFileException e =
        catchThrowableOfType(ScenarioFileException.class, () -> files.parse(content, name));

    assertThat(e).as(name).isNotNull();
    assertThat(e.messageKey()).isEqualTo(key);
    assertThat(e.fieldPath()).isEqualTo(path);
    assertThat(e.getMessage()).isNotBlank().doesNotContain("!scenario.").doesNotContain("\n");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badFiles")
  void badFileHasASwedishMessage(String name, String content, String key, String path) {
    ScenarioFileException e =
        catchThrowableOfType(ScenarioFileException.class, () -> files.parse(content, name));

    assertThat(e.localized(new I18n(I18n.SWEDISH))).isNotBlank().doesNotContain("!scenario.");
  }

  @Test
  void rangeErrorNamesPathAndLine() {
    String content = edit(r -> at(r, "scenario.inputs.organisation").put("employees", -5));
    int expectedLine = lineOf(content, "\"employees\"");

    ScenarioFileException e =
        catchThrowableOfType(ScenarioFileException.class, () -> files.parse(content, "t"));

    assertThat(e.line()).isEqualTo(expectedLine);
    assertThat(e.getMessage())
        .contains("scenario.inputs.organisation.employees")
        .contains("line " + expectedLine);
  }

  @Test
  void syntaxErrorNamesLine() {
    String content = valid().replace("\"regulation\" : 0.81", "\"regulation\" : 0.81.2");
    int expectedLine = lineOf(content, "\"regulation\"");

    ScenarioFileException e =
        catchThrowableOfType(ScenarioFileException.class, () -> files.parse(content, "t"));

    assertThat(e.line()).isEqualTo(expectedLine);
  }

  @Test
  void newerVersionMessageSaysSo() {
    String content = edit(r -> r.put("formatVersion", 7));

    ScenarioFileException e =
        catchThrowableOfType(ScenarioFileException.class, () -> files.parse(content, "t"));

    assertThat(e.getMessage()).contains("newer version").contains("7");
    assertThat(e.args()).containsExactly(7, ScenarioFiles.FORMAT_VERSION);
  }

  @Test
  void fileLargerThanTheCapIsRefusedBeforeParsing() throws Exception {
    Path big = dir.resolve("big" + ScenarioFiles.EXTENSION);
    try (var out = Files.newOutputStream(big)) {
      byte[] chunk = new byte[1024 * 1024];
      java.util.Arrays.fill(chunk, (byte) ' ');
      for (int i = 0; i < 6; i++) {
        out.write(chunk);
      }
    }

    ScenarioFileException e = catchThrowableOfType(ScenarioFileException.class, () -> files.read(big));

    assertThat(e.messageKey()).isEqualTo("scenario.error.tooLarge");
  }

  @Test
  void binaryGarbageIsRefused() throws Exception {
    Path bin = dir.resolve("garbage" + ScenarioFiles.EXTENSION);
    byte[] bytes = new byte[4096];
    new java.util.Random(42).nextBytes(bytes);
    Files.write(bin, bytes);

    ScenarioFileException e = catchThrowableOfType(ScenarioFileException.class, () -> files.read(bin));

    assertThat(e).isNotNull();
    assertThat(e.getMessage()).isNotBlank();
  }

  @Test
  void missingFileIsRefused() {
    ScenarioFileException e =
        catchThrowableOfType(
            ScenarioFileException.class, () -> files.read(dir.resolve("nope" + ScenarioFiles.EXTENSION)));

    assertThat(e.messageKey()).isEqualTo("scenario.error.notFound");
  }

  @Test
  void utf8ByteOrderMarkIsAccepted() throws Exception {
    byte[] body = valid().getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[body.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(body, 0, withBom, 3, body.length);

    assertThat(files.parse(withBom, "bom")).isEqualTo(TestScenarios.everyFieldSet());
  }

  private static int lineOf(String content, String needle) {
    String[] lines = content.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].contains(needle)) {
        return i + 1;
      }
    }
    throw new IllegalArgumentException(needle);
  }
}
