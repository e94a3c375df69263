package se.socialorg.advisor.model;

/** What social media should achieve; the criteria of the decision. */
public enum Goal {
  TRUST_CREDIBILITY,
  THOUGHT_LEADERSHIP,
  LEAD_GENERATION,
  CUSTOMER_SERVICE,
  CRISIS_READINESS,
  EMPLOYER_BRANDING,
  MEASURABLE_ROI
}
