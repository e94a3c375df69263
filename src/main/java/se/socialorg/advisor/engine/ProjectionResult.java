package se.socialorg.advisor.engine;

import se.socialorg.advisor.model.ProjectionAssumptions;

import java.util.List;
import java.util.Map;
import se.socialorg.advisor.model.Alternative;

/**
 * Reach and cost projection.
 *
 * @param series per offered alternative, one point per month
 * @param hires central communicators (FTE) per offered alternative
 * @param assumptions the assumptions used
 */
public record ProjectionResult(
    Map<Alternative, List<MonthPoint>> series,
    Map<Alternative, Double> hires,
    ProjectionAssumptions assumptions) {

  public ProjectionResult {
    series = Map.copyOf(series);
    hires = Map.copyOf(hires);
  }

  /** The last month of an alternative's series. */
  public MonthPoint last(Alternative a) {
    List<MonthPoint> s = series.get(a);
    if (s == null) {
      throw new IllegalArgumentException(a + " is not in the projection");
    }
    return s.get(s.size() - 1);
  }
}
