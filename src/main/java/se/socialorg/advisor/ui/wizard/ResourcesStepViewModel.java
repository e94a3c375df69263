package se.socialorg.advisor.ui.wizard;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import se.socialorg.advisor.model.ProjectionAssumptions;
import se.socialorg.advisor.model.Resources;
import se.socialorg.advisor.model.Scenario;
import se.socialorg.advisor.ui.scenario.ScenarioSession;

/**
 * Step 5's state and commands: the currency the money fields are in and the currencies offered
 * (the common ones, plus an opened scenario's own). The currency follows the scenario, so it is
 * right after a file is opened or the language is switched.
 */
public final class ResourcesStepViewModel {

  /** The currencies always offered. */
  static final List<String> CURRENCIES = List.of("SEK", "EUR", "NOK", "DKK", "GBP", "USD");

  /** A change of one number in the projection's assumptions. */
  @FunctionalInterface
  public interface AssumptionChange {
    ProjectionAssumptions apply(ProjectionAssumptions a, double value);
  }

  private final ScenarioSession session;
  private final WizardModel wizard;
  private final ReadOnlyStringWrapper currency = new ReadOnlyStringWrapper();
  private final ReadOnlyObjectWrapper<List<String>> currencies =
      new ReadOnlyObjectWrapper<>(CURRENCIES);

  public ResourcesStepViewModel(WizardModel wizard) {
    this.session = wizard.session();
    this.wizard = wizard;
    session.scenarioProperty().addListener((o, a, b) -> sync(b));
    sync(session.scenario());
  }

  public ReadOnlyStringProperty currencyProperty() {
    return currency.getReadOnlyProperty();
  }

  /** The currencies to choose from: the common ones, then the scenario's own if it is another. */
  public ReadOnlyObjectProperty<List<String>> currenciesProperty() {
    return currencies.getReadOnlyProperty();
  }

  /** Sets the currency the budget, salaries and costs are in (their figures stay as typed). */
  public void chooseCurrency(String code) {
    if (code == null || code.equals(currency.get())) {
      return;
    }
    session.edit(s -> {
      Resources r = s.inputs().resources();
      return s.withInputs(s.inputs().withResources(new Resources(code, r.annualBudget(),
          r.loadedSalary(), r.hiringDifficulty(), r.platformCostPerYear(),
          r.coachingHoursPerAdvocate(), r.hourlyCost())));
    });
  }

  /**
   * Enters one projection assumption as typed: {@code shown} is the parsed figure (null when it
   * could not be read), in units of {@code factor} (100 for a share typed in percent). Outside
   * {@code min}..{@code max} it blocks Next with {@code problem} and leaves the scenario alone.
   *
   * @return whether the figure was taken
   */
  public boolean enterAssumption(String fieldId, int onStep, Double shown, double factor,
      double min, double max, String problem, AssumptionChange change) {
    double v = shown == null ? Double.NaN : shown / factor;
    boolean ok = shown != null && v >= min && v <= max;
    wizard.setProblem(fieldId, onStep, ok ? null : problem);
    if (ok) {
      session.edit(s -> {
        ProjectionAssumptions next = change.apply(s.inputs().assumptions(), v);
        return next.equals(s.inputs().assumptions()) ? s
            : s.withInputs(s.inputs().withAssumptions(next));
      });
    }
    return ok;
  }

  private void sync(Scenario s) {
    String code = s.inputs().resources().currency();
    List<String> all = new ArrayList<>(CURRENCIES);
    if (!all.contains(code)) {
      all.add(code);
    }
    if (!all.equals(currencies.get())) {
      currencies.set(List.copyOf(all));
    }
    currency.set(code);
  }
}
