package se.socialorg.advisor.present;

import se.socialorg.advisor.i18n.I18n;
import se.socialorg.advisor.model.InputField;

/**
 * How an input's value reads wherever it is shown rather than edited (compare table, report,
 * flip points, tornado tooltips): with its unit, in the user's language. One place, so a share
 * or a year reads the same on every screen and on paper.
 */
public final class InputValues {

  /** Amounts below this keep two decimals (a cost per click of 0.85), larger ones none. */
  private static final double SMALL_AMOUNT = 100;

  private InputValues() {}

  /**
   * An input's value with its unit, e.g. "25.0 %", "1,000,000 SEK", "0.35", "2012".
   *
   * @param currency the scenario's currency for amounts of money, or null for the amount alone
   */
  public static String text(I18n i18n, InputField field, double value, String currency) {
    return switch (field.unit()) {
      case SHARE -> i18n.t("value.percent", i18n.number(value * 100, 1));
      case PERCENT -> i18n.t("value.percent", i18n.number(value, 0));
      case MONEY -> money(i18n, value, currency);
      case SCALE -> i18n.number(value, 2);
      case YEAR, MONTHS -> Long.toString(Math.round(value));
      case PER_WEEK, FACTOR -> i18n.number(value, 1);
      default -> i18n.number(value, 0);
    };
  }

  private static String money(I18n i18n, double value, String currency) {
    boolean cents = Math.abs(value) < SMALL_AMOUNT && value != Math.rint(value);
    String amount = i18n.number(value, cents ? 2 : 0);
    return currency == null || currency.isBlank() ? amount : amount + "\u00a0" + currency;
  }
}
