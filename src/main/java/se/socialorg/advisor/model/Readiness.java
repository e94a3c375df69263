package se.socialorg.advisor.model;

/**
 * How ready employees are to speak for the company.
 *
 * @param activeShare share of employees active on social media, 0-1
 * @param willingShare share willing to share company content, 0-1
 * @param averageNetwork average number of contacts/followers per employee, 0-100,000
 * @param postsPerWeek work-related posts per active advocate and week, 0-50
 * @param surveyName name of the imported survey the figures come from, empty for estimates
 * @param surveyRespondents respondents in that survey, 0 for estimates
 */
public record Readiness(
    double activeShare,
    double willingShare,
    double averageNetwork,
    double postsPerWeek,
    String surveyName,
    int surveyRespondents) {

  public Readiness {
    surveyName = surveyName == null ? "" : surveyName;
  }

  /**
   * Defaults: 30 % willing (PostBeyond 2018, vendor claim), 10 % active ("programmes often stall
   * near 10 % active", same source), network 400 and one post a week (product assumptions).
   */
  public static Readiness defaults() {
    return new Readiness(0.10, 0.30, 400, 1.0, "", 0);
  }

  public boolean fromSurvey() {
    return !surveyName.isEmpty();
  }
}
