package se.socialorg.advisor.store.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.InputStream;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import se.socialorg.advisor.model.InputField;
import se.socialorg.advisor.store.Json;

class ScenarioSchemaTest {

  static final String SCHEMA = "/se/socialorg/advisor/store/scenario/scenario.schema.json";

  private static JsonSchema schema;
  private static JsonNode schemaTree;

  @BeforeAll
  static void loadSchema() throws Exception {
    try (InputStream in = ScenarioSchemaTest.class.getResourceAsStream(SCHEMA)) {
      schemaTree = Json.mapper().readTree(in);
    }
    schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schemaTree);
  }

  static Stream<Sample> samples() {
    return new Samples(new ScenarioFiles()).list().stream();
  }

  @ParameterizedTest
  @MethodSource("samples")
  void everySampleValidates(Sample sample) throws Exception {
    JsonNode file;
    try (InputStream in = Samples.class.getResourceAsStream(sample.resource())) {
      file = Json.mapper().readTree(in);
    }

    assertThat(schema.validate(file)).isEmpty();
  }

  @Test
  void aFileWithEveryFieldSetValidates() throws Exception {
    JsonNode file = Json.mapper().readTree(new ScenarioFiles().toJson(TestScenarios.everyFieldSet()));

    assertThat(schema.validate(file)).isEmpty();
  }

  static Stream<Consumer<ObjectNode>> badEdits() {
    return Stream.of(
        r -> r.remove("formatVersion"),
        r -> r.put("formatVersion", ScenarioFiles.FORMAT_VERSION + 1),
        r -> ((ObjectNode) r.at("/scenario/inputs")).remove("assumptions"),
        r -> ((ObjectNode) r.at("/scenario/inputs/assumptions")).put("rampMonths", 0),
        r -> ((ObjectNode) r.at("/scenario/inputs/assumptions/profiles/HOLISTIC"))
            .put("paidShare", 1.5),
        r -> ((ObjectNode) r.at("/scenario/inputs/organisation")).put("employees", -5),
        r -> ((ObjectNode) r.at("/scenario/inputs/organisation")).put("employees", "800"),
        r -> ((ObjectNode) r.at("/scenario/inputs/readiness")).put("mood", 1),
        r -> ((ObjectNode) r.at("/scenario/inputs")).remove("projection"),
        r -> ((ObjectNode) r.at("/scenario/inputs/organisation")).put("maturity", "GURU"),
        r -> ((ObjectNode) r.at("/scenario")).put("language", "de"),
        r -> ((ObjectNode) r.at("/scenario/inputs/goals/sliders")).put("TRUST_CREDIBILITY", 101));
  }

  @ParameterizedTest
  @MethodSource("badEdits")
  void badFilesDoNotValidate(Consumer<ObjectNode> edit) throws Exception {
    ObjectNode file =
        (ObjectNode) Json.mapper().readTree(new ScenarioFiles().toJson(TestScenarios.everyFieldSet()));
    edit.accept(file);

    assertThat(schema.validate(file)).isNotEmpty();
  }

  @ParameterizedTest
  @EnumSource(InputField.class)
  void schemaRangeMatchesTheInputCatalogue(InputField field) {
    JsonNode node = schemaTree.at("/$defs");
    String[] parts = field.path().split("\\.");
    JsonNode def = node.get(parts[0]);
    JsonNode property = def.get("properties").get(parts[1]);
    if (parts.length == 3) {
      property = property.get("properties").get(parts[2]);
    }

    assertThat(property.get("minimum").doubleValue()).isEqualTo(field.min());
    assertThat(property.get("maximum").doubleValue()).isEqualTo(field.max());
  }

  /** The reader is at least as strict as the schema: whatever it accepts, the schema accepts. */
  @Test
  void whatTheReaderAcceptsTheSchemaAccepts() throws Exception {
    Logger log = Logger.getLogger(ScenarioFiles.class.getName());
    Level saved = log.getLevel();
    log.setLevel(Level.OFF);
    try {
      ScenarioFiles files = new ScenarioFiles();
      List<byte[]> samples = ScenarioFuzzTest.samples();
      Random random = new Random(7);
      int accepted = 0;
      for (int i = 0; i < 600; i++) {
        int kind = 3 + random.nextInt(ScenarioFuzzTest.MUTATIONS - 4);
        byte[] mutated = ScenarioFuzzTest.mutate(samples.get(i % samples.size()), kind, random);
        try {
          files.parse(mutated, "schema case " + i);
        } catch (ScenarioFileException e) {
          continue;
        }
        accepted++;
        Set<ValidationMessage> problems = schema.validate(Json.mapper().readTree(mutated));
        assertThat(problems).as("case %d", i).isEmpty();
      }
      assertThat(accepted).isGreaterThan(30);
    } finally {
      log.setLevel(saved);
    }
  }
}
