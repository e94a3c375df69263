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
 * @param surveyId the survey's own id in the data library, which a rename never changes; empty
 *     for estimates and for files that link their survey by name only
 */
public record Readiness(
    double activeShare,
    double willingShare,
    double averageNetwork,
    double postsPerWeek,
    String surveyName,
    int surveyRespondents,
    String surveyId) {

  public Readiness {
    surveyName = surveyName == null ? "" : surveyName;
    surveyId = surveyId == null ? "" : surveyId;
  }

  /** Figures with no survey id (estimates, or a survey linked by name only). */
  public Readiness(double activeShare, double willingShare, double averageNetwork,
      double postsPerWeek, String surveyName, int surveyRespondents) {
    this(activeShare, willingShare, averageNetwork, postsPerWeek, surveyName, surveyRespondents, "");
  }

  /** The same survey link with other figures. */
  public Readiness withFigures(double active, double willing, double network, double posts) {
    return new Readiness(active, willing, network, posts, surveyName, surveyRespondents, surveyId);
  }

  /**
   * Whether these figures come from the survey with the given id and name: by id when the file
   * has one (a renamed survey still matches), by name for files that link by name only.
   */
  public boolean linksTo(String id, String name) {
    if (!fromSurvey()) {
      return false;
    }
    if (!surveyId.isEmpty()) {
      return surveyId.equals(id);
    }
    return surveyName.equals(name);
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
