package se.socialorg.advisor.model;

/**
 * Assumptions of the reach and value projection (reference-data.md s.5). All overridable.
 *
 * @param months projection horizon, 12-36
 * @param organicVisibility share of a network that sees an organic post, 0-1
 * @param brandClickThrough click-through of company-page posts, 0-1
 * @param employeeCtrMultiplier employee click-through as a multiple of brand click-through
 *     (LinkedIn 2016: 2x, vendor research)
 * @param cpm cost per thousand paid impressions, in currency
 * @param cpc cost per paid click, in currency
 * @param pipelinePerClick attributed pipeline value per click, in currency
 * @param companyFollowers followers of the company page
 * @param centralPostsPerWeek posts per week a central communicator publishes
 */
public record ProjectionParameters(
    int months,
    double organicVisibility,
    double brandClickThrough,
    double employeeCtrMultiplier,
    double cpm,
    double cpc,
    double pipelinePerClick,
    double companyFollowers,
    double centralPostsPerWeek) {

  public static ProjectionParameters defaults() {
    return new ProjectionParameters(24, 0.05, 0.005, 2.0, 60, 15, 20, 5_000, 10);
  }
}
