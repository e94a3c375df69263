package se.socialorg.advisor.present.report;

import se.socialorg.advisor.i18n.I18n;
import se.socialorg.advisor.model.InputField;
import se.socialorg.advisor.model.ScenarioInputs;
import se.socialorg.advisor.present.InputValues;

/**
 * Names and values of inputs as the wizard shows them (same keys and number formats as the
 * recommendation step), for the report's tables.
 */
final class Formats {

  private final I18n i18n;

  Formats(I18n i18n) {
    this.i18n = i18n;
  }

  /** An input's value with its unit, e.g. "25.0 %", "1 000 000 SEK", "2012". */
  String input(InputField f, ScenarioInputs in) {
    return InputValues.text(i18n, f, f.read(in), in.resources().currency());
  }

  String label(InputField f) {
    return i18n.t("field." + f.name());
  }
}
