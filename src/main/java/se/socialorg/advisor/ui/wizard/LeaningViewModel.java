package se.socialorg.advisor.ui.wizard;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import se.socialorg.advisor.engine.Evaluation;
import se.socialorg.advisor.engine.RankedAlternative;
import se.socialorg.advisor.model.Alternative;
import se.socialorg.advisor.model.InputField;
import se.socialorg.advisor.model.ScenarioInputs;
import se.socialorg.advisor.ui.scenario.ScenarioSession;

/**
 * The "Current leaning" panel: each offered model's score, best first, and which model moved most
 * after the user's latest change, and why. It lives as long as the wizard's model, so the panel
 * is filled at once after a language switch; it names only changes the user made (an edit),
 * never an opened file or a new scenario.
 */
public final class LeaningViewModel {

  /**
   * The model that moved most after a change.
   *
   * @param moved the model whose score changed most
   * @param up whether its score rose
   * @param changeKey the bundle key naming what the user changed ({@code field.X}, or the goals
   *     or the organisation)
   */
  public record Move(Alternative moved, boolean up, String changeKey) {}

  /** Scores below this difference are not a move. */
  private static final double MOVE_THRESHOLD = 1e-4;

  private final WizardModel wizard;
  private final ObjectProperty<Move> move = new SimpleObjectProperty<>();
  private String pendingChange;
  private Evaluation previous;

  public LeaningViewModel(WizardModel wizard) {
    this.wizard = wizard;
    this.previous = wizard.evaluation();
    ScenarioSession session = wizard.session();
    session.scenarioProperty().addListener((o, a, b) -> {
      if (!session.lastChangeWasEdit()) {
        pendingChange = null;
        previous = null;
        move.set(null);
      } else if (!a.inputs().equals(b.inputs())) {
        pendingChange = changeKey(a.inputs(), b.inputs());
      }
    });
    wizard.evaluationProperty().addListener((o, a, b) -> evaluated(b));
  }

  /** The latest evaluation (null before the first). */
  public ReadOnlyObjectProperty<Evaluation> evaluationProperty() {
    return wizard.evaluationProperty();
  }

  /** The latest move after the user's change, or null. */
  public ReadOnlyObjectProperty<Move> moveProperty() {
    return move;
  }

  /**
   * The model ahead, with its score in whole points as the panel shows it, and the runner-up when
   * it shows the same points: then the panel says the two are level, not that it leans to one.
   *
   * @param first the best offered model
   * @param levelWith the second, when level with the first in whole points; else null
   * @param points the first model's score, whole points out of 100
   */
  public record Lead(Alternative first, Alternative levelWith, long points) {

    /** The lead among {@code ranked} (best first, not empty) with these scores (0-1). */
    static Lead of(List<Alternative> ranked, java.util.function.ToDoubleFunction<Alternative> total) {
      Alternative first = ranked.get(0);
      long points = Math.round(total.applyAsDouble(first) * 100);
      Alternative second = ranked.size() > 1 ? ranked.get(1) : null;
      boolean level = second != null && Math.round(total.applyAsDouble(second) * 100) == points;
      return new Lead(first, level ? second : null, points);
    }
  }

  /** The lead of the latest evaluation, or null before the first (or with nothing offered). */
  public Lead lead() {
    Evaluation e = wizard.evaluation();
    List<Alternative> ranked = ranked();
    return e == null || ranked.isEmpty() ? null : Lead.of(ranked, e::total);
  }

  /** The offered models, best first (empty before the first evaluation). */
  public List<Alternative> ranked() {
    Evaluation e = wizard.evaluation();
    List<Alternative> out = new ArrayList<>();
    if (e == null) {
      return out;
    }
    for (Alternative a : Alternative.values()) {
      if (e.offered().contains(a)) {
        out.add(a);
      }
    }
    out.sort(Comparator.comparingDouble(a -> -e.total(a)));
    return out;
  }

  private void evaluated(Evaluation e) {
    if (e == null) {
      return;
    }
    if (wizard.hasProblems()) {
      // An input is invalid: its field has put back the value before it, so no change to name.
      move.set(null);
    } else if (previous != null && pendingChange != null) {
      Alternative moved = e.recommended();
      double most = 0;
      for (RankedAlternative r : e.ranking()) {
        double before = previous.total(r.model());
        if (!Double.isNaN(before) && Math.abs(r.score() - before) > most) {
          most = Math.abs(r.score() - before);
          moved = r.model();
        }
      }
      if (most > MOVE_THRESHOLD) {
        move.set(new Move(moved, e.total(moved) > previous.total(moved), pendingChange));
      }
    }
    previous = e;
  }

  /** The bundle key of the first catalogued input that differs, or of the part that changed. */
  static String changeKey(ScenarioInputs a, ScenarioInputs b) {
    for (InputField f : InputField.values()) {
      if (Double.compare(f.read(a), f.read(b)) != 0) {
        return "field." + f.name();
      }
    }
    if (!a.goals().equals(b.goals())) {
      return "wizard.leaning.goals";
    }
    if (!a.organisation().equals(b.organisation())) {
      return "wizard.leaning.organisation";
    }
    return null;
  }
}
