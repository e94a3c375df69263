package se.socialorg.advisor.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.socialorg.advisor.i18n.I18n;

/**
 * Help > The five models and How the advice is made say when the last two models are offered; the
 * figures they give are the engine's (decision model s.1).
 */
class HelpMatchesTheOfferRulesTest {

  @ParameterizedTest
  @ValueSource(strings = {"en", "sv"})
  void multipleHubAndSpokeIsOfferedFromTheEnginesSizeAndSpread(String language) {
    I18n t = I18n.forLanguage(language);
    String employees = t.number(ScoringModel.MULTI_HUB_MIN_EMPLOYEES, 0);
    assertThat(ScoringModel.MULTI_HUB_MIN_UNITS).isEqualTo(3);
    String three = language.equals("sv") ? "tre" : "three";
    assertThat(t.t("help.models.MULTIPLE_HUB_AND_SPOKE.fits")).contains(employees, three);
    assertThat(t.t("help.how.offered.text")).contains(employees, three);
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "sv"})
  void holisticIsOfferedFromTheEnginesMaturityAndOpenness(String language) {
    I18n t = I18n.forLanguage(language);
    String fits = t.t("help.models.HOLISTIC.fits");
    long percent = Math.round(ScoringModel.HOLISTIC_MIN_OPENNESS * 100);
    assertThat(fits).containsPattern("\\b" + percent + "[ \u00a0]?%")
        .contains(t.t("maturity." + ScoringModel.HOLISTIC_MIN_MATURITY.name()));
  }

  @Test
  void theEnglishHelpNamesTheSameStagesAsTheMaturityList() {
    I18n en = I18n.forLanguage("en");
    assertThat(en.t("help.models.HOLISTIC.fits")).contains(en.t("maturity.CONVERGED"));
  }
}
