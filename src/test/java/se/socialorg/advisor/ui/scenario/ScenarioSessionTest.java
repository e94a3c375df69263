package se.socialorg.advisor.ui.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import se.socialorg.advisor.model.InputField;
import se.socialorg.advisor.model.InputWriter;
import se.socialorg.advisor.model.Scenario;

/** The session being edited, without a toolkit. */
class ScenarioSessionTest {

  /**
   * Autosave starts its timer when the scenario changes and the session is unsaved: the very first
   * edit of a clean scenario must already read as unsaved, or one change (a choice box) is lost in
   * a crash.
   */
  @Test
  void theFirstEditOfACleanScenarioIsUnsavedWhenItsListenersHearIt() {
    ScenarioSession session = new ScenarioSession();
    session.replace(Scenario.blank(), null, false);
    List<Boolean> dirtyWhenHeard = new ArrayList<>();
    session.scenarioProperty().addListener((o, a, b) -> dirtyWhenHeard.add(session.isDirty()));

    session.edit(s -> s.withNames("Tech AB 2027", "Tech AB"));

    assertThat(dirtyWhenHeard).containsExactly(true);
  }

  @Test
  void anEditThatChangesNothingLeavesACleanScenarioClean() {
    ScenarioSession session = new ScenarioSession();
    session.replace(Scenario.blank(), null, false);

    session.edit(s -> s);

    assertThat(session.isDirty()).isFalse();
  }

  // Edit > Undo and Redo (issue 19 item 6, ADR 0025)

  private long now;
  private final ScenarioSession timed = new ScenarioSession(() -> now);

  private void employees(ScenarioSession session, double value) {
    session.edit(s -> s.withInputs(InputWriter.write(s.inputs(), InputField.EMPLOYEES, value)));
  }

  private static double employees(ScenarioSession session) {
    return session.scenario().inputs().organisation().employees();
  }

  private void typedLater(double value) {
    now += 10_000;
    employees(timed, value);
  }

  @Test
  void undoPutsBackTheScenarioBeforeTheEdit() {
    timed.replace(Scenario.blank(), null, false);
    typedLater(800);

    assertThat(timed.undo()).isTrue();

    assertThat(timed.scenario()).isEqualTo(Scenario.blank());
  }

  @Test
  void redoTakesTheUndoneEditAgain() {
    timed.replace(Scenario.blank(), null, false);
    typedLater(800);
    timed.undo();

    assertThat(timed.redo()).isTrue();

    assertThat(employees(timed)).isEqualTo(800);
  }

  @Test
  void aNewEditAfterUndoClearsRedo() {
    timed.replace(Scenario.blank(), null, false);
    typedLater(800);
    timed.undo();
    typedLater(900);

    assertThat(timed.canRedoProperty().get()).isFalse();
    assertThat(timed.redo()).isFalse();
    assertThat(employees(timed)).isEqualTo(900);
  }

  /** Typing "1500" edits the scenario four times (1, 15, 150, 1500): one step to undo. */
  @Test
  void typingOneValueIsOneUndoStep() {
    timed.replace(Scenario.blank(), null, false);
    for (double v : new double[] {1, 15, 150, 1500}) {
      now += 200;
      employees(timed, v);
    }

    timed.undo();

    assertThat(employees(timed)).isEqualTo(Scenario.blank().inputs().organisation().employees());
    assertThat(timed.canUndoProperty().get()).isFalse();
  }

  @Test
  void editsOfTheSameFieldAMomentApartAreStepsOfTheirOwn() {
    timed.replace(Scenario.blank(), null, false);
    typedLater(800);
    typedLater(900);

    timed.undo();

    assertThat(employees(timed)).isEqualTo(800);
  }

  @Test
  void rapidEditsOfTwoFieldsAreTwoSteps() {
    timed.replace(Scenario.blank(), null, false);
    employees(timed, 800);
    timed.edit(s -> s.withInputs(InputWriter.write(s.inputs(), InputField.COUNTRIES, 7)));

    timed.undo();

    assertThat(employees(timed)).isEqualTo(800);
    assertThat(timed.scenario().inputs().organisation().countries())
        .isEqualTo(Scenario.blank().inputs().organisation().countries());
  }

  @Test
  void theHistoryKeepsOnlyTheLatestSteps() {
    timed.replace(Scenario.blank(), null, false);
    for (int i = 1; i <= ScenarioSession.HISTORY_LIMIT + 5; i++) {
      typedLater(1000 + i);
    }

    int undone = 0;
    while (timed.undo()) {
      undone++;
    }

    assertThat(undone).isEqualTo(ScenarioSession.HISTORY_LIMIT);
    assertThat(employees(timed)).isEqualTo(1005);
  }

  @Test
  void undoBackToTheSavedStateClearsTheUnsavedMark() {
    timed.replace(Scenario.blank(), Path.of("acme.soa.json"), false);
    typedLater(800);
    timed.markSaved(timed.scenario(), Path.of("acme.soa.json"));
    typedLater(900);
    assertThat(timed.isDirty()).isTrue();

    timed.undo();

    assertThat(timed.isDirty()).isFalse();
  }

  @Test
  void undoPastTheSavedStateIsUnsavedAgain() {
    timed.replace(Scenario.blank(), Path.of("acme.soa.json"), false);
    typedLater(800);
    timed.markSaved(timed.scenario(), Path.of("acme.soa.json"));

    timed.undo();

    assertThat(timed.isDirty()).isTrue();
  }

  @Test
  void aRecoveredScenarioStaysUnsavedWhateverIsUndone() {
    timed.replace(Scenario.blank(), null, true);
    typedLater(800);

    timed.undo();

    assertThat(timed.isDirty()).isTrue();
  }

  @Test
  void openingAnotherScenarioForgetsTheHistory() {
    timed.replace(Scenario.blank(), null, false);
    typedLater(800);

    timed.replace(Scenario.blank().withNames("Other", "Acme"), null, false);

    assertThat(timed.canUndoProperty().get()).isFalse();
    assertThat(timed.undo()).isFalse();
  }

  @Test
  void undoAndRedoNameTheChange() {
    timed.replace(Scenario.blank(), null, false);
    typedLater(800);
    assertThat(timed.undoChangeProperty().get()).isEqualTo("field.EMPLOYEES");

    timed.undo();

    assertThat(timed.redoChangeProperty().get()).isEqualTo("field.EMPLOYEES");
    assertThat(timed.undoChangeProperty().get()).isEmpty();
  }

  @Test
  void theNamesOfTheCaseAreNamedToo() {
    timed.replace(Scenario.blank(), null, false);
    timed.edit(s -> s.withNames(s.name(), "Acme"));

    assertThat(timed.undoChangeProperty().get()).isEqualTo("wizard.names.organisation");
  }

  @Test
  void movingBetweenWizardStepsIsNeitherUnsavedNorUndoable() {
    timed.replace(Scenario.blank(), null, false);

    timed.edit(s -> s.withWizardStep(3));

    assertThat(timed.scenario().wizardStep()).isEqualTo(3);
    assertThat(timed.isDirty()).isFalse();
    assertThat(timed.canUndoProperty().get()).isFalse();
  }

  @Test
  void undoLeavesTheWizardAtItsStep() {
    timed.replace(Scenario.blank(), null, false);
    typedLater(800);
    timed.edit(s -> s.withWizardStep(4));

    timed.undo();

    assertThat(timed.scenario().wizardStep()).isEqualTo(4);
  }

  @Test
  void nothingIsOpenAtFirst() {
    assertThat(new ScenarioSession().hasScenarioProperty().get()).isFalse();
  }

  @Test
  void anOpenedScenarioIsOpenUntilClosed() {
    ScenarioSession session = new ScenarioSession();
    session.replace(Scenario.blank(), null, false);
    assertThat(session.hasScenarioProperty().get()).isTrue();

    session.close();

    assertThat(session.hasScenarioProperty().get()).isFalse();
  }

  @Test
  void anEditedScenarioIsOpen() {
    ScenarioSession session = new ScenarioSession();

    session.edit(s -> s.withNames("Draft", ""));

    assertThat(session.hasScenarioProperty().get()).isTrue();
  }

  private void goal(se.socialorg.advisor.model.Goal g, double value) {
    timed.edit(s -> {
      var goals = s.inputs().goals();
      var sliders = new java.util.EnumMap<se.socialorg.advisor.model.Goal, Double>(
          se.socialorg.advisor.model.Goal.class);
      sliders.putAll(goals.sliders());
      sliders.put(g, value);
      return s.withInputs(s.inputs().withGoals(
          new se.socialorg.advisor.model.Goals(goals.mode(), sliders, goals.judgements())));
    });
  }

  /** Two goals' sliders moved one after the other are two steps, each named by its goal. */
  @Test
  void rapidMovesOfTwoGoalSlidersAreTwoNamedSteps() {
    timed.replace(Scenario.blank(), null, false);
    goal(se.socialorg.advisor.model.Goal.CRISIS_READINESS, 9);
    goal(se.socialorg.advisor.model.Goal.MEASURABLE_ROI, 1);
    assertThat(timed.undoChangeProperty().get()).isEqualTo("goal.MEASURABLE_ROI");

    timed.undo();

    assertThat(timed.undoChangeProperty().get()).isEqualTo("goal.CRISIS_READINESS");
    assertThat(timed.scenario().inputs().goals().slider(se.socialorg.advisor.model.Goal.CRISIS_READINESS))
        .isEqualTo(9);
  }
}
