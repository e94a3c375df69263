package se.socialorg.advisor.ui;

import se.socialorg.advisor.i18n.I18n;
import se.socialorg.advisor.model.Provenance;

/** Provenance in words: a short source line for tooltips, and the full details for dialogs. */
public final class ProvenanceText {

  private ProvenanceText() {}

  /** E.g. "Edelman Trust Barometer 2012, informed publics (derived)". */
  public static String brief(I18n i18n, Provenance p) {
    StringBuilder sb = new StringBuilder(p.sourceTitle());
    if (p.year() > 0 && !p.sourceTitle().contains(Integer.toString(p.year()))) {
      sb.append(' ').append(p.year());
    }
    if (!p.population().isBlank()) {
      sb.append(", ").append(p.population());
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
    return i18n.t("provenance.full", p.sourceTitle(), p.sourceUrl().isBlank() ? "-" : p.sourceUrl(),
        p.year() > 0 ? Integer.toString(p.year()) : "-",
        p.population().isBlank() ? "-" : p.population(),
        i18n.t(p.derived() ? "provenance.yes" : "provenance.no"),
        i18n.t(p.vendorClaim() ? "provenance.yes" : "provenance.no"));
  }
}
