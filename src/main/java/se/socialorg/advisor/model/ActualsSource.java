package se.socialorg.advisor.model;

/** Where imported actual results come from. */
public enum ActualsSource {
  /** A LinkedIn Company Page content export ("metrics" sheet): the brand page, organic and sponsored. */
  LINKEDIN_PAGE,
  /** An advocacy platform report: employees' shares of company content. */
  ADVOCACY_PLATFORM
}
