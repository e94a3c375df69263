package se.socialorg.advisor.ui.wizard;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import se.socialorg.advisor.engine.Evaluation;
import se.socialorg.advisor.model.Scenario;
import se.socialorg.advisor.ui.scenario.ScenarioSession;

/**
 * State of the wizard, free of controls: which step is shown, how far the manager has come, whether
 * Next may be pressed (the steps' view models validate their inputs, each in its
 * {@link StepValidity}; Next follows the current step's, and an earlier step's should the manager
 * have jumped ahead), and the latest evaluation. The wizard position is part of the scenario, so
 * saving mid-way and reopening returns to the same step.
 */
public final class WizardModel {

  /** Number of steps: goals, organisation, trust, readiness, resources, recommendation. */
  public static final int STEPS = 6;

  public static final int RESULT_STEP = STEPS - 1;

  private final ScenarioSession session;
  private final IntegerProperty step = new SimpleIntegerProperty();
  private final IntegerProperty furthest = new SimpleIntegerProperty();
  private final ObjectProperty<Evaluation> evaluation = new SimpleObjectProperty<>();
  private final ReadOnlyStringWrapper blockingReason = new ReadOnlyStringWrapper("");
  private final ReadOnlyBooleanWrapper nextAllowed = new ReadOnlyBooleanWrapper(true);
  private final List<Watched> validities = new ArrayList<>();

  /** A step's validity, as its view model keeps it. */
  private record Watched(int step, StepValidity validity) {}

  public WizardModel(ScenarioSession session) {
    this.session = session;
    syncFromScenario();
    step.addListener((obs, old, now) -> updateBlockingReason());
  }

  /** Called after a scenario is opened: back to the step it was saved at. */
  public void syncFromScenario() {
    int s = Math.max(0, Math.min(RESULT_STEP, session.scenario().wizardStep()));
    for (Watched w : List.copyOf(validities)) {
      w.validity().reset();
    }
    furthest.set(Math.max(furthest.get(), s));
    step.set(s);
    updateBlockingReason();
  }

  /** A fresh start (new or opened scenario): forget how far the previous one had come. */
  public void reset() {
    furthest.set(0);
    syncFromScenario();
  }

  public ScenarioSession session() {
    return session;
  }

  public Scenario scenario() {
    return session.scenario();
  }

  public ReadOnlyIntegerProperty stepProperty() {
    return step;
  }

  public int step() {
    return step.get();
  }

  public ReadOnlyIntegerProperty furthestProperty() {
    return furthest;
  }

  public ReadOnlyObjectProperty<Evaluation> evaluationProperty() {
    return evaluation;
  }

  public Evaluation evaluation() {
    return evaluation.get();
  }

  void publish(Evaluation e) {
    evaluation.set(e);
  }

  /** Why Next is disabled on the current step, or empty when it is not. */
  public ReadOnlyStringProperty blockingReasonProperty() {
    return blockingReason.getReadOnlyProperty();
  }

  /**
   * Follows a step's validity (its view model calls this once): while it is invalid, Next is
   * disabled on that step and on any later one, with its problem as the reason.
   */
  void watch(int onStep, StepValidity validity) {
    validities.add(new Watched(onStep, validity));
    validity.problemProperty().addListener((o, a, b) -> updateBlockingReason());
    updateBlockingReason();
  }

  /** Whether Next may be pressed: not on the last step, and nothing invalid up to this one. */
  public ReadOnlyBooleanProperty canGoNextProperty() {
    return nextAllowed.getReadOnlyProperty();
  }

  public boolean canGoNext() {
    return nextAllowed.get();
  }

  /** Whether any input, on any step, holds an invalid value. */
  public boolean hasProblems() {
    return validities.stream().anyMatch(w -> !w.validity().isValid());
  }

  public boolean canGoBack() {
    return step.get() > 0;
  }

  public void next() {
    if (canGoNext()) {
      goTo(step.get() + 1);
    }
  }

  public void back() {
    if (canGoBack()) {
      goTo(step.get() - 1);
    }
  }

  /** Any step already reached may be revisited; later ones only once earlier steps are valid. */
  public boolean canGoTo(int target) {
    if (target < 0 || target > RESULT_STEP) {
      return false;
    }
    if (target <= furthest.get()) {
      return true;
    }
    return target == furthest.get() + 1 && firstInvalidStep() < 0;
  }

  public void goTo(int target) {
    if (!canGoTo(target) || target == step.get()) {
      return;
    }
    furthest.set(Math.max(furthest.get(), target));
    step.set(target);
    session.edit(s -> s.withWizardStep(target));
  }

  private int firstInvalidStep() {
    return validities.stream().filter(w -> !w.validity().isValid()).mapToInt(Watched::step)
        .min().orElse(-1);
  }

  private void updateBlockingReason() {
    String reason = "";
    for (Watched w : validities) {
      if (w.step() <= step.get() && !w.validity().isValid()) {
        reason = w.validity().problemProperty().get();
        break;
      }
    }
    blockingReason.set(reason);
    nextAllowed.set(step.get() < RESULT_STEP && reason.isEmpty());
  }
}
