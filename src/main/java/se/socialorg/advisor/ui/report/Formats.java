package se.socialorg.advisor.ui.report;

import se.socialorg.advisor.i18n.I18n;
import se.socialorg.advisor.model.InputField;
import se.socialorg.advisor.model.MaturityStage;
import se.socialorg.advisor.model.ScenarioInputs;
import se.socialorg.advisor.model.SharedFunctions;

/**
 * Names and values of inputs and sensitivity parameters as the wizard shows them (same keys and
 * number formats as the recommendation step), for the report's text and charts.
 */
final class Formats {

  private final I18n i18n;

  Formats(I18n i18n) {
    this.i18n = i18n;
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

  /** The name of a sensitivity parameter: a field, a goal weight, maturity or shared functions. */
  String parameterName(String id) {
    if (id.startsWith("weight.")) {
      return i18n.t("engine.parameter.weight", i18n.t("goal." + id.substring("weight.".length())));
    }
    for (InputField f : InputField.values()) {
      if (f.name().equals(id)) {
        return label(f);
      }
    }
    return i18n.t("engine.parameter." + id);
  }

  /** A sensitivity parameter's value in words. */
  String parameterValue(String id, double v) {
    if (id.startsWith("weight.")) {
      return i18n.percent(v, 0);
    }
    if (id.equals("MATURITY")) {
      int i = (int) Math.max(0, Math.min(MaturityStage.values().length - 1, Math.round(v)));
      return i18n.t("maturity." + MaturityStage.values()[i].name());
    }
    if (id.equals("SHARED_FUNCTIONS")) {
      int i = (int) Math.max(0, Math.min(SharedFunctions.values().length - 1, Math.round(v)));
      return i18n.t("wizard.org.shared." + SharedFunctions.values()[i].name());
    }
    for (InputField f : InputField.values()) {
      if (f.name().equals(id)) {
        boolean share = f.unit() == InputField.Unit.SHARE;
        String n = i18n.number(share ? v * 100 : v,
            switch (f.unit()) {
              case SHARE, PER_WEEK, FACTOR -> 1;
              default -> 0;
            });
        return share || f.unit() == InputField.Unit.PERCENT ? i18n.t("value.percent", n) : n;
      }
    }
    return i18n.number(v, 2);
  }
}
