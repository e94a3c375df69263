package se.socialorg.advisor.model;

import java.util.Objects;

/**
 * Where a figure comes from.
 *
 * @param sourceTitle title of the publication, never blank
 * @param sourceUrl address of the publication, may be empty
 * @param year year of the figure, or 0 if none applies
 * @param population who was asked (e.g. "informed publics"), may be empty
 * @param derived the figure was computed from published ones rather than published itself
 * @param vendorClaim the figure is a vendor's claim or vendor research, not an independent survey
 */
public record Provenance(
    String sourceTitle,
    String sourceUrl,
    int year,
    String population,
    boolean derived,
    boolean vendorClaim) {

  public Provenance {
    Objects.requireNonNull(sourceTitle, "sourceTitle");
    sourceUrl = sourceUrl == null ? "" : sourceUrl;
    population = population == null ? "" : population;
  }

  /** A value the user typed themselves. */
  public static Provenance userEntered(int year) {
    return new Provenance("User input", "", year, "", false, false);
  }
}
