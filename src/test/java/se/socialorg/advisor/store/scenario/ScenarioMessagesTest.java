package se.socialorg.advisor.store.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import se.socialorg.advisor.i18n.I18n;

/** The scenario.* texts exist in both languages with the same placeholders. */
class ScenarioMessagesTest {

  private static final I18n EN = new I18n(I18n.ENGLISH);
  private static final I18n SV = new I18n(I18n.SWEDISH);

  static Stream<String> englishKeys() {
    return EN.bundle().keySet().stream().filter(k -> k.startsWith("scenario.")).sorted();
  }

  @Test
  void bothLanguagesHaveTheSameScenarioKeys() {
    Set<String> sv =
        SV.bundle().keySet().stream().filter(k -> k.startsWith("scenario.")).collect(Collectors.toSet());

    assertThat(sv).containsExactlyInAnyOrderElementsOf(englishKeys().toList());
  }

  @ParameterizedTest
  @MethodSource("englishKeys")
  void placeholdersMatch(String key) {
    assertThat(placeholders(SV.bundle().getString(key))).isEqualTo(placeholders(EN.bundle().getString(key)));
  }

  @Test
  void everyKeyTheCodeUsesExists() throws IOException {
    Pattern used = Pattern.compile("\"(scenario\\.(?:error|where)\\.[A-Za-z]+)\"");
    Set<String> keys = new TreeSet<>();
    Path src = Path.of("src/main/java/se/socialorg/advisor/store/scenario");
    try (Stream<Path> files = Files.list(src)) {
      for (Path f : files.toList()) {
        Matcher m = used.matcher(Files.readString(f));
        while (m.find()) {
          keys.add(m.group(1));
        }
      }
    }

    assertThat(keys).isNotEmpty().allSatisfy(k -> assertThat(EN.has(k) && SV.has(k)).as(k).isTrue());
  }

  private static Set<String> placeholders(String pattern) {
    Set<String> out = new TreeSet<>();
    Matcher m = Pattern.compile("\\{(\\d+)").matcher(pattern);
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }
}
