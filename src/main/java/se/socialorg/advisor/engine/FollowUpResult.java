package se.socialorg.advisor.engine;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import se.socialorg.advisor.model.Alternative;
import se.socialorg.advisor.model.Kpi;

/**
 * Actual results beside the projection for exactly the months the actuals cover.
 *
 * @param alternative the model followed (the decision taken, else the recommendation)
 * @param start the programme's first month
 * @param months calendar months with at least one imported row
 * @param monthly every month from the first to the last with data, gaps included
 * @param actual totals over the covered months
 * @param projected the projection over the same months, parts and days
 * @param status per measure, actual totals against projected totals (engagement: none)
 * @param actualPerMonth per KPI, the actual average of the months where it was measured (NaN
 *     when never)
 * @param targetStatus per KPI with a target, that average against the plan's target
 * @param observed the assumptions as the actuals show them
 */
public record FollowUpResult(
    Alternative alternative,
    YearMonth start,
    int months,
    List<MonthComparison> monthly,
    Figures actual,
    Figures projected,
    Map<Measure, KpiStatus> status,
    Map<Kpi, Double> actualPerMonth,
    Map<Kpi, KpiStatus> targetStatus,
    Observed observed) {

  public FollowUpResult {
    monthly = List.copyOf(monthly);
    status = Map.copyOf(status);
    actualPerMonth = Map.copyOf(actualPerMonth);
    targetStatus = Map.copyOf(targetStatus);
  }

  /** The months with no data between the first and the last covered month. */
  public List<YearMonth> gaps() {
    return monthly.stream().filter(MonthComparison::gap).map(MonthComparison::month).toList();
  }
}
