package se.socialorg.advisor.present;

import se.socialorg.advisor.i18n.I18n;
import se.socialorg.advisor.model.ReferenceFigure;

/** Figures in words: dataset, item and country names, values with units, override status. */
public final class FigureText {

  public static final String PERCENT = "percent";
  public static final String SHARE = "share";
  public static final String FACTOR = "factor";

  private final I18n i18n;

  public FigureText(I18n i18n) {
    this.i18n = i18n;
  }

  public I18n i18n() {
    return i18n;
  }

  public String dataset(String id) {
    String key = "libui.dataset." + id;
    return i18n.has(key) ? i18n.t(key) : id;
  }

  public String item(String id) {
    String key = "libui.item." + id;
    return i18n.has(key) ? i18n.t(key) : id.replace('_', ' ');
  }

  public String country(String name) {
    return se.socialorg.advisor.present.CountryNames.of(i18n, name);
  }

  public String unit(String unit) {
    String key = "libui.unit." + unit;
    return i18n.has(key) ? i18n.t(key) : unit;
  }

  /** The value with its unit, e.g. "54 %", "2,0 ×". */
  public String value(double value, String unit) {
    if (Double.isNaN(value)) {
      return "";
    }
    return switch (unit) {
      case PERCENT -> i18n.t("value.percent", i18n.number(value, value == Math.rint(value) ? 0 : 1));
      case SHARE -> i18n.percent(value, 0);
      case FACTOR -> i18n.t("libui.value.factor", i18n.number(value, 1));
      default -> i18n.number(value, 2) + " " + unit;
    };
  }

  public String value(ReferenceFigure f) {
    return value(f.value(), f.unit());
  }

  /** Shipped, changed by the user (with the shipped value), or the user's own. */
  public String status(ReferenceFigure f) {
    if (f.overridden()) {
      return i18n.t("libui.status.overridden", value(f.shippedValue(), f.unit()));
    }
    return i18n.t(f.shipped() ? "libui.status.shipped" : "libui.status.own");
  }

  public String yesNo(boolean b) {
    return i18n.t(b ? "provenance.yes" : "provenance.no");
  }

  /** A plain number for a CSV cell or a text field: {@link Numbers#plain}. */
  public String csvNumber(double v) {
    return Numbers.plain(v, i18n.locale());
  }
}
