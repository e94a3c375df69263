package se.socialorg.advisor.store.survey;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What the manager said unknown answer words mean, per field: "Ibland" in the active column read
 * as "monthly", "Absolut" in the willingness column as "5". Applied before an answer is parsed,
 * case-insensitively.
 */
public final class AnswerMapping {

  /** No words mapped. */
  public static final AnswerMapping NONE = new AnswerMapping(Map.of());

  private final Map<SurveyField, Map<String, String>> words;

  private AnswerMapping(Map<SurveyField, Map<String, String>> words) {
    this.words = words;
  }

  /** A mapping from field to (word as in the file, answer it means). */
  public static AnswerMapping of(Map<SurveyField, Map<String, String>> words) {
    Map<SurveyField, Map<String, String>> copy = new EnumMap<>(SurveyField.class);
    words.forEach(
        (f, m) -> {
          Map<String, String> keyed = new HashMap<>();
          m.forEach((w, a) -> keyed.put(Answers.key(w), a));
          copy.put(f, Map.copyOf(keyed));
        });
    return new AnswerMapping(copy);
  }

  /**
   * Parses the command-line form {@code field:word=answer;field:word=answer}, e.g. {@code
   * active:Ibland=monthly;willingness:Absolut=5}; empty when an entry is malformed.
   */
  public static Optional<AnswerMapping> parse(String text) {
    Map<SurveyField, Map<String, String>> out = new EnumMap<>(SurveyField.class);
    for (String entry : text.split(";")) {
      if (entry.isBlank()) {
        continue;
      }
      int colon = entry.indexOf(':');
      int eq = entry.lastIndexOf('=');
      if (colon <= 0 || eq < colon + 2 || eq == entry.length() - 1) {
        return Optional.empty();
      }
      Optional<SurveyField> f = SurveyField.parse(entry.substring(0, colon));
      if (f.isEmpty()) {
        return Optional.empty();
      }
      out.computeIfAbsent(f.get(), k -> new HashMap<>())
          .put(entry.substring(colon + 1, eq).strip(), entry.substring(eq + 1).strip());
    }
    return Optional.of(of(out));
  }

  /** The answer as the manager mapped it, or the value itself. */
  String apply(SurveyField field, String value) {
    Map<String, String> m = words.get(field);
    if (m == null || value == null || value.isBlank()) {
      return value;
    }
    return m.getOrDefault(Answers.key(value), value);
  }

  /** True when no word is mapped. */
  public boolean isEmpty() {
    return words.values().stream().allMatch(Map::isEmpty);
  }
}
