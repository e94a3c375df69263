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
  ADVOCACY_BENCHMARKS,
  /**
   * Edelman from 2020: trust in groups of people to do what is right (scientists, CEOs, ...),
   * the series that replaced spokesperson credibility; mapped to it as a derived step.
   */
  EDELMAN_TRUST_IN_PEOPLE,
  /** Edelman special reports: trust among employees (my employer, institutions). */
  EDELMAN_EMPLOYEES,
  /** Edelman: trust about innovation (to tell the truth, to introduce it safely). */
  EDELMAN_INNOVATION,
  /** Edelman 2026: whether institutions do well at what people expect of them. */
  EDELMAN_EXPECTATIONS,
  /**
   * Medieakademin's Förtroendebarometern: confidence in how institutions and companies in Sweden
   * do their work (5-point scale); not comparable with Edelman's trust.
   */
  MEDIEAKADEMIN_CONFIDENCE,
  /** The SOM institute (Gothenburg): confidence in Swedish institutions. */
  SOM_CONFIDENCE,
  /** Kantar Sifo / Verian Anseendeindex: reputation index of Swedish companies and organisations. */
  VERIAN_REPUTATION,
  /** Verian for Westander: share of Swedes saying people can generally be trusted. */
  SWEDEN_INTERPERSONAL_TRUST,
  /** Altimeter 2011: staff and budget by social-business maturity. */
  MATURITY_PATH;

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
