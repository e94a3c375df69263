package se.socialorg.advisor.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import se.socialorg.advisor.engine.DecisionEngine;
import se.socialorg.advisor.model.InputField;
import se.socialorg.advisor.model.InputWriter;
import se.socialorg.advisor.model.Scenario;
import se.socialorg.advisor.ui.scenario.ScenarioSession;

/** The leaning panel's state, without a toolkit. */
class LeaningViewModelTest {

  private final DecisionEngine engine = new DecisionEngine();
  private final ScenarioSession session = new ScenarioSession();
  private final WizardModel wizard = new WizardModel(session);
  private final LeaningViewModel leaning = new LeaningViewModel(wizard);

  /** What the wizard's live evaluator does after every change. */
  private void evaluate() {
    wizard.publish(engine.evaluate(session.scenario().inputs()));
  }

  private void edit(InputField f, double v) {
    session.edit(s -> s.withInputs(InputWriter.write(s.inputs(), f, v)));
    evaluate();
  }

  @Test
  void anEditNamesTheChangedInput() {
    evaluate();
    edit(InputField.TECHNICAL_EXPERT_SHARE, 0.9);
    assertThat(leaning.moveProperty().get()).isNotNull()
        .extracting(LeaningViewModel.Move::changeKey)
        .isEqualTo("field.TECHNICAL_EXPERT_SHARE");
  }

  @Test
  void openingAScenarioNamesNoChange() {
    evaluate();
    Scenario other = Scenario.blank().withInputs(InputWriter.write(Scenario.blank().inputs(),
        InputField.TECHNICAL_EXPERT_SHARE, 0.9));
    session.replace(other, null, false);
    evaluate();
    assertThat(leaning.moveProperty().get()).isNull();
  }

  @Test
  void openingAScenarioForgetsTheMoveBeforeIt() {
    evaluate();
    edit(InputField.TECHNICAL_EXPERT_SHARE, 0.9);
    session.replace(Scenario.blank(), null, false);
    evaluate();
    assertThat(leaning.moveProperty().get()).isNull();
  }

  @Test
  void theFirstEditAfterOpeningIsNamed() {
    session.replace(Scenario.blank(), null, false);
    evaluate();
    edit(InputField.TECHNICAL_EXPERT_SHARE, 0.9);
    assertThat(leaning.moveProperty().get()).isNotNull();
  }

  @Test
  void theScoresAreThereForANewViewAtOnce() {
    evaluate();
    LeaningViewModel again = new LeaningViewModel(wizard);
    assertThat(again.evaluationProperty().get()).isNotNull();
    assertThat(again.ranked()).isNotEmpty()
        .startsWith(wizard.evaluation().recommended());
  }

  @org.junit.jupiter.params.ParameterizedTest(name = "{0} against {1}: level {2}")
  @org.junit.jupiter.params.provider.CsvSource({
      "0.654, 0.651, true, 65",   // both shown as 65
      "0.656, 0.644, false, 66",  // 66 against 64
      "0.655, 0.645, false, 66",  // 66 against 65: rounded as the panel rounds
      "0.70, 0.70, true, 70"})
  void theLeadIsLevelOnlyWhenThePanelShowsTheSamePoints(double first, double second,
      boolean level, long points) {
    var totals = java.util.Map.of(
        se.socialorg.advisor.model.Alternative.DISTRIBUTED_ADVOCACY, first,
        se.socialorg.advisor.model.Alternative.HUB_AND_SPOKE, second,
        se.socialorg.advisor.model.Alternative.CENTRALISED, 0.4);
    var ranked = java.util.List.of(se.socialorg.advisor.model.Alternative.DISTRIBUTED_ADVOCACY,
        se.socialorg.advisor.model.Alternative.HUB_AND_SPOKE,
        se.socialorg.advisor.model.Alternative.CENTRALISED);

    LeaningViewModel.Lead lead = LeaningViewModel.Lead.of(ranked, totals::get);

    assertThat(lead.first()).isEqualTo(se.socialorg.advisor.model.Alternative.DISTRIBUTED_ADVOCACY);
    assertThat(lead.points()).isEqualTo(points);
    assertThat(lead.levelWith()).isEqualTo(
        level ? se.socialorg.advisor.model.Alternative.HUB_AND_SPOKE : null);
  }

  @Test
  void theLeadIsTheBestRankedModel() {
    evaluate();
    assertThat(leaning.lead().first()).isEqualTo(leaning.ranked().get(0));
  }

  @Test
  void rankedIsBestFirst() {
    evaluate();
    var e = wizard.evaluation();
    assertThat(leaning.ranked()).isSortedAccordingTo(
        (a, b) -> Double.compare(e.total(b), e.total(a)));
  }

  @Test
  void whileAnInputIsInvalidNoChangeIsNamed() {
    evaluate();
    new TrustStepViewModel(wizard, () -> se.socialorg.advisor.i18n.I18n.forLanguage("en"))
        .field(InputField.TRUST_IN_MEDIA).type("150");
    edit(InputField.TECHNICAL_EXPERT_SHARE, 0.9);
    assertThat(leaning.moveProperty().get()).isNull();
  }
}
