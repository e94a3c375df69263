package se.socialorg.advisor.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.socialorg.advisor.i18n.I18n;
import se.socialorg.advisor.model.InputField;
import se.socialorg.advisor.model.InputWriter;
import se.socialorg.advisor.model.Scenario;
import se.socialorg.advisor.ui.scenario.ScenarioSession;

/**
 * The wizard's one validation style, without a toolkit: the steps' view models validate what is
 * typed, and Next follows their validity.
 */
class StepValidationTest {

  private static final I18n EN = I18n.forLanguage("en");
  private static final I18n SV = I18n.forLanguage("sv");

  private I18n language = EN;
  private final ScenarioSession session = new ScenarioSession();
  private final WizardModel wizard = new WizardModel(session);
  private final WizardViewModels models = new WizardViewModels(wizard, () -> language);

  private NumberFieldViewModel employees() {
    return models.organisation().field(InputField.EMPLOYEES);
  }

  private NumberFieldViewModel trustInMedia() {
    return models.trust().field(InputField.TRUST_IN_MEDIA);
  }

  /** The manager on a step, as after Next from the steps before it. */
  private void onStep(int step) {
    for (int s = 0; s < step; s++) {
      wizard.next();
    }
    assertThat(wizard.step()).isEqualTo(step);
  }

  @Test
  void anInvalidValueBlocksNextWithTheReasonInTheManagersWords() {
    onStep(OrganisationStepViewModel.STEP);
    employees().type("-5");
    assertThat(wizard.canGoNextProperty().get()).isFalse();
    assertThat(wizard.blockingReasonProperty().get())
        .isEqualTo("Employees must be between 1 and 1,000,000.");
    assertThat(employees().problemProperty().get())
        .isEqualTo(wizard.blockingReasonProperty().get());
    assertThat(models.organisation().validity().validProperty().get()).isFalse();
  }

  @Test
  void textThatIsNoNumberBlocksNextAndSaysWhatToEnter() {
    onStep(OrganisationStepViewModel.STEP);
    employees().type("many");
    assertThat(wizard.canGoNext()).isFalse();
    assertThat(wizard.blockingReasonProperty().get())
        .isEqualTo("Employees: enter a number from 1 to 1,000,000.");
  }

  @Test
  void correctingTheValueEnablesNextAgain() {
    onStep(OrganisationStepViewModel.STEP);
    employees().type("-5");
    employees().type("250");
    assertThat(wizard.canGoNextProperty().get()).isTrue();
    assertThat(wizard.blockingReasonProperty().get()).isEmpty();
    assertThat(employees().problemProperty().get()).isEmpty();
    assertThat(session.scenario().inputs().organisation().employees()).isEqualTo(250);
  }

  @Test
  void aValidValueGoesIntoTheScenario() {
    employees().type("800");
    assertThat(session.scenario().inputs().organisation().employees()).isEqualTo(800);
  }

  @Test
  void anInvalidValueOnAnotherStepDoesNotBlockAnEarlierOne() {
    trustInMedia().type("150");
    assertThat(wizard.step()).isZero();
    assertThat(wizard.canGoNext()).isTrue();
    assertThat(wizard.hasProblems()).isTrue();
  }

  @Test
  void anInvalidValueOnAnEarlierStepBlocksNextOnALaterOne() {
    onStep(ReadinessStepViewModel.STEP);
    wizard.goTo(OrganisationStepViewModel.STEP);
    employees().type("0");
    wizard.goTo(ReadinessStepViewModel.STEP);
    assertThat(wizard.canGoNext()).isFalse();
    assertThat(wizard.blockingReasonProperty().get()).startsWith("Employees");
  }

  /** 150 % trust in media is refused: the value before it stays, so it cannot drive the scores. */
  @Test
  void aValueTheFieldCannotHoldPutsBackTheValueBeforeIt() {
    onStep(TrustStepViewModel.STEP);
    double before = session.scenario().inputs().trust().trustInMedia();
    trustInMedia().beginEditing();
    trustInMedia().type("1");
    trustInMedia().type("15");
    trustInMedia().type("150");
    assertThat(session.scenario().inputs().trust().trustInMedia()).isEqualTo(before);
    assertThat(trustInMedia().textProperty().get()).isEqualTo("150");
    assertThat(wizard.canGoNext()).isFalse();
    assertThat(wizard.blockingReasonProperty().get())
        .isEqualTo("Trust in media must be between 0 and 100.");
  }

  @ParameterizedTest(name = "{0}: \"{2}\" in {1} is {3}")
  @CsvSource(delimiter = '|', value = {
    "EMPLOYEES      | en | 1,500     | 1500",
    "EMPLOYEES      | sv | 1 500     | 1500",
    "EMPLOYEES      | sv | 1\u00a0500 | 1500",
    "POSTS_PER_WEEK | en | 1.5       | 1.5",
    "POSTS_PER_WEEK | sv | 1,5       | 1.5",
    "WILLING_SHARE  | en | 37.5      | 0.375",
    "WILLING_SHARE  | sv | 37,5      | 0.375",
  })
  void typedNumbersAreReadInTheManagersLocale(InputField field, String lang, String typed,
      double expected) {
    language = I18n.forLanguage(lang);
    NumberFieldViewModel vm = field == InputField.EMPLOYEES ? employees()
        : models.readiness().field(field);
    vm.type(typed);
    assertThat(vm.problemProperty().get()).isEmpty();
    assertThat(field.read(session.scenario().inputs())).isEqualTo(expected);
  }

  @Test
  void aValueChangedElsewhereIsShownForEditingInTheLocale() {
    session.edit(s -> s.withInputs(InputWriter.write(s.inputs(), InputField.EMPLOYEES, 4321)));
    assertThat(employees().textProperty().get()).isEqualTo("4,321");
  }

  @Test
  void aLanguageSwitchKeepsAnInvalidTextAndWordsItsProblemAnew() {
    onStep(OrganisationStepViewModel.STEP);
    employees().type("-5");
    language = SV;
    models.languageChanged();
    assertThat(employees().textProperty().get()).isEqualTo("-5");
    assertThat(wizard.blockingReasonProperty().get())
        .isEqualTo(SV.t("wizard.invalid.range", "Anställda", "1", SV.number(1_000_000, 0)));
    assertThat(wizard.canGoNext()).isFalse();
  }

  @Test
  void aLanguageSwitchShowsAValidValueInTheNewLocale() {
    employees().type("4321");
    language = SV;
    models.languageChanged();
    assertThat(employees().textProperty().get()).isEqualTo("4\u00a0321");
  }

  @Test
  void openingAScenarioClearsAnInvalidField() {
    onStep(OrganisationStepViewModel.STEP);
    employees().type("-5");
    session.replace(Scenario.blank(), null, false);
    wizard.reset();
    assertThat(employees().problemProperty().get()).isEmpty();
    assertThat(employees().textProperty().get())
        .isEqualTo(EN.number(Scenario.blank().inputs().organisation().employees(), 0));
    assertThat(wizard.hasProblems()).isFalse();
  }

  @Test
  void showingTheScenarioValueClearsWhatWasTyped() {
    onStep(TrustStepViewModel.STEP);
    trustInMedia().type("abc");
    trustInMedia().showScenarioValue();
    assertThat(wizard.canGoNext()).isTrue();
    assertThat(trustInMedia().textProperty().get())
        .isEqualTo(EN.number(session.scenario().inputs().trust().trustInMedia(), 0));
  }

  @Test
  void whatWasTypedIsThereAfterNextAndBack() {
    onStep(OrganisationStepViewModel.STEP);
    NumberFieldViewModel countries = models.organisation().field(InputField.COUNTRIES);
    countries.type("7");
    wizard.next();
    wizard.back();
    assertThat(wizard.step()).isEqualTo(OrganisationStepViewModel.STEP);
    assertThat(countries.textProperty().get()).isEqualTo("7");
    assertThat(session.scenario().inputs().organisation().countries()).isEqualTo(7);
  }
}
