package se.socialorg.advisor.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import se.socialorg.advisor.i18n.I18n;
import se.socialorg.advisor.model.Alternative;
import se.socialorg.advisor.model.Goal;
import se.socialorg.advisor.model.MaturityStage;
import se.socialorg.advisor.model.SharedFunctions;

/** Every text key the engine can emit exists in both bundles with the same placeholders. */
class EngineMessagesTest {

  static Stream<String> keys() {
    List<String> keys = new ArrayList<>();
    for (Rule r : Rule.values()) {
      keys.add(r.reasonKey(true));
      keys.add(r.reasonKey(false));
      keys.add(r.sourceKey());
    }
    for (Alternative a : Alternative.values()) {
      keys.add("alternative." + a.name());
      keys.add("alternative." + a.name() + ".description");
    }
    for (Goal g : Goal.values()) {
      keys.add("goal." + g.name());
      keys.add("goal." + g.name() + ".description");
    }
    for (MaturityStage m : MaturityStage.values()) {
      keys.add("maturity." + m.name());
      keys.add("maturity." + m.name() + ".description");
    }
    for (SharedFunctions s : SharedFunctions.values()) {
      keys.add("engine.sharedFunctions." + s.name());
    }
    keys.addAll(
        List.of(
            "engine.reason.goal",
            "engine.reason.defaultNote",
            "engine.excluded.MULTIPLE_HUB_AND_SPOKE",
            "engine.excluded.HOLISTIC",
            "source.altimeter2011",
            "source.linkedin2016"));
    return keys.stream().distinct();
  }

  @ParameterizedTest
  @MethodSource("keys")
  void keyExistsInEnglishAndSwedishWithSamePlaceholders(String key) {
    I18n en = new I18n(I18n.ENGLISH);
    I18n sv = new I18n(I18n.SWEDISH);
    assertThat(en.bundle().containsKey(key)).as("English " + key).isTrue();
    assertThat(sv.bundle().containsKey(key)).as("Swedish " + key).isTrue();
    assertThat(placeholders(sv.bundle().getString(key), sv.locale()))
        .isEqualTo(placeholders(en.bundle().getString(key), en.locale()));
  }

  private static TreeSet<Integer> placeholders(String pattern, Locale locale) {
    MessageFormat f = new MessageFormat(pattern, locale);
    TreeSet<Integer> out = new TreeSet<>();
    int n = f.getFormatsByArgumentIndex().length;
    for (int i = 0; i < n; i++) {
      if (pattern.contains("{" + i)) {
        out.add(i);
      }
    }
    return out;
  }
}
