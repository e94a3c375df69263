package se.socialorg.advisor.engine;

/**
 * One month of the projection split into the parts an export can measure: the company page
 * (organic and sponsored, measured by a LinkedIn Company Page export) and advocates' shares
 * (measured by an advocacy platform). The parts add up to {@link MonthPoint}'s totals.
 *
 * @param month 1-based programme month
 * @param advocates active advocates
 * @param posts advocates' shares
 * @param brandImpressions organic impressions of the company page's posts
 * @param advocacyImpressions impressions of advocates' shares
 * @param paidImpressions sponsored impressions
 * @param brandClicks clicks on the page's organic posts
 * @param advocacyClicks clicks on advocates' shares
 * @param paidClicks clicks on sponsored posts
 * @param cost programme cost
 * @param value earned media value plus pipeline
 */
public record ProjectedMonth(
    int month,
    double advocates,
    double posts,
    double brandImpressions,
    double advocacyImpressions,
    double paidImpressions,
    double brandClicks,
    double advocacyClicks,
    double paidClicks,
    double cost,
    double value) {

  public double impressions() {
    return brandImpressions + advocacyImpressions + paidImpressions;
  }

  public double clicks() {
    return brandClicks + advocacyClicks + paidClicks;
  }
}
