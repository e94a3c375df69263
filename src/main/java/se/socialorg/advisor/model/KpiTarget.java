package se.socialorg.advisor.model;

import java.util.Objects;

/**
 * A measurable target of the action plan.
 *
 * @param kpi what is measured
 * @param perMonth the target per calendar month (money in the scenario's currency)
 */
public record KpiTarget(Kpi kpi, double perMonth) {
  public KpiTarget {
    Objects.requireNonNull(kpi, "kpi");
  }
}
