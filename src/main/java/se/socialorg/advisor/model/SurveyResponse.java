package se.socialorg.advisor.model;

/**
 * One employee's answers in the company's own survey. Any answer may be missing (null).
 *
 * @param department department, may be null
 * @param role role or title, may be null
 * @param technicalExpert whether the employee is a technical expert
 * @param active whether the employee is active on social media
 * @param willingness willingness to share company content, 1-5
 * @param networkSize contacts/followers on social media, 0 or more
 * @param postsPerMonth work-related posts per month, 0 or more
 */
public record SurveyResponse(
    String department,
    String role,
    Boolean technicalExpert,
    Boolean active,
    Integer willingness,
    Double networkSize,
    Double postsPerMonth) {

  /** Lowest and highest willingness answer. */
  public static final int MIN_WILLINGNESS = 1;

  public static final int MAX_WILLINGNESS = 5;

  /** Willingness from which an employee counts as willing to share. */
  public static final int WILLING_FROM = 4;

  public boolean willing() {
    return willingness != null && willingness >= WILLING_FROM;
  }
}
