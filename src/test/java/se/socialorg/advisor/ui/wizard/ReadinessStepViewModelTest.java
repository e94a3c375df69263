package se.socialorg.advisor.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.socialorg.advisor.i18n.I18n;
import se.socialorg.advisor.model.Readiness;
import se.socialorg.advisor.model.Scenario;
import se.socialorg.advisor.store.survey.SurveyInfo;
import se.socialorg.advisor.ui.scenario.ScenarioSession;

/** Step 4's state, without a toolkit. */
class ReadinessStepViewModelTest {

  private static final I18n EN = I18n.forLanguage("en");

  private final ScenarioSession session = new ScenarioSession();
  private final ReadinessStepViewModel readiness =
      new ReadinessStepViewModel(new WizardModel(session), () -> EN);

  private static final SurveyInfo SPRING = new SurveyInfo(7, "Spring pulse", "", "", 240);
  private static final SurveyInfo AUTUMN = new SurveyInfo(8, "Autumn pulse", "", "", 180);

  private static Readiness fromSurvey(String name, int respondents) {
    return new Readiness(0.12, 0.4, 350, 1.5, name, respondents);
  }

  @Test
  void estimatesComeFirstInTheChoices() {
    assertThat(readiness.choices(List.of(SPRING, AUTUMN)))
        .containsExactly(ReadinessStepViewModel.ESTIMATES, SPRING, AUTUMN);
  }

  @Test
  void theSurveyTheScenarioNamesIsChosen() {
    readiness.useSurvey(fromSurvey("Autumn pulse", 180));
    assertThat(readiness.chosen(readiness.choices(List.of(SPRING, AUTUMN)))).isEqualTo(AUTUMN);
  }

  @Test
  void aRenamedSurveyIsStillChosenByItsOwnId() {
    SurveyInfo linked = new SurveyInfo(9, "Pulse", "", "", 120, "c0ffee");
    readiness.useSurvey(new Readiness(0.12, 0.4, 350, 1.5, "Pulse", 120, "c0ffee"));
    SurveyInfo renamed = new SurveyInfo(9, "Medarbetarenkät 2026", "", "", 120, "c0ffee");
    SurveyInfo sameOldName = new SurveyInfo(10, "Pulse", "", "", 80, "beef");
    assertThat(linked.usedBy(session.scenario().inputs().readiness())).isTrue();
    assertThat(readiness.chosen(readiness.choices(List.of(sameOldName, renamed))))
        .isEqualTo(renamed);
  }

  @Test
  void editingAFigureKeepsTheSurveysId() {
    readiness.useSurvey(new Readiness(0.12, 0.4, 350, 1.5, "Pulse", 120, "c0ffee"));
    session.edit(sc -> sc.withInputs(se.socialorg.advisor.model.InputWriter.write(sc.inputs(),
        se.socialorg.advisor.model.InputField.WILLING_SHARE, 0.5)));
    assertThat(session.scenario().inputs().readiness().surveyId()).isEqualTo("c0ffee");
  }

  @Test
  void estimatesAreChosenWhenTheNamedSurveyIsGone() {
    readiness.useSurvey(fromSurvey("Deleted pulse", 99));
    assertThat(readiness.chosen(readiness.choices(List.of(SPRING))))
        .isEqualTo(ReadinessStepViewModel.ESTIMATES);
  }

  @Test
  void usingEstimatesKeepsTheFiguresButDropsTheSurvey() {
    readiness.useSurvey(fromSurvey("Spring pulse", 240));
    readiness.useEstimates();
    Readiness r = session.scenario().inputs().readiness();
    assertThat(r.fromSurvey()).isFalse();
    assertThat(r.willingShare()).isEqualTo(0.4);
  }

  @Test
  void theDefaultFiguresAreNamedAsAssumptions() {
    session.replace(Scenario.blank(), null, false);
    assertThat(readiness.assumptionNotes()).contains(
        EN.t("wizard.readiness.assume.willing"), EN.t("wizard.readiness.assume.active"));
  }

  @Test
  void surveyFiguresNameTheirSurveyInsteadOfAssumptions() {
    readiness.useSurvey(fromSurvey("Spring pulse", 240));
    assertThat(readiness.assumptionNotes())
        .startsWith(EN.t("wizard.readiness.fromSurvey", "Spring pulse", 240))
        .doesNotContain(EN.t("wizard.readiness.assume.willing"));
  }

  @Test
  void theChartSourceFollowsTheSurvey() {
    readiness.useSurvey(fromSurvey("Spring pulse", 240));
    assertThat(readiness.yourSource())
        .isEqualTo(EN.t("wizard.readiness.surveySource", "Spring pulse", 240));
  }

  @Test
  void theReadinessFollowsAnOpenedScenario() {
    Readiness r = fromSurvey("Spring pulse", 240);
    Scenario blank = Scenario.blank();
    session.replace(blank.withInputs(blank.inputs().withReadiness(r)), null, false);
    assertThat(readiness.readinessProperty().get()).isEqualTo(r);
  }
}
