package se.socialorg.advisor.model;

import java.util.Optional;

/** The datasets shipped in the data library. Users may add figures to any of them. */
public enum Dataset {
  /** Sveriges Annonsörer 2012: trends for the next two years. */
  SA2012_TRENDS,
  /** Sveriges Annonsörer 2012: hiring needs for the next two years. */
  SA2012_HIRING,
  /** Edelman: trust in business, government, media and NGOs by country and year. */
  EDELMAN_INSTITUTIONS,
  /** Edelman: trust index by country. */
  EDELMAN_TRUST_INDEX,
  /** Edelman: trust in industries (global informed publics). */
  EDELMAN_INDUSTRIES,
  /** Edelman: credibility of spokespeople by country and year. */
  EDELMAN_SPOKESPEOPLE,
  /** Employee advocacy reach and value assumptions (mostly vendor claims). */
  ADVOCACY_BENCHMARKS;

  /** The dataset with this id, if it is a shipped one. */
  public static Optional<Dataset> fromId(String id) {
    for (Dataset d : values()) {
      if (d.name().equals(id)) {
        return Optional.of(d);
      }
    }
    return Optional.empty();
  }
}
