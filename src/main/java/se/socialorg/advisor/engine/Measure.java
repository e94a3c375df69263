package se.socialorg.advisor.engine;

/** The figures compared month by month in a follow-up. */
public enum Measure {
  IMPRESSIONS,
  CLICKS,
  /** Reactions, comments and reposts; measured, not projected. */
  ENGAGEMENT,
  COST,
  /** Earned media value plus pipeline, at the scenario's prices. */
  VALUE;

  public boolean lowerIsBetter() {
    return this == COST;
  }
}
