package se.socialorg.advisor.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.socialorg.advisor.i18n.I18n;
import se.socialorg.advisor.model.Goal;
import se.socialorg.advisor.model.Goals;
import se.socialorg.advisor.model.Participant;
import se.socialorg.advisor.model.WeightMode;
import se.socialorg.advisor.ui.scenario.ScenarioSession;

class ParticipantsViewModelTest {

  private final ScenarioSession session = new ScenarioSession();
  private final WizardModel wizard = new WizardModel(session);
  private final AtomicReference<I18n> i18n = new AtomicReference<>(I18n.forLanguage("en"));
  private final GoalsStepViewModel goals = new GoalsStepViewModel(wizard, i18n::get);
  private final ParticipantsViewModel vm = new ParticipantsViewModel(wizard, goals, i18n::get);

  @Test
  void addingAParticipantOpensTheirGoals() {
    assertThat(vm.addParticipant("Åsa Lind", "CMO", "")).isTrue();

    assertThat(vm.participants()).extracting(Participant::name).containsExactly("Åsa Lind");
    assertThat(goals.memberProperty().get()).isZero();
    assertThat(vm.answeringProperty().get()).isEqualTo("Åsa Lind (CMO) is answering.");
  }

  @Test
  void theGoalsStepEditsTheAnsweringMembersWeightsNotTheScenarios() {
    Goals own = session.scenario().inputs().goals();
    vm.addParticipant("Åsa Lind", "CMO", "2");

    goals.setSlider(Goal.CRISIS_READINESS, 70);

    assertThat(session.scenario().inputs().goals()).isEqualTo(own);
    Participant asa = session.scenario().inputs().participants().get(0);
    assertThat(asa.goals().slider(Goal.CRISIS_READINESS)).isEqualTo(70);
    assertThat(asa.weight()).isEqualTo(2);
    assertThat(asa.answered()).isTrue();
  }

  @Test
  void membersAnswerOneAfterAnother() {
    vm.addParticipant("Åsa Lind", "CMO", "");
    goals.setSlider(Goal.TRUST_CREDIBILITY, 90);
    vm.addParticipant("Per Holm", "Legal", "");
    goals.setSlider(Goal.CRISIS_READINESS, 90);
    vm.addParticipant("Eva Ek", "HR", "");
    goals.setMode(WeightMode.PAIRWISE);

    assertThat(session.scenario().inputs().participants()).allMatch(Participant::answered);
    assertThat(session.scenario().inputs().participants().get(2).goals().mode()).isEqualTo(WeightMode.PAIRWISE);
    assertThat(vm.statusProperty().get())
        .isEqualTo("3 of 3 participants have answered: the group’s combined weights decide.");
  }

  @Test
  void aMemberWhoHasNotAnsweredBlocksNothing() {
    vm.addParticipant("Åsa Lind", "CMO", "");

    assertThat(wizard.canGoNext()).isTrue();
  }

  @Test
  void goingBackShowsTheScenariosOwnWeights() {
    vm.addParticipant("Åsa Lind", "CMO", "");
    vm.answerAsScenario();
    goals.setSlider(Goal.LEAD_GENERATION, 5);

    assertThat(session.scenario().inputs().goals().slider(Goal.LEAD_GENERATION)).isEqualTo(5);
    assertThat(vm.answeringProperty().get()).isEqualTo("Showing the scenario’s own weights.");
  }

  @Test
  void removingTheAnsweringMemberGoesBackToTheScenariosWeights() {
    vm.addParticipant("Åsa Lind", "CMO", "");
    vm.addParticipant("Per Holm", "Legal", "");

    vm.removeParticipant(1);

    assertThat(goals.memberProperty().get()).isNull();
    assertThat(vm.participants()).hasSize(1);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "no name|  |CMO|1|Give the participant a name.",
    "same name|åsa lind |HR||åsa lind is already a participant.",
    "weight zero|Per|Legal|0|The weight must be a number above 0 up to 100, not “0”.",
    "weight text|Per|Legal|double|The weight must be a number above 0 up to 100, not “double”."
  })
  void badEntriesAreRefusedSayingWhy(String what, String name, String role, String weight, String message) {
    vm.addParticipant("Åsa Lind", "CMO", "");

    assertThat(vm.addParticipant(name, role, weight)).isFalse();
    assertThat(vm.problemProperty().get()).isEqualTo(message);
    assertThat(vm.participants()).hasSize(1);
  }

  @Test
  void aWeightReadsInTheUsersLanguage() {
    i18n.set(I18n.forLanguage("sv"));
    vm.addParticipant("Åsa Lind", "CMO", "1,5");

    assertThat(vm.participants().get(0).weight()).isEqualTo(1.5);
  }

  @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir;

  private final se.socialorg.advisor.ui.AppExecutor now = se.socialorg.advisor.ui.AppExecutor.sameThread();

  @Test
  void aFormSentAndAnsweredComesBackToItsMember() throws Exception {
    vm.addParticipant("Åsa Lind", "CMO", "");
    vm.addParticipant("Per Holm", "Legal", "");
    java.nio.file.Path file = dir.resolve("Per Holm.soa-form.json");
    vm.sendForm(1, file, now);
    var forms = new se.socialorg.advisor.store.group.JudgementForms();
    java.util.Map<Goal, Double> crisis = new java.util.EnumMap<>(Goal.class);
    crisis.put(Goal.CRISIS_READINESS, 80.0);
    forms.write(forms.answer(forms.read(file), new Goals(WeightMode.DIRECT, crisis, java.util.List.of())), file);

    vm.importAnswers(java.util.List.of(file), now);

    assertThat(session.scenario().inputs().participants().get(1).goals().slider(Goal.CRISIS_READINESS))
        .isEqualTo(80);
    assertThat(vm.collectedProperty().get()).isEqualTo("Answers imported: Per Holm.");
  }

  private java.nio.file.Path answeredForm(int index, String name, Goal goal) throws Exception {
    java.nio.file.Path file = dir.resolve(name + ".soa-form.json");
    vm.sendForm(index, file, now);
    var forms = new se.socialorg.advisor.store.group.JudgementForms();
    java.util.Map<Goal, Double> sliders = new java.util.EnumMap<>(Goal.class);
    sliders.put(goal, 80.0);
    forms.write(forms.answer(forms.read(file), new Goals(WeightMode.DIRECT, sliders, java.util.List.of())), file);
    return file;
  }

  @Test
  void manyFormsChosenAtOnceAreImportedAndTheMissingMemberIsNamed() throws Exception {
    vm.addParticipant("Åsa Lind", "CMO", "");
    vm.addParticipant("Per Holm", "Legal", "");
    vm.addParticipant("Eva Ek", "HR", "");
    vm.answerAsScenario();
    java.nio.file.Path per = answeredForm(1, "Per Holm", Goal.CRISIS_READINESS);
    java.nio.file.Path eva = answeredForm(2, "Eva Ek", Goal.EMPLOYER_BRANDING);
    vm.sendForm(0, dir.resolve("Åsa Lind.soa-form.json"), now);
    var dialogs = new se.socialorg.advisor.ui.RecordingDialogs();
    dialogs.openManyAnswers.add(java.util.List.of(per, eva));

    vm.chooseAndImportAnswers(dialogs, now);

    assertThat(dialogs.last("openMany")).isPresent();
    assertThat(session.scenario().inputs().participants().get(2).goals().slider(Goal.EMPLOYER_BRANDING))
        .isEqualTo(80);
    assertThat(vm.collectedProperty().get())
        .isEqualTo("Answers imported: Per Holm, Eva Ek. Still missing: Åsa Lind.");
  }

  @Test
  void aFormImportedAgainNamesItsMemberAndChangesNothing() throws Exception {
    vm.addParticipant("Per Holm", "Legal", "");
    vm.addParticipant("Eva Ek", "HR", "");
    vm.answerAsScenario();
    java.nio.file.Path per = answeredForm(0, "Per Holm", Goal.CRISIS_READINESS);
    java.nio.file.Path eva = answeredForm(1, "Eva Ek", Goal.EMPLOYER_BRANDING);
    var dialogs = new se.socialorg.advisor.ui.RecordingDialogs();
    dialogs.openManyAnswers.add(java.util.List.of(per));
    dialogs.openManyAnswers.add(java.util.List.of(per, eva));
    vm.chooseAndImportAnswers(dialogs, now);
    var before = session.scenario().inputs().participants();

    vm.chooseAndImportAnswers(dialogs, now);

    assertThat(vm.collectedProperty().get()).contains("Per Holm.soa-form.json")
        .contains("the answers of Per Holm are already in the scenario");
    assertThat(session.scenario().inputs().participants()).isEqualTo(before);
    assertThat(before.get(1).answered()).isFalse();
  }

  @Test
  void cancellingTheChooserImportsNothing() {
    vm.addParticipant("Per Holm", "Legal", "");
    var before = session.scenario();
    var dialogs = new se.socialorg.advisor.ui.RecordingDialogs();

    vm.chooseAndImportAnswers(dialogs, now);

    assertThat(session.scenario()).isEqualTo(before);
    assertThat(vm.collectedProperty().get()).isEmpty();
  }

  @Test
  void aRefusedSheetNamesLineAndMemberAndKeepsWhatWasCollected() throws Exception {
    vm.addParticipant("Åsa Lind", "CMO", "");
    goals.setSlider(Goal.TRUST_CREDIBILITY, 90);
    var before = session.scenario().inputs().participants();
    java.nio.file.Path csv = dir.resolve("team.csv");
    java.nio.file.Files.writeString(csv, "sep=;\nname;role;weight;TRUST_CREDIBILITY;THOUGHT_LEADERSHIP;"
        + "LEAD_GENERATION;CUSTOMER_SERVICE;CRISIS_READINESS;EMPLOYER_BRANDING;MEASURABLE_ROI\n"
        + "Per Holm;Legal;;;;;;;;\n");

    vm.importAnswers(java.util.List.of(csv), now);

    assertThat(vm.collectedProperty().get()).isEqualTo("team.csv, line 3: Per Holm has not answered anything yet.");
    assertThat(session.scenario().inputs().participants()).isEqualTo(before);
  }

  /** The colleague opens the mailed form in their own app, answers with the sliders, saves. */
  @Test
  void aColleagueAnswersAFormInTheApp() throws Exception {
    var forms = new se.socialorg.advisor.store.group.JudgementForms();
    var facilitator = se.socialorg.advisor.model.Scenario.blank().withNames("Nordvik 2027", "Nordvik AB");
    facilitator = facilitator.withInputs(facilitator.inputs().withParticipants(
        java.util.List.of(Participant.of("Per Holm", "Legal"))));
    var issued = forms.issue(facilitator, 0);
    java.nio.file.Path file = dir.resolve("Per Holm.soa-form.json");
    forms.write(issued.form(), file);

    vm.openForm(file, now);
    goals.setSlider(Goal.CRISIS_READINESS, 100);
    vm.saveForm(now);

    assertThat(vm.answeringProperty().get()).isEqualTo("Per Holm (Legal) is answering.");
    assertThat(vm.collectedProperty().get()).isEqualTo("Your answers are saved in Per Holm.soa-form.json; mail the file back.");
    var back = forms.importForms(issued.scenario(), java.util.List.of(file)).scenario();
    assertThat(back.inputs().participants().get(0).goals().slider(Goal.CRISIS_READINESS)).isEqualTo(100);
  }

  @Test
  void aFormWithNothingAnsweredIsNotSaved() throws Exception {
    var forms = new se.socialorg.advisor.store.group.JudgementForms();
    var s = se.socialorg.advisor.model.Scenario.blank();
    s = s.withInputs(s.inputs().withParticipants(java.util.List.of(Participant.of("Per Holm", "Legal"))));
    java.nio.file.Path file = dir.resolve("f.soa-form.json");
    forms.write(forms.issue(s, 0).form(), file);
    String before = java.nio.file.Files.readString(file);

    vm.openForm(file, now);
    vm.saveForm(now);

    assertThat(vm.collectedProperty().get()).isEqualTo("Per Holm has not answered anything yet.");
    assertThat(java.nio.file.Files.readString(file)).isEqualTo(before);
  }

  @Test
  void theAnswerSheetListsTheTeam() throws Exception {
    vm.addParticipant("Åsa Lind", "CMO", "");
    java.nio.file.Path csv = dir.resolve("sheet.csv");

    vm.saveSheet(WeightMode.DIRECT, csv, now);

    assertThat(java.nio.file.Files.readString(csv)).contains("Åsa Lind;CMO;1");
    assertThat(vm.collectedProperty().get()).startsWith("The answer sheet is saved as sheet.csv");
  }

  @Test
  void theAnsweringMemberSurvivesALanguageSwitch() {
    vm.addParticipant("Åsa Lind", "CMO", "");
    i18n.set(I18n.forLanguage("sv"));

    vm.refresh();

    assertThat(vm.answeringProperty().get()).isEqualTo("Åsa Lind (CMO) svarar.");
    assertThat(goals.memberProperty().get()).isZero();
  }
}
