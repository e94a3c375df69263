package se.socialorg.advisor.present;

import java.util.ArrayList;
import java.util.List;
import se.socialorg.advisor.i18n.I18n;
import se.socialorg.advisor.model.Readiness;

/**
 * What the employee-readiness figures rest on, in the manager's words: the survey with its margins
 * of error, or which figures are still the reference benchmarks' assumptions; and where "your"
 * figures in the benchmark chart come from.
 */
public final class ReadinessText {

  private final I18n i18n;

  public ReadinessText(I18n i18n) {
    this.i18n = i18n;
  }

  /**
   * The notes under the readiness figures.
   *
   * @param employees the organisation's head count (the survey's margins depend on it)
   */
  public List<String> assumptionNotes(Readiness r, int employees) {
    List<String> notes = new ArrayList<>();
    if (r.fromSurvey()) {
      notes.add(i18n.t("wizard.readiness.fromSurvey", r.surveyName(), r.surveyRespondents()));
      notes.addAll(SurveyMargin.lines(i18n, r, employees));
      return notes;
    }
    Readiness d = Readiness.defaults();
    if (r.willingShare() == d.willingShare()) {
      notes.add(i18n.t("wizard.readiness.assume.willing"));
    }
    if (r.activeShare() == d.activeShare()) {
      notes.add(i18n.t("wizard.readiness.assume.active"));
    }
    if (r.averageNetwork() == d.averageNetwork() || r.postsPerWeek() == d.postsPerWeek()) {
      notes.add(i18n.t("wizard.readiness.assume.network"));
    }
    return notes;
  }

  /** Where "your" figures in the benchmark chart come from: the survey, or estimates. */
  public String yourSource(Readiness r) {
    return r.fromSurvey()
        ? i18n.t("wizard.readiness.surveySource", r.surveyName(), r.surveyRespondents())
        : i18n.t("wizard.readiness.estimateSource");
  }
}
