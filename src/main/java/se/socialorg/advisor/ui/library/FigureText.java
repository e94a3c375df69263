package se.socialorg.advisor.ui.library;

import java.math.BigDecimal;
import java.util.Locale;
import se.socialorg.advisor.i18n.I18n;
import se.socialorg.advisor.model.ReferenceFigure;

/** Figures in words: dataset, item and country names, values with units, override status. */
final class FigureText {

  static final String PERCENT = "percent";
  static final String SHARE = "share";
  static final String FACTOR = "factor";

  private final I18n i18n;

  FigureText(I18n i18n) {
    this.i18n = i18n;
  }

  I18n i18n() {
    return i18n;
  }

  String dataset(String id) {
    String key = "libui.dataset." + id;
    return i18n.has(key) ? i18n.t(key) : id;
  }

  String item(String id) {
    String key = "libui.item." + id;
    return i18n.has(key) ? i18n.t(key) : id.replace('_', ' ');
  }

  String country(String name) {
    return se.socialorg.advisor.ui.CountryNames.of(i18n, name);
  }

  String unit(String unit) {
    String key = "libui.unit." + unit;
    return i18n.has(key) ? i18n.t(key) : unit;
  }

  /** The value with its unit, e.g. "54 %", "2,0 ×". */
  String value(double value, String unit) {
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

  String value(ReferenceFigure f) {
    return value(f.value(), f.unit());
  }

  /** Shipped, changed by the user (with the shipped value), or the user's own. */
  String status(ReferenceFigure f) {
    if (f.overridden()) {
      return i18n.t("libui.status.overridden", value(f.shippedValue(), f.unit()));
    }
    return i18n.t(f.shipped() ? "libui.status.shipped" : "libui.status.own");
  }

  String yesNo(boolean b) {
    return i18n.t(b ? "provenance.yes" : "provenance.no");
  }

  /** A plain number for a CSV cell: no grouping, the language's decimal mark. */
  String csvNumber(double v) {
    if (Double.isNaN(v)) {
      return "";
    }
    String s = BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    return "sv".equals(i18n.language()) ? s.replace('.', ',') : s;
  }

  /** Parses a number typed by the user: decimal comma or point, optional % and spaces. */
  static double parseNumber(String text) {
    String s = text == null ? "" : text.strip().replace("%", "").replace("\u00a0", "")
        .replace(" ", "").replace('\u2212', '-').replace(',', '.').toLowerCase(Locale.ROOT);
    if (!s.matches("-?\\d+(\\.\\d+)?")) {
      throw new NumberFormatException(text);
    }
    double v = Double.parseDouble(s);
    if (!Double.isFinite(v)) {
      throw new NumberFormatException(text);
    }
    return v;
  }
}
