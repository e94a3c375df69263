package se.socialorg.advisor.model;

import java.util.List;

/**
 * Summary of an imported employee survey, overall and by department.
 *
 * @param surveyId database id of the survey
 * @param name the survey's name
 * @param total figures over all respondents
 * @param byDepartment the same figures per department, sorted by department name; respondents
 *     without a department, and departments too small to show, are grouped under an empty
 *     label ("other")
 */
public record SurveySummary(long surveyId, String name, Group total, List<Group> byDepartment) {

  public SurveySummary {
    byDepartment = List.copyOf(byDepartment);
  }

  public int respondents() {
    return total.respondents();
  }

  /**
   * Figures for a group of respondents. Shares are 0-1 over respondents who answered the
   * question; averages are NaN when nobody answered.
   *
   * @param label department name, empty for the whole survey or for no department
   * @param respondents number of respondents in the group
   * @param willingShare share answering 4 or 5 on willingness to share (1-5)
   * @param activeShare share active on social media
   * @param technicalExpertShare share who are technical experts
   * @param averageNetwork average network size
   * @param medianNetwork median network size
   * @param averagePostsPerMonth average posts per month
   * @param willingAnswers respondents who answered the willingness question
   * @param activeAnswers respondents who answered whether they are active
   */
  public record Group(
      String label,
      int respondents,
      double willingShare,
      double activeShare,
      double technicalExpertShare,
      double averageNetwork,
      double medianNetwork,
      double averagePostsPerMonth,
      int willingAnswers,
      int activeAnswers) {

    /** 95 % Wilson interval of the willing share. */
    public SampleSize.Interval willingInterval() {
      return SampleSize.wilson95(willingShare, willingAnswers);
    }

    /** 95 % Wilson interval of the active share. */
    public SampleSize.Interval activeInterval() {
      return SampleSize.wilson95(activeShare, activeAnswers);
    }
  }
}
