package se.socialorg.advisor.model;

/** Social-business maturity stages (Altimeter 2013, Li and Solis), earliest first. */
public enum MaturityStage {
  PLANNING,
  PRESENCE,
  ENGAGEMENT,
  FORMALISED,
  STRATEGIC,
  CONVERGED
}
