package se.socialorg.advisor.present;

import se.socialorg.advisor.i18n.I18n;

/** Country names as the library stores them ("Sweden", "Hong Kong"), shown in the UI language. */
public final class CountryNames {

  private CountryNames() {}

  public static String of(I18n i18n, String name) {
    String key = "libui.country." + name.replace(" ", "");
    return i18n.has(key) ? i18n.t(key) : name;
  }
}
