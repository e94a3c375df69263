package se.socialorg.advisor.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ResourceBundle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Nothing on screen or in the report points to a developer's file: the decision model is explained
 * in the app (Help > How the advice is made), not in {@code docs/decision-model.md}.
 */
class NoDeveloperArtefactsTest {

  @ParameterizedTest
  @ValueSource(strings = {"en", "sv"})
  void noTextNamesADocsFolderOrAMarkdownFile(String language) {
    ResourceBundle bundle = I18n.forLanguage(language).bundle();
    assertThat(bundle.keySet()).allSatisfy(key -> assertThat(bundle.getString(key))
        .as(key).doesNotContain("docs/").doesNotContainPattern("\\.md\\b"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "sv"})
  void theDecisionModelSourceNamesTheHelpPage(String language) {
    I18n t = I18n.forLanguage(language);
    assertThat(t.t("wizard.result.scoreSource")).contains(t.t("help.page.HOW"));
    assertThat(t.t("advice.method.text")).contains(t.t("help.page.HOW"));
  }
}
