package se.socialorg.advisor.model;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * Trust figures for the organisation's country and industry (Edelman Trust Barometer).
 * Percentages are 0-100: share answering 6-9 on a 1-9 trust scale, or share finding a
 * spokesperson extremely or very credible.
 *
 * @param country ISO-like country name used in the data library, e.g. "Sweden"
 * @param industry industry name used in the data library, e.g. "technology"
 * @param year edition year of the figures
 * @param trustInBusiness trust in business in the country, 0-100
 * @param trustInMedia trust in media in the country, 0-100
 * @param industryTrust trust in the organisation's industry, 0-100
 * @param credibility spokesperson credibility, 0-100 each
 * @param overridden which of the above the user typed over the library value (field names:
 *     "trustInBusiness", "trustInMedia", "industryTrust", or a {@link Spokesperson} name)
 * @param source where the library values come from
 */
public record TrustContext(
    String country,
    String industry,
    int year,
    double trustInBusiness,
    double trustInMedia,
    double industryTrust,
    Map<Spokesperson, Double> credibility,
    Set<String> overridden,
    Provenance source) {

  public TrustContext {
    EnumMap<Spokesperson, Double> c = new EnumMap<>(Spokesperson.class);
    if (credibility != null) {
      c.putAll(credibility);
    }
    credibility = Collections.unmodifiableMap(c);
    overridden = overridden == null ? Set.of() : Set.copyOf(overridden);
  }

  /**
   * Sweden 2012 (source article), as the data library gives it for Sweden, technology, 2012: the
   * article's Swedish spokesperson figures (technical experts "two thirds", 67 derived; employees
   * 50; CEO 38) and Edelman's global 2012 figures where it has none (academic 68, person like
   * yourself 65). So a new scenario's figures are the library's, and none reads as the manager's.
   */
  public static TrustContext defaults() {
    EnumMap<Spokesperson, Double> c = new EnumMap<>(Spokesperson.class);
    c.put(Spokesperson.ACADEMIC, 68.0);
    c.put(Spokesperson.TECHNICAL_EXPERT, 67.0);
    c.put(Spokesperson.PERSON_LIKE_YOURSELF, 65.0);
    c.put(Spokesperson.EMPLOYEE, 50.0);
    c.put(Spokesperson.CEO, 38.0);
    return new TrustContext(
        "Sweden",
        "technology",
        2012,
        54,
        38,
        79,
        c,
        Set.of(),
        new Provenance(
            "Edelman Trust Barometer 2012",
            "https://www.edelman.com/trust",
            2012,
            "informed publics",
            false,
            false));
  }

  public double credibility(Spokesperson who) {
    return credibility.getOrDefault(who, 0.0);
  }
}
