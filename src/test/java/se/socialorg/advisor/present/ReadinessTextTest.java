package se.socialorg.advisor.present;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import se.socialorg.advisor.i18n.I18n;
import se.socialorg.advisor.model.Readiness;

/** The readiness step's notes and chart source in words, without a toolkit. */
class ReadinessTextTest {

  private static final I18n EN = I18n.forLanguage("en");
  private static final I18n SV = I18n.forLanguage("sv");

  private static Readiness survey() {
    return new Readiness(0.12, 0.4, 350, 1.5, "Spring pulse", 240);
  }

  @Test
  void everyDefaultFigureIsNamedAsAnAssumption() {
    assertThat(new ReadinessText(EN).assumptionNotes(Readiness.defaults(), 800)).containsExactly(
        EN.t("wizard.readiness.assume.willing"), EN.t("wizard.readiness.assume.active"),
        EN.t("wizard.readiness.assume.network"));
  }

  @Test
  void ownEstimatesAreNoAssumptions() {
    Readiness d = Readiness.defaults();
    Readiness own = new Readiness(d.activeShare() + 0.05, d.willingShare() + 0.05,
        d.averageNetwork() + 10, d.postsPerWeek() + 1, "", 0);
    assertThat(new ReadinessText(EN).assumptionNotes(own, 800)).isEmpty();
  }

  @Test
  void surveyFiguresNameTheSurveyThenTheirMargins() {
    Readiness r = survey();
    assertThat(new ReadinessText(EN).assumptionNotes(r, 800))
        .startsWith(EN.t("wizard.readiness.fromSurvey", "Spring pulse", 240))
        .containsAll(SurveyMargin.lines(EN, r, 800))
        .doesNotContain(EN.t("wizard.readiness.assume.willing"));
  }

  @Test
  void theChartSourceNamesTheSurveyOrEstimatesInSwedish() {
    assertThat(new ReadinessText(SV).yourSource(survey()))
        .isEqualTo(SV.t("wizard.readiness.surveySource", "Spring pulse", 240));
    assertThat(new ReadinessText(SV).yourSource(Readiness.defaults()))
        .isEqualTo(SV.t("wizard.readiness.estimateSource"));
  }
}
