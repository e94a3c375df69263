package se.socialorg.advisor.store.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks a JSON tree against the shape of a record type before Jackson binds it: every component
 * present, no unknown fields, no nulls except where allowed, and exact JSON types (Jackson would
 * otherwise quietly turn {@code "800"} into 800). Reports the first problem with its field path.
 */
final class StructureCheck {

  private final Set<String> nullable;
  private final Set<String> optional;

  /**
   * @param nullable dotted paths where JSON null is allowed
   */
  StructureCheck(Set<String> nullable) {
    this(nullable, Set.of());
  }

  /**
   * @param nullable dotted paths where JSON null is allowed
   * @param optional dotted paths that may be absent (the record then gets null, which its
   *     constructor replaces with a default)
   */
  StructureCheck(Set<String> nullable, Set<String> optional) {
    this.nullable = Set.copyOf(nullable);
    this.optional = Set.copyOf(optional);
  }

  void check(JsonNode node, Type type, String path) throws ScenarioFileException {
    if (type instanceof ParameterizedType p) {
      Class<?> raw = (Class<?>) p.getRawType();
      Type[] params = p.getActualTypeArguments();
      if (Map.class.isAssignableFrom(raw)) {
        checkMap(node, params[0], params[1], path);
        return;
      }
      if (Collection.class.isAssignableFrom(raw)) {
        checkArray(node, params[0], path);
        return;
      }
      throw new IllegalStateException("Unsupported type " + type);
    }
    Class<?> c = (Class<?>) type;
    if (c.isRecord()) {
      checkRecord(node, c, path);
    } else if (c == int.class || c == Integer.class || c == long.class || c == Long.class) {
      if (!node.isIntegralNumber()) {
        throw problem("scenario.error.expectedInteger", List.of(), path);
      }
      boolean fits = c == long.class || c == Long.class ? node.canConvertToLong() : node.canConvertToInt();
      if (!fits) {
        throw problem("scenario.error.numberTooLarge", List.of(), path);
      }
    } else if (c == double.class || c == Double.class) {
      if (!node.isNumber()) {
        throw problem("scenario.error.expectedNumber", List.of(), path);
      }
      if (!Double.isFinite(node.doubleValue())) {
        throw problem("scenario.error.numberTooLarge", List.of(), path);
      }
    } else if (c == boolean.class || c == Boolean.class) {
      if (!node.isBoolean()) {
        throw problem("scenario.error.expectedBoolean", List.of(), path);
      }
    } else if (c == String.class) {
      if (!node.isTextual()) {
        throw problem("scenario.error.expectedText", List.of(), path);
      }
    } else if (c.isEnum()) {
      checkEnum(node, c, path);
    } else {
      throw new IllegalStateException("Unsupported type " + type);
    }
  }

  private void checkRecord(JsonNode node, Class<?> type, String path) throws ScenarioFileException {
    if (!node.isObject()) {
      throw problem("scenario.error.expectedObject", List.of(), path);
    }
    RecordComponent[] components = type.getRecordComponents();
    Set<String> names = Arrays.stream(components).map(RecordComponent::getName).collect(Collectors.toSet());
    Iterator<String> fields = node.fieldNames();
    while (fields.hasNext()) {
      String name = fields.next();
      if (!names.contains(name)) {
        throw problem("scenario.error.unknownField", List.of(abbreviate(name)), join(path, name));
      }
    }
    for (RecordComponent rc : components) {
      String childPath = join(path, rc.getName());
      JsonNode child = node.get(rc.getName());
      if (child == null && optional.contains(childPath)) {
        continue;
      }
      if (child == null) {
        throw problem("scenario.error.missingField", List.of(rc.getName()), childPath);
      }
      if (child.isNull()) {
        if (nullable.contains(childPath)) {
          continue;
        }
        throw problem("scenario.error.nullValue", List.of(), childPath);
      }
      check(child, rc.getGenericType(), childPath);
    }
  }

  private void checkMap(JsonNode node, Type keyType, Type valueType, String path)
      throws ScenarioFileException {
    if (!node.isObject()) {
      throw problem("scenario.error.expectedObject", List.of(), path);
    }
    for (Map.Entry<String, JsonNode> e : node.properties()) {
      String childPath = join(path, e.getKey());
      if (keyType instanceof Class<?> k && k.isEnum() && !constantNames(k).contains(e.getKey())) {
        throw problem(
            "scenario.error.badChoice",
            List.of(e.getKey(), String.join(", ", constantNames(k))),
            childPath);
      }
      if (e.getValue().isNull()) {
        throw problem("scenario.error.nullValue", List.of(), childPath);
      }
      check(e.getValue(), valueType, childPath);
    }
  }

  private void checkArray(JsonNode node, Type elementType, String path) throws ScenarioFileException {
    if (!node.isArray()) {
      throw problem("scenario.error.expectedList", List.of(), path);
    }
    for (int i = 0; i < node.size(); i++) {
      String childPath = path + "[" + i + "]";
      if (node.get(i).isNull()) {
        throw problem("scenario.error.nullValue", List.of(), childPath);
      }
      check(node.get(i), elementType, childPath);
    }
  }

  private static void checkEnum(JsonNode node, Class<?> type, String path) throws ScenarioFileException {
    List<String> allowed = constantNames(type);
    if (!node.isTextual() || !allowed.contains(node.textValue())) {
      String found = node.isTextual() ? node.textValue() : node.toString();
      throw problem("scenario.error.badChoice", List.of(abbreviate(found), String.join(", ", allowed)), path);
    }
  }

  private static List<String> constantNames(Class<?> enumType) {
    return Arrays.stream(enumType.getEnumConstants()).map(e -> ((Enum<?>) e).name()).toList();
  }

  static String abbreviate(String s) {
    return s.length() <= 40 ? s : s.substring(0, 40) + "…";
  }

  static String join(String path, String name) {
    return path.isEmpty() ? name : path + "." + name;
  }

  static ScenarioFileException problem(String key, List<?> args, String path) {
    return new ScenarioFileException(key, args, path, -1, -1, null);
  }
}
