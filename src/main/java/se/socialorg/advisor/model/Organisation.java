package se.socialorg.advisor.model;

/**
 * The organisation whose social-media work is being designed.
 *
 * @param employees head count, 1 to 1,000,000
 * @param technicalExpertShare share of employees who are technical experts, 0-1
 * @param businessUnits number of business units or product lines, 1-500
 * @param countries number of countries with own market communication, 1-200
 * @param regulation regulation and compliance exposure, 0 (none) to 1 (heavily regulated)
 * @param maturity social-business maturity stage
 * @param sharedFunctions how HR, IT and Finance are organised
 * @param cultureOpenness how far leaders trust employees to speak, 0 (closed) to 1 (open)
 */
public record Organisation(
    int employees,
    double technicalExpertShare,
    int businessUnits,
    int countries,
    double regulation,
    MaturityStage maturity,
    SharedFunctions sharedFunctions,
    double cultureOpenness) {

  public static Organisation defaults() {
    return new Organisation(
        500, 0.25, 2, 1, 0.3, MaturityStage.PRESENCE, SharedFunctions.CENTRAL, 0.5);
  }
}
