package se.socialorg.advisor.present.help;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import se.socialorg.advisor.i18n.I18n;
import se.socialorg.advisor.model.Alternative;

/** The help's words in both languages: panes, models, glossary and how the advice is made. */
class HelpContentTest {

  private static HelpContent in(String language) {
    return new HelpContent(I18n.forLanguage(language));
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "sv"})
  void theIntroductionHasFourShortPanes(String language) {
    List<HelpSection> panes = in(language).introPanes();
    assertThat(panes).extracting(HelpSection::id)
        .containsExactly("answers", "steps", "figures", "sure");
    // Short: a pane reads in well under a minute.
    assertThat(panes).allSatisfy(p -> assertThat(p.text().split("\\s+")).hasSizeLessThan(90));
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "sv"})
  void theFiveModelsAreTheEnginesInItsOrderEachWithTwoOrThreeSentences(String language) {
    List<ModelHelp> models = in(language).models();
    assertThat(models).extracting(ModelHelp::model).containsExactly(Alternative.values());
    assertThat(models).allSatisfy(m -> {
      assertThat(m.text().split("(?<=\\.) ")).hasSizeBetween(2, 3);
      assertThat(m.fits()).isNotBlank();
      assertThat(m.diagramText()).isNotBlank();
      assertThat(m.diagram()).isEqualTo(OrgDiagram.of(m.model()));
    });
  }

  @Test
  void aModelIsNamedAsEverywhereElseInTheApp() {
    I18n sv = I18n.forLanguage("sv");
    assertThat(new HelpContent(sv).model(Alternative.HUB_AND_SPOKE).name())
        .isEqualTo(sv.t("alternative.HUB_AND_SPOKE")).isEqualTo("Hub-and-spoke");
  }

  @Test
  void swedishHubAndSpokeTurnsNobodyIntoASpoke() {
    HelpContent sv = in("sv");
    StringBuilder all = new StringBuilder();
    sv.models().forEach(m -> all.append(m.text()).append(m.fits()).append(m.diagramText()));
    sv.glossary().forEach(e -> all.append(e.term()).append(e.text()));
    sv.howSections().forEach(s -> all.append(s.text()));
    assertThat(all.toString().toLowerCase(I18n.SWEDISH)).doesNotContain("eker", "navet");
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "sv"})
  void theGlossaryIsSortedAsTheLanguageSorts(String language) {
    List<String> terms = in(language).glossary().stream().map(GlossaryEntry::term).toList();
    java.text.Collator collator = java.text.Collator.getInstance(I18n.forLanguage(language).locale());
    assertThat(terms).isSortedAccordingTo(collator::compare)
        .hasSize(HelpContent.GLOSSARY.size());
  }

  @ParameterizedTest
  @CsvSource({
    "en, flip point, flipPoint",
    "en, MONTE CARLO, robustness",
    "en, wilson, wilson",
    "sv, brytpunkt, flipPoint",
    "sv, bikake, honeycomb",
    "sv, felmarginal, marginOfError",
  })
  void searchFindsAWordInTermOrTextIgnoringCase(String language, String query, String id) {
    assertThat(in(language).glossary(query)).extracting(GlossaryEntry::id).contains(id);
  }

  @Test
  void searchKeepsOnlyEntriesHoldingEveryWord() {
    assertThat(in("en").glossary("earned media value")).extracting(GlossaryEntry::id)
        .containsExactly("emv");
    assertThat(in("en").glossary("no such word anywhere")).isEmpty();
    assertThat(in("en").glossary("  ")).hasSize(HelpContent.GLOSSARY.size());
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "sv"})
  void howTheAdviceIsMadeCoversWhatTheDecisionModelDocumentCovers(String language) {
    assertThat(in(language).howSections()).extracting(HelpSection::id)
        .contains("goals", "scores", "sensitivity", "robustness", "confidence", "money");
  }

  /** The confidence words and their limits are the engine's (decision model s.5.2). */
  @Test
  void theConfidenceLimitsInTheHelpAreTheEngines() {
    String text = in("en").howSections().stream().filter(s -> s.id().equals("confidence"))
        .findFirst().orElseThrow().text();
    for (se.socialorg.advisor.engine.Confidence c : List.of(
        se.socialorg.advisor.engine.Confidence.CLEAR, se.socialorg.advisor.engine.Confidence.LIKELY)) {
      assertThat(text).contains(Math.round(c.minChance() * 100) + " %",
          Math.round(c.minLeadPoints()) + " points");
    }
  }
}
