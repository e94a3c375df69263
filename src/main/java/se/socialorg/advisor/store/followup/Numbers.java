package se.socialorg.advisor.store.followup;

import java.util.regex.Pattern;

/** Counts and amounts as exports write them: 1234, 1,234, 1 234, 1.234,5 or 12.5. */
final class Numbers {

  private static final Pattern GROUPED_COMMA = Pattern.compile("-?\\d{1,3}(,\\d{3})+");
  private static final Pattern GROUPED_DOT = Pattern.compile("-?\\d{1,3}(\\.\\d{3}){2,}");

  private Numbers() {}

  /** The value; 0 for an empty cell; NaN when the text is not a number. */
  static double parse(String text) {
    String s = text.replace("\u00a0", "").replace("\u202f", "").replace(" ", "").replace("%", "");
    if (s.isEmpty()) {
      return 0;
    }
    if (GROUPED_COMMA.matcher(s).matches()) {
      s = s.replace(",", "");
    } else if (GROUPED_DOT.matcher(s).matches()) {
      s = s.replace(".", "");
    } else if (s.indexOf(',') >= 0 && s.indexOf('.') >= 0) {
      s = s.indexOf(',') < s.indexOf('.') ? s.replace(",", "") : s.replace(".", "").replace(',', '.');
    } else {
      s = s.replace(',', '.');
    }
    try {
      double v = Double.parseDouble(s);
      return Double.isFinite(v) ? v : Double.NaN;
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }
}
