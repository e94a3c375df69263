package se.socialorg.advisor.ui.wizard;

import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import se.socialorg.advisor.model.Alternative;
import se.socialorg.advisor.model.Decision;
import se.socialorg.advisor.present.ResultCharts;
import se.socialorg.advisor.ui.scenario.ScenarioSession;

/**
 * Step 6's own state and commands: which projection metric is drawn (kept across a language
 * switch) and the decision actually taken, with its notes, which follow the scenario.
 */
public final class ResultStepViewModel {

  /** The metric the projection shows first. */
  static final String FIRST_METRIC = "emv";

  private final ScenarioSession session;
  private final ReadOnlyStringWrapper metric = new ReadOnlyStringWrapper(FIRST_METRIC);
  private final ReadOnlyObjectWrapper<Decision> decision = new ReadOnlyObjectWrapper<>();

  public ResultStepViewModel(WizardModel wizard) {
    this.session = wizard.session();
    session.scenarioProperty().addListener((o, a, b) -> decision.set(b.decision()));
    decision.set(session.scenario().decision());
  }

  /** The metrics the projection can show. */
  public List<String> metrics() {
    return ResultCharts.METRICS;
  }

  public ReadOnlyStringProperty metricProperty() {
    return metric.getReadOnlyProperty();
  }

  /** Draws the projection in another metric; an unknown one is ignored. */
  public void showMetric(String name) {
    if (name != null && ResultCharts.METRICS.contains(name)) {
      metric.set(name);
    }
  }

  /** The decision taken and its notes, as the scenario holds them. */
  public ReadOnlyObjectProperty<Decision> decisionProperty() {
    return decision.getReadOnlyProperty();
  }

  /** Records which model was chosen in the end; null for not decided yet. */
  public void recordDecision(Alternative taken) {
    if (taken != decision.get().taken()) {
      session.edit(s -> s.withDecision(new Decision(taken, s.decision().notes())));
    }
  }

  /** Records the notes on the decision. */
  public void noteDecision(String notes) {
    if (notes != null && !notes.equals(decision.get().notes())) {
      session.edit(s -> s.withDecision(new Decision(s.decision().taken(), notes)));
    }
  }
}
