package se.socialorg.advisor.model;

/** What the action plan sets a measurable monthly target for, prefilled from the projection. */
public enum Kpi {
  /** Active advocates in the month. */
  ADVOCATES,
  /** Posts (advocate shares and company posts) in the month. */
  POSTS_PER_MONTH,
  /** Impressions in the month. */
  IMPRESSIONS,
  /** Clicks in the month. */
  CLICKS,
  /** Programme cost in the month, in the scenario's currency. */
  COST;

  /** True when less is better (cost): being under target is ahead, over it behind. */
  public boolean lowerIsBetter() {
    return this == COST;
  }
}
