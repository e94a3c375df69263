package se.socialorg.advisor.model;

/** How the manager expressed the goal weights. */
public enum WeightMode {
  /** Sliders, normalised to sum to one. */
  DIRECT,
  /** Pairwise comparisons, weights by the Analytic Hierarchy Process. */
  PAIRWISE
}
