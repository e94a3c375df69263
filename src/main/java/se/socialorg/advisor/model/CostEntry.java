package se.socialorg.advisor.model;

import java.time.YearMonth;
import java.util.Objects;

/**
 * What the programme actually cost in one month, typed in by the manager (no export carries it).
 *
 * @param month the calendar month
 * @param amount the cost in the scenario's currency, at least 0
 */
public record CostEntry(YearMonth month, double amount) {
  public CostEntry {
    Objects.requireNonNull(month, "month");
    if (!(amount >= 0) || Double.isInfinite(amount)) {
      throw new IllegalArgumentException("cost " + amount + " for " + month + " is not an amount");
    }
  }
}
