package se.socialorg.advisor.present;

import se.socialorg.advisor.i18n.I18n;
import se.socialorg.advisor.model.InputField;

/**
 * How a catalogued input is typed: the text a field shows for editing (a share in percent, in the
 * user's locale, without a unit), the value a typed text stands for, and what is wrong with a text
 * the field cannot hold, in the manager's words ("Employees must be between 1 and 1,000,000.").
 */
public final class InputEntry {

  private InputEntry() {}

  /** Shares are typed as percentages; everything else as stored. */
  public static double displayFactor(InputField f) {
    return f.unit() == InputField.Unit.SHARE ? 100 : 1;
  }

  private static int decimals(InputField f) {
    return switch (f.unit()) {
      case SHARE, PER_WEEK, FACTOR -> 1;
      default -> 0;
    };
  }

  /** The value as the field shows it for editing: "45.0" for a share of 0.45, "1,500" for 1500. */
  public static String text(I18n i18n, InputField f, double value) {
    return i18n.number(value * displayFactor(f), decimals(f));
  }

  /**
   * The value a typed text stands for, read in the user's locale ({@link Numbers#parse}) and
   * rounded for whole units (people, counts, years, months); null when the text is not a valid
   * value for the field.
   */
  public static Double value(I18n i18n, InputField f, String typed) {
    if (problem(i18n, f, typed) != null) {
      return null;
    }
    double v = Numbers.parse(typed, i18n.locale()) / displayFactor(f);
    if (f.unit() == InputField.Unit.PERSONS || f.unit() == InputField.Unit.COUNT
        || f.unit() == InputField.Unit.YEAR || f.unit() == InputField.Unit.MONTHS) {
      v = Math.round(v);
    }
    return v;
  }

  /** What is wrong with a typed text, or null when it is a valid value for the field. */
  public static String problem(I18n i18n, InputField f, String typed) {
    Double shown = Numbers.parse(typed, i18n.locale());
    String label = i18n.t("field." + f.name());
    String min = i18n.number(f.min() * displayFactor(f), decimals(f));
    String max = i18n.number(f.max() * displayFactor(f), decimals(f));
    if (shown == null) {
      return i18n.t("wizard.invalid.number", label, min, max);
    }
    if (!f.accepts(shown / displayFactor(f))) {
      return i18n.t("wizard.invalid.range", label, min, max);
    }
    return null;
  }
}
