package se.socialorg.advisor.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Both bundles hold the same keys, with the same placeholders, and every key is used. */
class BundleConsistencyTest {

  private static final Path RES = Path.of("src/main/resources/se/socialorg/advisor/i18n");
  private static final Pattern LITERAL = Pattern.compile("\"([a-zA-Z][a-zA-Z0-9_.-]*)\"");
  private static final Pattern FXML_KEY = Pattern.compile("\"%([a-zA-Z][a-zA-Z0-9_.-]*)\"");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");

  private static Properties english;
  private static Properties swedish;
  private static Map<Path, String> sources;

  @BeforeAll
  static void load() throws IOException {
    english = read(RES.resolve("messages.properties"));
    swedish = read(RES.resolve("messages_sv.properties"));
    sources = new TreeMap<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main"))) {
      for (Path f : files.filter(Files::isRegularFile).collect(Collectors.toList())) {
        String name = f.toString();
        if (name.endsWith(".java") || name.endsWith(".fxml")) {
          sources.put(f, Files.readString(f, StandardCharsets.UTF_8));
        }
      }
    }
  }

  /** The key-like strings of every source file: literals in Java, {@code %key} in FXML. */
  private static void forEachKeyIn(Pattern javaPattern, java.util.function.BiConsumer<Path, String> found) {
    sources.forEach((file, text) -> {
      Matcher m = (file.toString().endsWith(".fxml") ? FXML_KEY : javaPattern).matcher(text);
      while (m.find()) {
        found.accept(file, m.group(1));
      }
    });
  }

  /** Keys whose text in either bundle matches {@code test}. */
  private static Set<String> keysWhere(Predicate<String> test) {
    Set<String> keys = new TreeSet<>();
    for (Properties p : new Properties[] {english, swedish}) {
      p.forEach((k, v) -> {
        if (test.test(v.toString())) {
          keys.add(k.toString());
        }
      });
    }
    return keys;
  }

  /**
   * A key written twice silently keeps its last text; merged branches that both add or change a line would
   * otherwise hide one of the two wordings.
   */
  @Test
  void noKeyIsWrittenTwice() throws IOException {
    for (String bundle : new String[] {"messages.properties", "messages_sv.properties"}) {
      Set<String> seen = new TreeSet<>();
      Set<String> twice = new TreeSet<>();
      for (String line : Files.readAllLines(RES.resolve(bundle), StandardCharsets.UTF_8)) {
        String trimmed = line.strip();
        int eq = trimmed.indexOf('=');
        if (trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.startsWith("!") || eq < 0) {
          continue;
        }
        String key = trimmed.substring(0, eq).strip();
        if (!seen.add(key)) {
          twice.add(key);
        }
      }
      assertThat(twice).as("keys written twice in %s", bundle).isEmpty();
    }
  }

  @Test
  void swedishHasEveryEnglishKey() {
    assertThat(swedish.stringPropertyNames()).containsAll(english.stringPropertyNames());
  }

  @Test
  void englishHasEverySwedishKey() {
    assertThat(english.stringPropertyNames()).containsAll(swedish.stringPropertyNames());
  }

  @Test
  void placeholdersMatch() {
    Set<String> mismatched = new TreeSet<>();
    for (String key : english.stringPropertyNames()) {
      if (swedish.containsKey(key)
          && !placeholders(english.getProperty(key)).equals(placeholders(swedish.getProperty(key)))) {
        mismatched.add(key);
      }
    }
    assertThat(mismatched).isEmpty();
  }

  @Test
  void everyPatternIsAValidMessageFormat() {
    Set<String> broken = new TreeSet<>();
    for (Properties p : new Properties[] {english, swedish}) {
      for (String key : p.stringPropertyNames()) {
        try {
          new MessageFormat(p.getProperty(key));
        } catch (IllegalArgumentException e) {
          broken.add(key);
        }
      }
    }
    assertThat(broken).isEmpty();
  }

  /**
   * A key is used when code or FXML names it, or when code builds it from a literal prefix (e.g.
   * {@code "goal." + goal.name()}, or {@code step.key() + ".title"} with the key {@code
   * "wizard.goals"}).
   */
  @Test
  void everyKeyIsUsed() {
    Set<String> literals = new TreeSet<>();
    forEachKeyIn(LITERAL, (file, key) -> literals.add(key));
    Set<String> unused = new TreeSet<>();
    for (String key : english.stringPropertyNames()) {
      boolean used =
          literals.contains(key)
              || literals.stream().anyMatch(l -> l.endsWith(".") && key.startsWith(l))
              || literals.stream().anyMatch(l -> l.indexOf('.') > 0 && key.startsWith(l + "."));
      if (!used) {
        unused.add(key);
      }
    }
    assertThat(unused).isEmpty();
  }

  /**
   * FXML shows texts raw while code formats them with MessageFormat, which treats an ASCII
   * apostrophe as a quote; the typographic apostrophe (U+2019) reads the same in both.
   */
  @Test
  void noAsciiApostrophes() {
    assertThat(keysWhere(v -> v.indexOf('\'') >= 0)).isEmpty();
  }

  /** Every key that code asks for by name ({@code t("key", ...)}) or FXML names exists. */
  @Test
  void everyKeyNamedInCodeExists() {
    Pattern call = Pattern.compile("\\bt\\(\\s*\"([a-zA-Z][a-zA-Z0-9_.-]*[a-zA-Z0-9])\"");
    Set<String> missing = new TreeSet<>();
    forEachKeyIn(call, (file, key) -> {
      if (!english.containsKey(key)) {
        missing.add(key + " (" + file.getFileName() + ")");
      }
    });
    assertThat(missing).isEmpty();
  }

  @Test
  void noEmptyTexts() {
    assertThat(keysWhere(String::isBlank)).isEmpty();
  }

  private static Set<String> placeholders(String pattern) {
    Set<String> out = new TreeSet<>();
    Matcher m = PLACEHOLDER.matcher(pattern);
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }

  private static Properties read(Path file) throws IOException {
    Properties p = new Properties();
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      p.load(r);
    }
    return p;
  }
}
