package se.socialorg.advisor.store.survey;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import se.socialorg.advisor.model.Readiness;
import se.socialorg.advisor.model.SampleSize;
import se.socialorg.advisor.model.SurveyResponse;
import se.socialorg.advisor.model.SurveySummary;

/** Pure statistics over survey responses: summaries, distributions, readiness. */
public final class SurveyStats {

  /** Lower bounds of the network-size histogram bins; the last bin is open-ended. */
  static final double[] NETWORK_BINS = {0, 100, 250, 500, 1000, 2500, 5000};

  /** Weeks per month, to turn posts per month into posts per week. */
  static final double WEEKS_PER_MONTH = 52.0 / 12.0;

  private SurveyStats() {}

  /**
   * Figures overall and by department. Departments with fewer than {@value
   * SampleSize#MIN_DEPARTMENT} respondents are merged with the respondents who gave no department
   * into one group with an empty label ("other"), for anonymity and because such shares mean
   * little.
   */
  public static SurveySummary summarise(long surveyId, String name, List<SurveyResponse> rows) {
    Map<String, List<SurveyResponse>> byDept = new TreeMap<>();
    for (SurveyResponse r : rows) {
      String d = r.department() == null ? "" : r.department();
      byDept.computeIfAbsent(d, k -> new ArrayList<>()).add(r);
    }
    List<SurveyResponse> other = new ArrayList<>();
    List<SurveySummary.Group> groups = new ArrayList<>();
    byDept.forEach(
        (d, rs) -> {
          if (d.isEmpty() || rs.size() < SampleSize.MIN_DEPARTMENT) {
            other.addAll(rs);
          } else {
            groups.add(group(d, rs));
          }
        });
    if (!other.isEmpty()) {
      groups.add(group("", other));
    }
    return new SurveySummary(surveyId, name, group("", rows), groups);
  }

  public static SurveySummary.Group group(String label, List<SurveyResponse> rows) {
    int willingAnswers = 0;
    int willing = 0;
    int activeAnswers = 0;
    int active = 0;
    int expertAnswers = 0;
    int experts = 0;
    double postsSum = 0;
    int postsAnswers = 0;
    double[] networks = new double[rows.size()];
    int n = 0;
    for (SurveyResponse r : rows) {
      if (r.willingness() != null) {
        willingAnswers++;
        willing += r.willing() ? 1 : 0;
      }
      if (r.active() != null) {
        activeAnswers++;
        active += r.active() ? 1 : 0;
      }
      if (r.technicalExpert() != null) {
        expertAnswers++;
        experts += r.technicalExpert() ? 1 : 0;
      }
      if (r.networkSize() != null) {
        networks[n++] = r.networkSize();
      }
      if (r.postsPerMonth() != null) {
        postsSum += r.postsPerMonth();
        postsAnswers++;
      }
    }
    double[] net = Arrays.copyOf(networks, n);
    Arrays.sort(net);
    return new SurveySummary.Group(
        label,
        rows.size(),
        share(willing, willingAnswers),
        share(active, activeAnswers),
        share(experts, expertAnswers),
        n == 0 ? Double.NaN : Arrays.stream(net).sum() / n,
        median(net),
        postsAnswers == 0 ? Double.NaN : postsSum / postsAnswers,
        willingAnswers,
        activeAnswers);
  }

  /** Counts of willingness answers 1 to 5 (index 0 is willingness 1). */
  public static long[] willingnessDistribution(List<SurveyResponse> rows) {
    long[] counts = new long[SurveyResponse.MAX_WILLINGNESS];
    for (SurveyResponse r : rows) {
      if (r.willingness() != null) {
        counts[r.willingness() - 1]++;
      }
    }
    return counts;
  }

  /** Network sizes in fixed bins 0-99, 100-249, 250-499, 500-999, 1000-2499, 2500-4999, 5000+. */
  public static List<HistogramBin> networkHistogram(List<SurveyResponse> rows) {
    long[] counts = new long[NETWORK_BINS.length];
    for (SurveyResponse r : rows) {
      if (r.networkSize() == null) {
        continue;
      }
      int bin = NETWORK_BINS.length - 1;
      while (bin > 0 && r.networkSize() < NETWORK_BINS[bin]) {
        bin--;
      }
      counts[bin]++;
    }
    List<HistogramBin> out = new ArrayList<>();
    for (int i = 0; i < NETWORK_BINS.length; i++) {
      double to = i + 1 < NETWORK_BINS.length ? NETWORK_BINS[i + 1] : Double.POSITIVE_INFINITY;
      out.add(new HistogramBin(NETWORK_BINS[i], to, counts[i]));
    }
    return out;
  }

  /**
   * Employee readiness for the wizard: shares and average network from the survey, posts per week
   * from the active respondents' posts per month; what the survey does not answer keeps the
   * default. Values are clamped to the input ranges.
   */
  public static Readiness readiness(String name, List<SurveyResponse> rows) {
    Readiness d = Readiness.defaults();
    SurveySummary.Group g = group("", rows);
    double postsMonth = 0;
    int postsAnswers = 0;
    for (SurveyResponse r : rows) {
      if (Boolean.TRUE.equals(r.active()) && r.postsPerMonth() != null) {
        postsMonth += r.postsPerMonth();
        postsAnswers++;
      }
    }
    double perWeek = postsAnswers == 0 ? d.postsPerWeek() : postsMonth / postsAnswers / WEEKS_PER_MONTH;
    return new Readiness(
        orDefault(g.activeShare(), d.activeShare(), 1),
        orDefault(g.willingShare(), d.willingShare(), 1),
        orDefault(g.averageNetwork(), d.averageNetwork(), 100_000),
        Math.min(perWeek, 50),
        name,
        rows.size());
  }

  private static double orDefault(double v, double fallback, double max) {
    return Double.isNaN(v) ? fallback : Math.max(0, Math.min(max, v));
  }

  private static double share(int count, int answers) {
    return answers == 0 ? Double.NaN : (double) count / answers;
  }

  private static double median(double[] sorted) {
    int n = sorted.length;
    if (n == 0) {
      return Double.NaN;
    }
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }
}
