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
          Map.entry("aldrig", false), Map.entry("sällan", false), Map.entry("mer sällan", false),
          Map.entry("maybe", false), Map.entry("kanske", false));

  /**
   * Willingness words on the stored 1-5 scale. Willing means 4 or 5: "yes" and the two agreeing
   * answers; "maybe" and the neutral answer are 3 and do not count.
   */
  private static final Map<String, Integer> WILLINGNESS_WORDS =
      Map.ofEntries(
          Map.entry("yes", 5), Map.entry("ja", 5), Map.entry("maybe", 3),
          Map.entry("kanske", 3), Map.entry("no", 1), Map.entry("nej", 1),
          Map.entry("strongly agree", 5), Map.entry("agree", 4), Map.entry("somewhat agree", 4),
          Map.entry("neither agree nor disagree", 3), Map.entry("neutral", 3),
          Map.entry("neither", 3), Map.entry("somewhat disagree", 2), Map.entry("disagree", 2),
          Map.entry("strongly disagree", 1),
          Map.entry("instämmer helt", 5), Map.entry("stämmer helt", 5),
          Map.entry("instämmer delvis", 4), Map.entry("stämmer delvis", 4),
          Map.entry("instämmer", 4), Map.entry("varken eller", 3),
          Map.entry("varken instämmer eller tar avstånd", 3),
          Map.entry("tar delvis avstånd", 2), Map.entry("stämmer inte särskilt bra", 2),
          Map.entry("instämmer inte", 2), Map.entry("tar helt avstånd", 1),
          Map.entry("instämmer inte alls", 1), Map.entry("stämmer inte alls", 1));

  /** Answers that mean "no answer": stored as blank. */
  private static final java.util.Set<String> NO_ANSWER =
      java.util.Set.of("vet ej", "vet inte", "don't know", "don’t know", "dont know",
          "no opinion", "ingen åsikt", "n/a", "-");

  /** How often, as posts per month (21 working days a month). */
  private static final Map<String, Double> POSTS_WORDS =
      Map.ofEntries(
          Map.entry("daily", 21.0), Map.entry("every day", 21.0), Map.entry("dagligen", 21.0),
          Map.entry("varje dag", 21.0), Map.entry("several times a week", 10.0),
          Map.entry("flera gånger i veckan", 10.0), Map.entry("weekly", 4.0),
          Map.entry("every week", 4.0), Map.entry("varje vecka", 4.0),
          Map.entry("veckovis", 4.0), Map.entry("någon gång i veckan", 4.0),
          Map.entry("monthly", 1.0), Map.entry("every month", 1.0),
          Map.entry("varje månad", 1.0), Map.entry("månadsvis", 1.0),
          Map.entry("någon gång i månaden", 1.0), Map.entry("rarely", 0.25),
          Map.entry("seldom", 0.25), Map.entry("less than monthly", 0.25),
          Map.entry("sällan", 0.25), Map.entry("mer sällan", 0.25), Map.entry("never", 0.0),
          Map.entry("aldrig", 0.0));

  /** Offset marking a numeric willingness answer until the survey's scale is known. */
  static final int NUMERIC_WILLINGNESS = 100;

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
    if (blank(s) || NO_ANSWER.contains(key(s))) {
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
    if (blank(s) || NO_ANSWER.contains(key(s))) {
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

  /**
   * Willingness on the stored 1-5 scale from a word (yes/maybe/no, five-point agreement, in
   * English or Swedish), or a whole number 0-10 returned as {@link #NUMERIC_WILLINGNESS} plus the
   * number: its scale (1-5, 1-7 or 0-10) is known only when the whole column has been read.
   */
  static Integer willingness(String s) throws BadValue {
    if (blank(s) || NO_ANSWER.contains(key(s))) {
      return null;
    }
    Integer w = WILLINGNESS_WORDS.get(key(s));
    if (w != null) {
      return w;
    }
    double v = number(s);
    if (v != Math.rint(v) || v < 0 || v > 10) {
      throw new BadValue("survey.error.willingnessRange");
    }
    return NUMERIC_WILLINGNESS + (int) v;
  }

  /** Posts per month: a number, or how often (daily ... never) in English or Swedish. */
  static Double postsPerMonth(String s) throws BadValue {
    if (blank(s) || NO_ANSWER.contains(key(s))) {
      return null;
    }
    Double d = POSTS_WORDS.get(key(s));
    if (d != null) {
      return d;
    }
    return count(s, MAX_POSTS_PER_MONTH);
  }

  /** True when the answer is a word this field understands, or a number. */
  static boolean knownWord(SurveyField f, String s) {
    String k = key(s);
    if (blank(s) || NO_ANSWER.contains(k)) {
      return true;
    }
    return switch (f) {
      case TECHNICAL_EXPERT -> YES_NO.containsKey(k);
      case ACTIVE -> YES_NO.containsKey(k) || FREQUENCY.containsKey(k);
      case WILLINGNESS -> WILLINGNESS_WORDS.containsKey(k);
      case POSTS_PER_MONTH -> POSTS_WORDS.containsKey(k);
      default -> true;
    };
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
