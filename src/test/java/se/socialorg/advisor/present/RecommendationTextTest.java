package se.socialorg.advisor.present;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.socialorg.advisor.engine.AhpResult;
import se.socialorg.advisor.engine.DecisionEngine;
import se.socialorg.advisor.i18n.I18n;
import se.socialorg.advisor.model.Goal;
import se.socialorg.advisor.model.Judgement;
import se.socialorg.advisor.model.ScenarioInputs;

class RecommendationTextTest {

  private static final I18n EN = I18n.forLanguage("en");

  @Test
  void aConsistencyRatioOfExactlyTenPerCentReadsAsGood() {
    AhpResult atLimit = new AhpResult(new double[] {0.5, 0.3, 0.2}, 3.1, 0.05, 0.10);
    assertThat(new RecommendationText(EN).consistency(atLimit))
        .isEqualTo(EN.t("wizard.goals.cr.good", "0.10"));
  }

  @Test
  void aConsistencyRatioAboveTenPerCentReadsAsBad() {
    AhpResult above = new AhpResult(new double[] {0.5, 0.3, 0.2}, 3.2, 0.1, 0.12);
    assertThat(new RecommendationText(EN).consistency(above))
        .isEqualTo(EN.t("wizard.goals.cr.bad", "0.12"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "sv"})
  void theSentenceNamesTheRecommendedModelInTheLanguage(String lang) {
    I18n i18n = I18n.forLanguage(lang);
    Analysis a = Analysis.of(new DecisionEngine(), ScenarioInputs.defaults());
    String name = i18n.t("alternative." + a.evaluation().recommended().name());
    assertThat(new RecommendationText(i18n).sentence(a)).contains(name);
  }

  @Test
  void everyFlipPointIsOneSentence() {
    Analysis a = Analysis.of(new DecisionEngine(), ScenarioInputs.defaults());
    long flipping = a.sensitivity().flipPoints().stream().filter(f -> f.flips()).count();
    assertThat(new RecommendationText(EN).flipPoints(a.sensitivity())).hasSize((int) flipping)
        .allSatisfy(s -> assertThat(s).doesNotContain("!"));
  }

  @Test
  void aPairwiseAnswerNamesTheMoreImportantGoalFirst() {
    Judgement j = new Judgement(Goal.values()[0], Goal.values()[1], 1.0 / 3);
    assertThat(new RecommendationText(EN).answer(j)).isEqualTo(EN.t("wizard.goals.answer.more",
        EN.t("goal." + Goal.values()[1].name()), "3", EN.t("goal." + Goal.values()[0].name())));
  }

  @Test
  void theAnalysisUsesTheEnginesSeedAndDraws() {
    Analysis a = Analysis.of(new DecisionEngine(), ScenarioInputs.defaults());
    assertThat(a.acceptability().seed())
        .isEqualTo(se.socialorg.advisor.engine.MonteCarlo.DEFAULT_SEED);
    assertThat(a.acceptability().draws())
        .isEqualTo(se.socialorg.advisor.engine.MonteCarlo.DEFAULT_DRAWS);
  }
}
