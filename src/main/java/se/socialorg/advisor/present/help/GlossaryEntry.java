package se.socialorg.advisor.present.help;

import java.util.Locale;

/** A word the screens use and what it means, in the user's language. */
public record GlossaryEntry(String id, String term, String text) {

  /**
   * True when every word of {@code query} occurs in the term or its explanation, ignoring case;
   * a blank query matches every entry.
   */
  public boolean matches(String query, Locale locale) {
    if (query == null || query.isBlank()) {
      return true;
    }
    String haystack = (term + " " + text).toLowerCase(locale);
    for (String word : query.trim().toLowerCase(locale).split("\\s+")) {
      if (!haystack.contains(word)) {
        return false;
      }
    }
    return true;
  }
}
