package se.socialorg.advisor.ui.report;

import se.socialorg.advisor.ui.wizard.ResultCharts;

import se.socialorg.advisor.i18n.I18n;
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

  /** An input's value with its unit, e.g. "25 %", "1 000 000 SEK", "2012". */
  String input(InputField f, ScenarioInputs in) {
    double v = f.read(in);
    return switch (f.unit()) {
      case SHARE -> i18n.t("value.percent", i18n.number(v * 100, 1));
      case PERCENT -> i18n.t("value.percent", i18n.number(v, 0));
      case MONEY -> i18n.money(v, in.resources().currency());
      case SCALE -> i18n.number(v, 2);
      case YEAR, MONTHS -> Long.toString(Math.round(v));
      case PER_WEEK, FACTOR -> i18n.number(v, 1);
      case HOURS -> i18n.number(v, 0);
      default -> i18n.number(v, 0);
    };
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
