package se.socialorg.advisor.model;

/**
 * Money and people available.
 *
 * @param currency ISO 4217 code, e.g. "SEK"
 * @param annualBudget yearly budget for social media (staff excluded), in currency
 * @param loadedSalary yearly fully loaded cost of one social-media communicator, in currency
 * @param hiringDifficulty how hard such communicators are to hire, 0 (easy) to 1 (very hard)
 * @param platformCostPerYear advocacy platform licence per year, in currency
 * @param coachingHoursPerAdvocate coaching hours per advocate and year
 * @param hourlyCost cost of one hour of employee or coach time, in currency
 */
public record Resources(
    String currency,
    double annualBudget,
    double loadedSalary,
    double hiringDifficulty,
    double platformCostPerYear,
    double coachingHoursPerAdvocate,
    double hourlyCost) {

  public Resources {
    currency = currency == null || currency.isBlank() ? "SEK" : currency;
  }

  /** Swedish mid-size company defaults (product assumptions, overridable). */
  public static Resources defaults() {
    return new Resources("SEK", 1_000_000, 700_000, 0.6, 150_000, 8, 600);
  }
}
