package se.socialorg.advisor.ui.report;

import se.socialorg.advisor.ui.wizard.ResultCharts;

import se.socialorg.advisor.i18n.I18n;
import se.socialorg.advisor.ui.InputValues;
import se.socialorg.advisor.model.InputField;
import se.socialorg.advisor.model.ScenarioInputs;

/**
 * Names and values of inputs and sensitivity parameters as the wizard shows them (same keys and
 * number formats as the recommendation step), for the report's text and charts.
 */
final class Formats {

  private final I18n i18n;
  private final ResultCharts charts;

  Formats(I18n i18n) {
    this.i18n = i18n;
    this.charts = new ResultCharts(i18n);
  }

  /** An input's value with its unit, e.g. "25.0 %", "1 000 000 SEK", "2012". */
  String input(InputField f, ScenarioInputs in) {
    return InputValues.text(i18n, f, f.read(in), in.resources().currency());
  }

  String label(InputField f) {
    return i18n.t("field." + f.name());
  }

  /** The name of a sensitivity parameter, as the recommendation step shows it. */
  String parameterName(String id) {
    return charts.parameterName(id);
  }

  /** A sensitivity parameter's value in words, as the recommendation step shows it. */
  String parameterValue(String id, double v) {
    return charts.parameterValue(id, v);
  }
}
