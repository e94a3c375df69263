package se.socialorg.advisor.ui.wizard;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import se.socialorg.advisor.i18n.I18n;
import se.socialorg.advisor.model.InputField;
import se.socialorg.advisor.model.ProjectionAssumptions;
import se.socialorg.advisor.model.Resources;
import se.socialorg.advisor.model.Scenario;
import se.socialorg.advisor.present.Numbers;
import se.socialorg.advisor.ui.scenario.ScenarioSession;

/**
 * Step 5's state and commands: the currency the money fields are in and the currencies offered
 * (the common ones, plus an opened scenario's own), the number inputs and the projection's model
 * assumptions, validated here ({@link #validity()}, which Next follows). The currency follows the
 * scenario, so it is right after a file is opened or the language is switched.
 */
public final class ResourcesStepViewModel {

  /** The currencies always offered. */
  static final List<String> CURRENCIES = List.of("SEK", "EUR", "NOK", "DKK", "GBP", "USD");

  /** The step's place in the wizard. */
  static final int STEP = 4;

  /** The step's money and effort inputs, in the order shown. */
  static final List<InputField> COSTS = List.of(InputField.ANNUAL_BUDGET,
      InputField.LOADED_SALARY, InputField.PLATFORM_COST, InputField.COACHING_HOURS,
      InputField.HOURLY_COST);

  /** The projection's inputs, in the order shown. */
  static final List<InputField> PROJECTION = List.of(InputField.MONTHS,
      InputField.ORGANIC_VISIBILITY, InputField.BRAND_CTR, InputField.EMPLOYEE_CTR_MULTIPLIER,
      InputField.CPM, InputField.CPC, InputField.PIPELINE_PER_CLICK,
      InputField.COMPANY_FOLLOWERS, InputField.CENTRAL_POSTS_PER_WEEK);

  /** A change of one number in the projection's assumptions. */
  @FunctionalInterface
  public interface AssumptionChange {
    ProjectionAssumptions apply(ProjectionAssumptions a, double value);
  }

  private final ScenarioSession session;
  private final Supplier<I18n> i18n;
  private final StepValidity validity = new StepValidity();
  private final StepFields fields;
  private final ReadOnlyStringWrapper currency = new ReadOnlyStringWrapper();
  private final ReadOnlyObjectWrapper<List<String>> currencies =
      new ReadOnlyObjectWrapper<>(CURRENCIES);

  public ResourcesStepViewModel(WizardModel wizard, Supplier<I18n> i18n) {
    this.session = wizard.session();
    this.i18n = i18n;
    this.fields = new StepFields(
        java.util.stream.Stream.concat(COSTS.stream(), PROJECTION.stream()).toList(), session, i18n,
        validity);
    session.scenarioProperty().addListener((o, a, b) -> sync(b));
    sync(session.scenario());
    wizard.watch(STEP, validity);
  }

  /** One number input of the step (costs and projection). */
  public NumberFieldViewModel field(InputField f) {
    return fields.field(f);
  }

  /** Whether every input on the step holds a value it can take; Next follows it. */
  public StepValidity validity() {
    return validity;
  }

  /** The language changed: the fields word their values and problems in the new one. */
  void languageChanged() {
    fields.languageChanged();
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

  /** The range a model assumption may take, as its field's tooltip says: "From 1 to 36". */
  public String assumptionRange(double factor, double min, double max) {
    I18n t = i18n.get();
    return t.t("wizard.assumptions.range", t.number(min * factor, 0), t.number(max * factor, 0));
  }

  /**
   * Enters one projection assumption as typed, read in the user's locale, in units of
   * {@code factor} (100 for a share typed in percent). Unreadable or outside
   * {@code min}..{@code max}, it blocks Next with a problem naming the range and leaves the
   * scenario alone.
   *
   * @return whether the figure was taken
   */
  public boolean enterAssumption(String fieldId, String typed, double factor, double min,
      double max, AssumptionChange change) {
    Double shown = Numbers.parse(typed, i18n.get().locale());
    double v = shown == null ? Double.NaN : shown / factor;
    boolean ok = shown != null && v >= min && v <= max;
    validity.set(fieldId, ok ? null : i18n.get().t("wizard.assumptions.invalid",
        assumptionRange(factor, min, max)));
    if (ok) {
      session.edit(s -> {
        ProjectionAssumptions next = change.apply(s.inputs().assumptions(), v);
        return next.equals(s.inputs().assumptions()) ? s
            : s.withInputs(s.inputs().withAssumptions(next));
      });
    }
    return ok;
  }

  /** A field shows the scenario's own (valid) value again, e.g. after Undo: no problem left. */
  public void assumptionShown(String fieldId) {
    validity.set(fieldId, null);
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
