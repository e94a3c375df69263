package se.socialorg.advisor.store.survey;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** Parses survey answers written in English or Swedish, as Excel and survey tools export them. */
final class Answers {

  /** Why a value was refused: an i18n key. */
  static final class BadValue extends Exception {
    final String messageKey;
    final transient Object[] extra;

    BadValue(String messageKey, Object... extra) {
      super(messageKey, null, false, false);
      this.messageKey = messageKey;
      this.extra = extra;
    }
  }

  /**
   * Largest plausible network (followers and connections of one employee): the largest personal
   * accounts have some tens of millions, an employee far fewer; 10^300 is a typing or export error.
   */
  static final double MAX_NETWORK = 10_000_000;

  /** Largest plausible number of posts per month (more than 30 a day). */
  static final double MAX_POSTS_PER_MONTH = 1_000;

  private static final Map<String, Boolean> YES_NO =
      Map.ofEntries(
          Map.entry("yes", true), Map.entry("y", true), Map.entry("ja", true), Map.entry("j", true),
          Map.entry("1", true), Map.entry("true", true), Map.entry("sant", true),
          Map.entry("x", true),
          Map.entry("no", false), Map.entry("n", false), Map.entry("nej", false),
          Map.entry("0", false), Map.entry("false", false), Map.entry("falskt", false));

  private static final Map<String, Boolean> FREQUENCY =
      Map.ofEntries(
          Map.entry("daily", true), Map.entry("every day", true),
          Map.entry("several times a week", true), Map.entry("weekly", true),
          Map.entry("every week", true), Map.entry("monthly", true),
          Map.entry("every month", true),
          Map.entry("never", false), Map.entry("rarely", false), Map.entry("seldom", false),
          Map.entry("less than monthly", false),
          Map.entry("dagligen", true), Map.entry("varje dag", true),
          Map.entry("flera gånger i veckan", true), Map.entry("varje vecka", true),
          Map.entry("veckovis", true), Map.entry("någon gång i veckan", true),
          Map.entry("månadsvis", true), Map.entry("varje månad", true),
          Map.entry("någon gång i månaden", true),
          Map.entry("aldrig", false), Map.entry("sällan", false), Map.entry("mer sällan", false));

  private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0\\u202f']+");
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)");

  private Answers() {}

  static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  static String key(String s) {
    String k = s.strip().toLowerCase(Locale.ROOT);
    return k.indexOf(' ') < 0 && k.indexOf('\t') < 0 ? k : WHITESPACE.matcher(k).replaceAll(" ");
  }

  static Boolean yesNo(String s) throws BadValue {
    if (blank(s)) {
      return null;
    }
    Boolean b = YES_NO.get(key(s));
    if (b == null) {
      throw new BadValue("survey.error.notYesNo");
    }
    return b;
  }

  /** Yes/no, or how often (daily ... never) mapped to active or not. */
  static Boolean active(String s) throws BadValue {
    if (blank(s)) {
      return null;
    }
    String k = key(s);
    Boolean b = YES_NO.get(k);
    if (b == null) {
      b = FREQUENCY.get(k);
    }
    if (b == null) {
      throw new BadValue("survey.error.notActive");
    }
    return b;
  }

  /** A number 0 or more; decimal comma, spaces and apostrophes as thousand separators. */
  static Double count(String s) throws BadValue {
    if (blank(s)) {
      return null;
    }
    double v = number(s);
    if (v < 0) {
      throw new BadValue("survey.error.negative");
    }
    return v;
  }

  /** {@link #count(String)} no larger than {@code max}. */
  static Double count(String s, double max) throws BadValue {
    Double v = count(s);
    if (v != null && v > max) {
      throw new BadValue("survey.error.implausible", max);
    }
    return v;
  }

  /** A whole number 1-5. */
  static Integer willingness(String s) throws BadValue {
    if (blank(s)) {
      return null;
    }
    double v = number(s);
    if (v != Math.rint(v) || v < 1 || v > 5) {
      throw new BadValue("survey.error.willingnessRange");
    }
    return (int) v;
  }

  static double number(String s) throws BadValue {
    if (plainDigits(s)) {
      return Long.parseLong(s);
    }
    String t = SPACES.matcher(s.strip()).replaceAll("");
    int comma = t.indexOf(',');
    int dot = t.indexOf('.');
    if (comma >= 0 && dot >= 0) {
      t = comma < dot ? t.replace(",", "") : t.replace(".", "").replace(',', '.');
    } else if (comma >= 0) {
      if (t.indexOf(',', comma + 1) >= 0) {
        throw new BadValue("survey.error.notNumber");
      }
      if (thousandsOrDecimal(t, comma)) {
        throw new BadValue("survey.error.ambiguousComma");
      }
      t = t.replace(',', '.');
    }
    if (t.isEmpty() || !DECIMAL.matcher(t).matches()) {
      throw new BadValue("survey.error.notNumber");
    }
    double v = Double.parseDouble(t);
    if (!Double.isFinite(v)) {
      throw new BadValue("survey.error.notNumber");
    }
    return v;
  }

  /**
   * "1,234" or "12,500": an English thousands separator or a Swedish decimal comma, and the file
   * cannot tell which (1234 or 1.234). "0,125", "2,5" and "1 234,5" are decimals.
   */
  private static boolean thousandsOrDecimal(String t, int comma) {
    String whole = t.startsWith("+") || t.startsWith("-") ? t.substring(1, comma) : t.substring(0, comma);
    String fraction = t.substring(comma + 1);
    return whole.length() >= 1 && whole.length() <= 3 && whole.charAt(0) != '0'
        && fraction.length() == 3 && plainDigits(whole) && plainDigits(fraction);
  }

  private static boolean plainDigits(String s) {
    int n = s.length();
    if (n == 0 || n > 15) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }
}
