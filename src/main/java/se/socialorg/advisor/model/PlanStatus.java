package se.socialorg.advisor.model;

/** Where an action of the plan stands. */
public enum PlanStatus {
  NOT_STARTED,
  IN_PROGRESS,
  DONE,
  DROPPED
}
