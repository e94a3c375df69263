package se.socialorg.advisor.store.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import se.socialorg.advisor.model.Scenario;
import se.socialorg.advisor.store.Json;

/**
 * Deterministic fuzzing: 1,500 mutated copies of the samples. Every outcome must be a scenario or
 * a {@link ScenarioFileException} with a non-blank message; nothing else may escape.
 */
@Tag("slow")
class ScenarioFuzzTest {

  static final long SEED = 20_261_127L;
  static final int CASES = 1_500;

  private static Level savedLevel;

  private final ScenarioFiles files = new ScenarioFiles();

  @BeforeAll
  static void quietLog() {
    Logger log = Logger.getLogger(ScenarioFiles.class.getName());
    savedLevel = log.getLevel();
    log.setLevel(Level.OFF);
  }

  @AfterAll
  static void restoreLog() {
    Logger.getLogger(ScenarioFiles.class.getName()).setLevel(savedLevel);
  }

  @Test
  void mutatedSamplesGiveAScenarioOrAClearMessage() throws Exception {
    List<byte[]> samples = samples();
    Random random = new Random(SEED);
    int accepted = 0;
    int refused = 0;
    Set<String> keys = new java.util.TreeSet<>();
    for (int i = 0; i < CASES; i++) {
      byte[] original = samples.get(i % samples.size());
      int kind = random.nextInt(MUTATIONS);
      byte[] mutated = mutate(original, kind, random);
      try {
        Scenario s = files.parse(mutated, "fuzz case " + i);
        assertThat(s).as("case %d", i).isNotNull();
        assertThat(files.parse(files.toJson(s), "re-read " + i)).as("case %d re-read", i).isEqualTo(s);
        accepted++;
      } catch (ScenarioFileException e) {
        if (e.getMessage() == null || e.getMessage().isBlank() || e.getMessage().contains("!scenario.")) {
          fail("case %d (mutation %d) gave an unclear message: %s", i, kind, e.getMessage());
        }
        keys.add(e.messageKey());
        refused++;
      } catch (Throwable t) {
        throw new AssertionError("case " + i + " (mutation " + kind + ") let " + t + " escape", t);
      }
    }
    assertThat(accepted + refused).isEqualTo(CASES);
    // The fuzzer must exercise both outcomes and many kinds of refusal, or it tests nothing.
    assertThat(accepted).isGreaterThan(50);
    assertThat(refused).isGreaterThan(CASES / 2);
    assertThat(keys).hasSizeGreaterThan(10);
  }

  static List<byte[]> samples() throws IOException {
    List<byte[]> out = new ArrayList<>();
    for (Sample s : new Samples(new ScenarioFiles()).list()) {
      try (InputStream in = Samples.class.getResourceAsStream(s.resource())) {
        out.add(in.readAllBytes());
      }
    }
    return out;
  }

  static final int MUTATIONS = 10;

  static byte[] mutate(byte[] original, int kind, Random r) throws IOException {
    switch (kind) {
      case 0: { // flip bytes
        byte[] b = original.clone();
        int n = 1 + r.nextInt(4);
        for (int k = 0; k < n; k++) {
          b[r.nextInt(b.length)] = (byte) r.nextInt(256);
        }
        return b;
      }
      case 1: // truncate
        return Arrays.copyOf(original, r.nextInt(original.length));
      case 2: { // insert deep nesting at a random place
        String s = new String(original, StandardCharsets.UTF_8);
        int at = r.nextInt(s.length());
        int depth = 10 + r.nextInt(3000);
        return (s.substring(0, at) + "[".repeat(depth) + "]".repeat(r.nextBoolean() ? depth : 0)
                + s.substring(at))
            .getBytes(StandardCharsets.UTF_8);
      }
      default:
        return mutateTree(original, kind, r);
    }
  }

  private static byte[] mutateTree(byte[] original, int kind, Random r) throws IOException {
    JsonNode root = Json.mapper().readTree(original);
    List<Slot> slots = new ArrayList<>();
    collect(root, slots);
    Slot slot = slots.get(r.nextInt(slots.size()));
    JsonNodeFactory f = JsonNodeFactory.instance;
    switch (kind) {
      case 3: // delete a field or element
        slot.remove();
        break;
      case 4: { // swap the type
        JsonNode[] others = {
          f.textNode("800"), f.numberNode(42), f.numberNode(0.5), f.booleanNode(true), f.nullNode(),
          f.arrayNode(), f.objectNode(), f.textNode(""), f.textNode("GURU")
        };
        slot.set(others[r.nextInt(others.length)]);
        break;
      }
      case 5: { // extreme numbers
        String[] numbers = {
          "1e308", "-1e308", "1e999", "-1e999", "99999999999999999999999", "-0.0", "4.9e-324",
          "2147483648", "-2147483649", "1" + "0".repeat(60), "0." + "9".repeat(60)
        };
        slot.set(Json.mapper().readTree(numbers[r.nextInt(numbers.length)]));
        break;
      }
      case 6: { // wrap in nesting
        JsonNode v = slot.get();
        for (int d = r.nextInt(60); d > 0; d--) {
          ArrayNode a = f.arrayNode();
          a.add(v);
          v = a;
        }
        slot.set(v);
        break;
      }
      case 7: // add an unknown field or element
        if (slot.parent instanceof ObjectNode o) {
          o.put("extra" + r.nextInt(10), r.nextInt(100));
        } else {
          ((ArrayNode) slot.parent).add(slot.get().deepCopy());
        }
        break;
      case 8: { // plausible numeric edits, often still valid
        JsonNode v = slot.get();
        if (v.isNumber()) {
          double factor = new double[] {0, 0.5, 1, 1.01, 2, -1, 10}[r.nextInt(7)];
          slot.set(v.isIntegralNumber() ? f.numberNode((long) (v.longValue() * factor)) : f.numberNode(v.doubleValue() * factor));
        } else if (v.isTextual()) {
          slot.set(f.textNode(v.textValue() + "ö"));
        }
        break;
      }
      default: { // long strings
        slot.set(f.textNode("x".repeat(r.nextInt(2_000_000))));
        break;
      }
    }
    return Json.mapper().writeValueAsBytes(root);
  }

  /** A place in the tree: a field of an object or an element of an array. */
  private record Slot(ContainerNode<?> parent, String field, int index) {
    JsonNode get() {
      return field != null ? parent.get(field) : parent.get(index);
    }

    void set(JsonNode v) {
      if (field != null) {
        ((ObjectNode) parent).set(field, v);
      } else {
        ((ArrayNode) parent).set(index, v);
      }
    }

    void remove() {
      if (field != null) {
        ((ObjectNode) parent).remove(field);
      } else {
        ((ArrayNode) parent).remove(index);
      }
    }
  }

  private static void collect(JsonNode node, List<Slot> out) {
    if (node instanceof ObjectNode o) {
      o.fieldNames().forEachRemaining(name -> {
        out.add(new Slot(o, name, -1));
        collect(o.get(name), out);
      });
    } else if (node instanceof ArrayNode a) {
      for (int i = 0; i < a.size(); i++) {
        out.add(new Slot(a, null, i));
        collect(a.get(i), out);
      }
    }
  }
}
