package se.socialorg.advisor.present;

import java.util.ArrayList;
import java.util.List;
import se.socialorg.advisor.i18n.I18n;
import se.socialorg.advisor.model.Readiness;
import se.socialorg.advisor.model.SampleSize;

/**
 * How sure a survey's shares are, in plain words, for the readiness step and the report: the 95 %
 * Wilson interval of the willing and active shares with the sample size, and a caution when the
 * sample is small (fewer than 30 respondents, or fewer than 5 % of the employees).
 */
public final class SurveyMargin {

  private SurveyMargin() {}

  /** The sentences to show; empty when the figures are not from a survey. */
  public static List<String> lines(I18n i18n, Readiness r, int employees) {
    List<String> out = new ArrayList<>();
    if (!r.fromSurvey() || r.surveyRespondents() <= 0) {
      return out;
    }
    int n = r.surveyRespondents();
    SampleSize.Interval w = SampleSize.wilson95(r.willingShare(), n);
    SampleSize.Interval a = SampleSize.wilson95(r.activeShare(), n);
    out.add(
        i18n.t(
            "survey.margin.shares",
            i18n.percent(r.willingShare(), 0), i18n.percent(w.low(), 0), i18n.percent(w.high(), 0),
            i18n.percent(r.activeShare(), 0), i18n.percent(a.low(), 0), i18n.percent(a.high(), 0),
            i18n.number(n, 0)));
    if (SampleSize.small(n, employees)) {
      out.add(
          i18n.t(
              "survey.margin.small", i18n.number(n, 0), i18n.number(employees, 0),
              i18n.number(SampleSize.SMALL_SAMPLE, 0),
              i18n.percent(SampleSize.SMALL_SHARE_OF_EMPLOYEES, 0)));
    }
    return out;
  }
}
