package se.socialorg.advisor.model;

import java.time.YearMonth;
import java.util.Objects;

/**
 * Actual results of one calendar month from one import, summed over its daily rows. A figure the
 * source does not report is NaN (a gap), never 0.
 *
 * @param month the calendar month
 * @param days distinct days of the month with at least one row
 * @param organicImpressions organic impressions (the page's own posts, or advocates' shares)
 * @param paidImpressions sponsored impressions (0 for an advocacy platform)
 * @param organicClicks organic clicks
 * @param paidClicks sponsored clicks
 * @param engagements reactions + comments + reposts
 * @param posts shares by advocates (NaN when not reported)
 * @param advocates distinct advocates who shared (NaN when not reported)
 * @param earnedMediaValue earned media value as the platform reports it (NaN when not reported)
 */
public record ActualsMonth(
    YearMonth month,
    int days,
    double organicImpressions,
    double paidImpressions,
    double organicClicks,
    double paidClicks,
    double engagements,
    double posts,
    double advocates,
    double earnedMediaValue) {

  public ActualsMonth {
    Objects.requireNonNull(month, "month");
  }

  public double impressions() {
    return organicImpressions + paidImpressions;
  }

  public double clicks() {
    return organicClicks + paidClicks;
  }
}
