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
