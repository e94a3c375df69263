package se.socialorg.advisor.engine;

/**
 * Goepel's consensus S* in words (Goepel 2018; limits as in ../shared/group-decisions.md):
 * very low up to 50 %, low to 65 %, moderate to 75 %, high to 85 %, very high from 85 %.
 */
public enum ConsensusLevel {
  VERY_LOW,
  LOW,
  MODERATE,
  HIGH,
  VERY_HIGH;

  /** The word for a consensus in [0, 1]; a value on a limit takes the higher word. */
  public static ConsensusLevel of(double consensus) {
    if (Double.isNaN(consensus)) {
      throw new IllegalArgumentException("consensus is not a number");
    }
    if (consensus >= 0.85) {
      return VERY_HIGH;
    }
    if (consensus >= 0.75) {
      return HIGH;
    }
    if (consensus >= 0.65) {
      return MODERATE;
    }
    if (consensus > 0.50) {
      return LOW;
    }
    return VERY_LOW;
  }
}
