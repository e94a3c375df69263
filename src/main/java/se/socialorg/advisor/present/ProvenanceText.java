package se.socialorg.advisor.present;

import java.text.Normalizer;
import java.util.Locale;
import se.socialorg.advisor.i18n.I18n;
import se.socialorg.advisor.model.Provenance;

/**
 * Provenance in words: a short source line for tooltips, and the full details for dialogs. The
 * shipped figures' titles and populations are stored in English; where the texts carry a
 * translation ({@code seed.source.*}, {@code seed.population.*}), they read in the user's
 * language. Anything else (a user's own figure, say) reads as typed.
 */
public final class ProvenanceText {

  /** Key prefix of the shipped sources' titles. */
  private static final String SOURCE = "seed.source.";

  /** Key prefix of the shipped figures' populations (who was asked). */
  private static final String POPULATION = "seed.population.";

  /** Key prefix of the shipped figures' answer scales. */
  private static final String SCALE = "seed.scale.";

  private ProvenanceText() {}

  /** E.g. "Edelman Trust Barometer 2012, informed publics (derived)". */
  public static String brief(I18n i18n, Provenance p) {
    String title = title(i18n, p);
    StringBuilder sb = new StringBuilder(title);
    if (p.year() > 0 && !title.contains(Integer.toString(p.year()))) {
      sb.append(' ').append(p.year());
    }
    if (!p.population().isBlank()) {
      sb.append(", ").append(population(i18n, p));
    }
    if (p.derived()) {
      sb.append(" (").append(i18n.t("provenance.derived")).append(')');
    }
    if (p.vendorClaim()) {
      sb.append(" (").append(i18n.t("provenance.vendorClaim")).append(')');
    }
    return sb.toString();
  }

  /** Every field of the provenance, one per line. */
  public static String full(I18n i18n, Provenance p) {
    return i18n.t("provenance.full", title(i18n, p),
        p.sourceUrl().isBlank() ? "-" : p.sourceUrl(),
        p.year() > 0 ? Integer.toString(p.year()) : "-",
        p.population().isBlank() ? "-" : population(i18n, p),
        i18n.t(p.derived() ? "provenance.yes" : "provenance.no"),
        i18n.t(p.vendorClaim() ? "provenance.yes" : "provenance.no"));
  }

  /** The source's title, in the user's language where the app ships a translation. */
  public static String title(I18n i18n, Provenance p) {
    return title(i18n, p.sourceTitle());
  }

  /** A source title as stored, in the user's language where the app ships a translation. */
  public static String title(I18n i18n, String sourceTitle) {
    return shipped(i18n, SOURCE, sourceTitle);
  }

  /** Who was asked, in the user's language where the app ships a translation. */
  public static String population(I18n i18n, Provenance p) {
    return population(i18n, p.population());
  }

  /** A population as stored, in the user's language where the app ships a translation. */
  public static String population(I18n i18n, String population) {
    return shipped(i18n, POPULATION, population);
  }

  /** An answer scale as stored, in the user's language where the app ships a translation. */
  public static String scale(I18n i18n, String scale) {
    return shipped(i18n, SCALE, scale);
  }

  /**
   * A text of the shipped data in the user's language: the key is the prefix and the English
   * text in lower case, accents dropped, every run of other characters an underscore (e.g.
   * {@code seed.population.informed_publics}). Without such a key, the text as it is.
   */
  private static String shipped(I18n i18n, String prefix, String english) {
    if (english == null || english.isBlank()) {
      return english;
    }
    String key = prefix + slug(english);
    return i18n.has(key) ? i18n.t(key) : english;
  }

  static String slug(String text) {
    String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_")
        .replaceAll("^_+|_+$", "");
  }
}
