package se.socialorg.advisor.engine;

/**
 * One month of the projection (money in the scenario's currency).
 *
 * @param month 1-based month
 * @param advocates active advocates this month
 * @param impressions impressions this month (advocates, brand page and paid)
 * @param clicks clicks this month
 * @param earnedMediaValue earned media value this month: organic impressions / 1000 x CPM +
 *     organic clicks x CPC
 * @param pipeline attributed pipeline this month: clicks x pipeline per click
 * @param cost programme cost this month
 * @param cumulativeCost cost from month 1 to this one
 * @param cumulativeValue earned media value plus pipeline from month 1 to this one
 * @param roi (cumulative value - cumulative cost) / cumulative cost; 0 when nothing was spent
 */
public record MonthPoint(
    int month,
    double advocates,
    double impressions,
    double clicks,
    double earnedMediaValue,
    double pipeline,
    double cost,
    double cumulativeCost,
    double cumulativeValue,
    double roi) {}
