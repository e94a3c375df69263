package se.socialorg.advisor.i18n;

import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * All user-facing text: {@code messages.properties} (English) and {@code messages_sv.properties}
 * (Swedish). One instance per language; the UI rebuilds its scene when the language changes.
 */
public final class I18n {

  /** Base name of the bundles (resources under {@code se/socialorg/advisor/i18n/}). */
  public static final String BUNDLE = "se.socialorg.advisor.i18n.messages";

  public static final Locale ENGLISH = Locale.ENGLISH;

  public static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");

  private final Locale locale;
  private final ResourceBundle bundle;

  public I18n(Locale locale) {
    this.locale = Objects.requireNonNull(locale);
    this.bundle = ResourceBundle.getBundle(BUNDLE, locale, NO_FALLBACK);
  }

  /** "sv" gives Swedish, anything else English. */
  public static I18n forLanguage(String language) {
    return new I18n("sv".equals(language) ? SWEDISH : ENGLISH);
  }

  public Locale locale() {
    return locale;
  }

  public String language() {
    return "sv".equals(locale.getLanguage()) ? "sv" : "en";
  }

  public ResourceBundle bundle() {
    return bundle;
  }

  /** The text for a key, formatted with {@link MessageFormat} when arguments are given. */
  public String t(String key, Object... args) {
    String pattern;
    try {
      pattern = bundle.getString(key);
    } catch (MissingResourceException e) {
      return "!" + key + "!";
    }
    if (args.length == 0) {
      return pattern;
    }
    return new MessageFormat(pattern, locale).format(args);
  }

  public boolean has(String key) {
    return bundle.containsKey(key);
  }

  /** A number with the locale's grouping and decimal separator. */
  public String number(double value, int decimals) {
    NumberFormat f = NumberFormat.getNumberInstance(locale);
    f.setMinimumFractionDigits(decimals);
    f.setMaximumFractionDigits(decimals);
    return f.format(value);
  }

  /** A share 0-1 as a percentage, e.g. "30 %" in Swedish, "30%" in English. */
  public String percent(double share, int decimals) {
    NumberFormat f = NumberFormat.getPercentInstance(locale);
    f.setMinimumFractionDigits(decimals);
    f.setMaximumFractionDigits(decimals);
    return f.format(share);
  }

  /** An amount with its ISO currency code after it, grouped for the locale. */
  public String money(double amount, String currency) {
    return number(amount, 0) + "\u00a0" + currency;
  }

  /** Neither bundle falls back to the JVM's default locale; English is the base file. */
  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
}
