package se.socialorg.advisor.model;

/** Spokespeople whose credibility Edelman's Trust Barometer measures. */
public enum Spokesperson {
  ACADEMIC,
  TECHNICAL_EXPERT,
  PERSON_LIKE_YOURSELF,
  EMPLOYEE,
  CEO
}
