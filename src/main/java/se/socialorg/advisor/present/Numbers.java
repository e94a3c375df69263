package se.socialorg.advisor.present;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.Locale;

/**
 * The one way numbers typed by the user are read, and numbers meant for editing or for a CSV
 * cell are written. Reading follows the user's locale: in English "1,500" is fifteen hundred and
 * "1.5" one and a half; in Swedish "1,5" is one and a half and "1 500" fifteen hundred. Spaces
 * (also no-break ones) and a per cent sign are ignored. Lenient fallback, documented: a decimal
 * point is also accepted in a comma locale ("1.5" in Swedish), as people paste from English
 * sources. Anything else (letters, "1e5", infinity) is not a number.
 */
public final class Numbers {

  /** Decimals kept in a number for editing or for a CSV cell. */
  private static final int PLAIN_DECIMALS = 6;

  private Numbers() {}

  /** The typed number in {@code locale}, or null when the text is empty or not a number. */
  public static Double parse(String text, Locale locale) {
    if (text == null) {
      return null;
    }
    String cleaned = text.replaceAll("[\\s\\u00a0\\u202f%]", "").replace('\u2212', '-');
    if (cleaned.isEmpty() || !cleaned.matches("-?[0-9.,]+")) {
      return null;
    }
    NumberFormat nf = NumberFormat.getNumberInstance(locale);
    ParsePosition pos = new ParsePosition(0);
    Number n = nf.parse(cleaned, pos);
    if (n != null && pos.getIndex() == cleaned.length()) {
      return finite(n.doubleValue());
    }
    String plain = cleaned.replace(',', '.');
    if (!plain.matches("-?\\d+(\\.\\d+)?")) {
      return null;
    }
    return finite(Double.parseDouble(plain));
  }

  /**
   * A number for a text field or a CSV cell: no grouping, at most six decimals, no trailing
   * zeros, the decimal comma in Swedish ("1500", "0,35"). Empty for NaN or infinity.
   */
  public static String plain(double v, Locale locale) {
    if (!Double.isFinite(v)) {
      return "";
    }
    String s = BigDecimal.valueOf(v).setScale(PLAIN_DECIMALS, RoundingMode.HALF_UP)
        .stripTrailingZeros().toPlainString();
    return "sv".equals(locale.getLanguage()) ? s.replace('.', ',') : s;
  }

  private static Double finite(double v) {
    return Double.isFinite(v) ? v : null;
  }
}
