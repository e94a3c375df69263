package se.socialorg.advisor.ui.wizard;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import se.socialorg.advisor.i18n.I18n;
import se.socialorg.advisor.model.InputField;
import se.socialorg.advisor.ui.scenario.ScenarioSession;

/** A step's number inputs: one view model per field, all reporting to the step's validity. */
final class StepFields {

  private final Map<InputField, NumberFieldViewModel> fields;

  StepFields(List<InputField> fields, ScenarioSession session, Supplier<I18n> i18n,
      StepValidity validity) {
    Map<InputField, NumberFieldViewModel> out = new EnumMap<>(InputField.class);
    for (InputField f : fields) {
      out.put(f, new NumberFieldViewModel(f, session, i18n, validity));
    }
    this.fields = Collections.unmodifiableMap(out);
  }

  /** The view model of {@code f}; refused when {@code f} is not on the step. */
  NumberFieldViewModel field(InputField f) {
    NumberFieldViewModel vm = fields.get(f);
    if (vm == null) {
      throw new IllegalArgumentException("Not on this step: " + f);
    }
    return vm;
  }

  /** The language changed: the fields word their values and problems in the new one. */
  void languageChanged() {
    fields.values().forEach(NumberFieldViewModel::languageChanged);
  }

  /** Every field shows the scenario's value again (e.g. after the library's figures came in). */
  void showScenarioValues() {
    fields.values().forEach(NumberFieldViewModel::showScenarioValue);
  }
}
