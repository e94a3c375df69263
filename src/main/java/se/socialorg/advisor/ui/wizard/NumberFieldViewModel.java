package se.socialorg.advisor.ui.wizard;

import java.util.Locale;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import se.socialorg.advisor.i18n.I18n;
import se.socialorg.advisor.model.InputField;
import se.socialorg.advisor.model.InputWriter;
import se.socialorg.advisor.model.Scenario;
import se.socialorg.advisor.present.InputEntry;
import se.socialorg.advisor.ui.scenario.ScenarioSession;

/**
 * One catalogued number input of a wizard step ({@link InputField}), and the only place it is
 * validated: the text as typed, read in the user's locale ("1,500" is fifteen hundred in English,
 * "1,5" one and a half in Swedish), its problem in the manager's words, and the step's
 * {@link StepValidity} told of it. A valid text goes into the scenario; an invalid one puts back
 * the value the manager started from, so what the field cannot hold never drives the live scores
 * (not even "15" on the way to an invalid "150"). The field follows the scenario when it changes
 * from elsewhere, and survives a language switch (the view that shows it does not).
 */
public final class NumberFieldViewModel {

  private final InputField field;
  private final ScenarioSession session;
  private final Supplier<I18n> i18n;
  private final StepValidity validity;
  private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper();
  private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
  /** The value this field last put in (or saw in) the scenario. */
  private double known;
  /** The value the manager started editing from: an invalid text puts it back. */
  private double settled;

  NumberFieldViewModel(InputField field, ScenarioSession session, Supplier<I18n> i18n,
      StepValidity validity) {
    this.field = field;
    this.session = session;
    this.i18n = i18n;
    this.validity = validity;
    this.known = field.read(session.scenario().inputs());
    this.settled = known;
    text.set(InputEntry.text(i18n.get(), field, known));
    session.scenarioProperty().addListener((o, a, now) -> follow(now));
    validity.onReset(this::showScenarioValue);
  }

  /** The input's base id, the enum name in lower camel case (e.g. {@code willingShare}). */
  static String baseId(InputField f) {
    String[] parts = f.name().toLowerCase(Locale.ROOT).split("_");
    StringBuilder sb = new StringBuilder(parts[0]);
    for (int i = 1; i < parts.length; i++) {
      sb.append(Character.toUpperCase(parts[i].charAt(0))).append(parts[i].substring(1));
    }
    return sb.toString();
  }

  public InputField field() {
    return field;
  }

  /** The id of the field and of its problem in the step's validity: {@code <field>Field}. */
  public String id() {
    return baseId(field) + "Field";
  }

  /** The text the field shows: as typed, or the scenario's value formatted for editing. */
  public ReadOnlyStringProperty textProperty() {
    return text.getReadOnlyProperty();
  }

  /** What is wrong with the typed text, in the manager's words; empty when it is valid. */
  public ReadOnlyStringProperty problemProperty() {
    return problem.getReadOnlyProperty();
  }

  public boolean isValid() {
    return problem.get().isEmpty();
  }

  /** The manager starts editing: the value to put back should the text become invalid. */
  public void beginEditing() {
    if (isValid()) {
      settled = field.read(session.scenario().inputs());
    }
  }

  /** The manager typed {@code typed}: checked, then into the scenario or refused. */
  public void type(String typed) {
    if (typed == null || typed.equals(text.get())) {
      return;
    }
    text.set(typed);
    check(typed);
  }

  private void check(String typed) {
    I18n t = i18n.get();
    String p = InputEntry.problem(t, field, typed);
    report(p);
    if (p != null) {
      if (Math.abs(known - settled) > 1e-12) {
        known = settled;
        write(settled);
      }
      return;
    }
    known = InputEntry.value(t, field, typed);
    write(known);
  }

  /** Replaces whatever was typed (valid or not) with the scenario's value: nothing blocks. */
  public void showScenarioValue() {
    known = field.read(session.scenario().inputs());
    settled = known;
    report(null);
    text.set(InputEntry.text(i18n.get(), field, known));
  }

  /**
   * The language changed: a valid field shows the scenario's value in the new locale, an invalid
   * one keeps its text and words its problem in the new language.
   */
  public void languageChanged() {
    if (isValid()) {
      showScenarioValue();
    } else {
      check(text.get());
    }
  }

  private void follow(Scenario now) {
    double v = field.read(now.inputs());
    if (Math.abs(v - known) > 1e-12) {
      known = v;
      settled = v;
      report(null);
      text.set(InputEntry.text(i18n.get(), field, v));
    }
  }

  private void report(String message) {
    problem.set(message == null ? "" : message);
    validity.set(id(), message);
  }

  private void write(double value) {
    session.edit(s -> s.withInputs(InputWriter.write(s.inputs(), field, value)));
  }
}
