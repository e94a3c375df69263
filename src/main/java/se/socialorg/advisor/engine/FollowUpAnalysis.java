package se.socialorg.advisor.engine;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import se.socialorg.advisor.model.ActualsImport;
import se.socialorg.advisor.model.ActualsMonth;
import se.socialorg.advisor.model.ActualsSource;
import se.socialorg.advisor.model.Alternative;
import se.socialorg.advisor.model.CostEntry;
import se.socialorg.advisor.model.Kpi;
import se.socialorg.advisor.model.KpiTarget;
import se.socialorg.advisor.model.ProjectionParameters;
import se.socialorg.advisor.model.ScenarioInputs;

/**
 * Follows a decision up: actual results beside the projection, month by month and cumulative,
 * for exactly the months (and, within a month, the share of days) the actuals cover, and only
 * for the parts a file measures: a Company Page export measures the page (organic and
 * sponsored), an advocacy platform report the advocates' shares. Rules in decision-model.md s.8.
 */
public final class FollowUpAnalysis {

  private FollowUpAnalysis() {}

  /**
   * The month the programme starts: the month of the decision when it is recorded and not after
   * the first actuals, otherwise the first month with actuals; null when neither is known.
   */
  public static YearMonth start(LocalDate decidedOn, List<ActualsImport> imports) {
    YearMonth first = null;
    for (ActualsImport i : imports) {
      YearMonth m = YearMonth.from(i.from());
      first = first == null || m.isBefore(first) ? m : first;
    }
    YearMonth decided = decidedOn == null ? null : YearMonth.from(decidedOn);
    if (first == null) {
      return decided;
    }
    return decided != null && !decided.isAfter(first) ? decided : first;
  }

  /** Monthly targets prefilled from the projection at full ramp-up (or the horizon if sooner). */
  public static List<KpiTarget> prefillTargets(ScenarioInputs in, Alternative a) {
    int month = Math.min(in.assumptions().rampMonths(), in.projection().months());
    ProjectedMonth p = ProjectionParts.project(in, a, month).get(month - 1);
    return List.of(
        new KpiTarget(Kpi.ADVOCATES, p.advocates()),
        new KpiTarget(Kpi.POSTS_PER_MONTH, p.posts()),
        new KpiTarget(Kpi.IMPRESSIONS, p.impressions()),
        new KpiTarget(Kpi.CLICKS, p.clicks()),
        new KpiTarget(Kpi.COST, p.cost()));
  }

  /** Actual beside projected for {@code a}, starting in {@code start}. */
  public static FollowUpResult compare(
      ScenarioInputs in,
      Alternative a,
      YearMonth start,
      List<ActualsImport> imports,
      List<CostEntry> costs,
      List<KpiTarget> targets) {
    Map<YearMonth, Sum> page = sums(imports, ActualsSource.LINKEDIN_PAGE);
    Map<YearMonth, Sum> platform = sums(imports, ActualsSource.ADVOCACY_PLATFORM);
    Map<YearMonth, Double> cost = new TreeMap<>();
    costs.forEach(c -> cost.put(c.month(), c.amount()));
    TreeMap<YearMonth, Boolean> all = new TreeMap<>();
    page.keySet().forEach(m -> all.put(m, true));
    platform.keySet().forEach(m -> all.put(m, true));
    List<MonthComparison> monthly = new ArrayList<>();
    Map<Kpi, double[]> perKpi = new EnumMap<>(Kpi.class);
    Acc cumA = new Acc();
    Acc cumP = new Acc();
    int covered = 0;
    if (!all.isEmpty()) {
      YearMonth first = all.firstKey();
      YearMonth last = all.lastKey();
      int lastProgrammeMonth = (int) ChronoUnit.MONTHS.between(start, last) + 1;
      List<ProjectedMonth> proj =
          ProjectionParts.project(in, a, Math.max(1, lastProgrammeMonth));
      ProjectionParameters pp = in.projection();
      for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
        int pm = (int) ChronoUnit.MONTHS.between(start, m) + 1;
        Sum pg = page.get(m);
        Sum pf = platform.get(m);
        if (pg == null && pf == null || pm < 1) {
          monthly.add(
              new MonthComparison(m, pm, pg == null && pf == null, Figures.NONE, Figures.NONE,
                  cumA.figures(), cumP.figures()));
          continue;
        }
        covered++;
        ProjectedMonth p = proj.get(pm - 1);
        double len = m.lengthOfMonth();
        double fPage = pg == null ? 0 : pg.days / len;
        double fPlat = pf == null ? 0 : pf.days / len;
        double aOrgImp = (pg == null ? 0 : pg.orgImp) + (pf == null ? 0 : pf.orgImp);
        double aOrgClk = (pg == null ? 0 : pg.orgClk) + (pf == null ? 0 : pf.orgClk);
        double aImp = aOrgImp + (pg == null ? 0 : pg.paidImp);
        double aClk = aOrgClk + (pg == null ? 0 : pg.paidClk);
        double aEng = (pg == null ? 0 : pg.eng) + (pf == null ? 0 : pf.eng);
        double pOrgImp = p.brandImpressions() * fPage + p.advocacyImpressions() * fPlat;
        double pOrgClk = p.brandClicks() * fPage + p.advocacyClicks() * fPlat;
        double pImp = pOrgImp + p.paidImpressions() * fPage;
        double pClk = pOrgClk + p.paidClicks() * fPage;
        Double c = cost.get(m);
        double aCost = c == null ? Double.NaN : c;
        double pCost = c == null ? Double.NaN : p.cost();
        Figures actual = new Figures(aImp, aClk, aEng, aCost, value(aOrgImp, aOrgClk, aClk, pp));
        Figures projected =
            new Figures(pImp, pClk, Double.NaN, pCost, value(pOrgImp, pOrgClk, pClk, pp));
        cumA.add(actual, actual);
        cumP.add(projected, actual);
        cumA.organic(aOrgImp, aOrgClk);
        cumP.organic(pOrgImp, pOrgClk);
        monthly.add(new MonthComparison(m, pm, false, actual, projected, cumA.figures(), cumP.figures()));
        kpi(perKpi, Kpi.IMPRESSIONS, aImp);
        kpi(perKpi, Kpi.CLICKS, aClk);
        kpi(perKpi, Kpi.COST, aCost);
        if (pf != null) {
          kpi(perKpi, Kpi.ADVOCATES, pf.advocates);
          kpi(perKpi, Kpi.POSTS_PER_MONTH, pf.posts);
        }
      }
    }
    Figures actual = cumA.figures();
    Figures projected = cumP.figures();
    Map<Measure, KpiStatus> status = new EnumMap<>(Measure.class);
    for (Measure m : Measure.values()) {
      KpiStatus s = KpiStatus.of(actual.get(m), projected.get(m), m.lowerIsBetter());
      if (s != null) {
        status.put(m, s);
      }
    }
    Map<Kpi, Double> perMonth = new EnumMap<>(Kpi.class);
    Map<Kpi, KpiStatus> targetStatus = new EnumMap<>(Kpi.class);
    for (Kpi k : Kpi.values()) {
      double[] s = perKpi.get(k);
      double avg = s == null || s[1] == 0 ? Double.NaN : s[0] / s[1];
      perMonth.put(k, avg);
      for (KpiTarget t : targets) {
        if (t.kpi() == k) {
          KpiStatus st = KpiStatus.of(avg, t.perMonth(), k.lowerIsBetter());
          if (st != null) {
            targetStatus.put(k, st);
          }
        }
      }
    }
    boolean fromReach = imports.stream().anyMatch(ActualsImport::impressionsFromReach);
    Observed observed =
        new Observed(
            !fromReach && cumP.orgImp > 0 && cumA.orgImp > 0
                ? in.projection().organicVisibility() * cumA.orgImp / cumP.orgImp
                : Double.NaN,
            !fromReach && cumA.orgImp > 0 && cumP.orgClk > 0 && cumP.orgImp > 0
                ? in.projection().brandClickThrough()
                    * (cumA.orgClk / cumA.orgImp)
                    / (cumP.orgClk / cumP.orgImp)
                : Double.NaN);
    return new FollowUpResult(
        a, start, covered, monthly, actual, projected, status, perMonth, targetStatus, observed);
  }

  /** The projection and the recommendation again, with the observed values adopted. */
  public static WhatIf whatIf(ScenarioInputs in, Alternative a, Observed observed, DecisionEngine engine) {
    ScenarioInputs adopted = observed.adopt(in);
    ProjectionResult before = engine.projection(in);
    ProjectionResult after = engine.projection(adopted);
    Map<Alternative, Double> roi = new EnumMap<>(Alternative.class);
    after.series().forEach((alt, s) -> roi.put(alt, s.get(s.size() - 1).roi()));
    return new WhatIf(
        adopted,
        last(before, in, a),
        last(after, adopted, a),
        engine.evaluate(in).recommended(),
        engine.evaluate(adopted).recommended(),
        roi);
  }

  private static MonthPoint last(ProjectionResult r, ScenarioInputs in, Alternative a) {
    if (r.series().containsKey(a)) {
      return r.last(a);
    }
    List<ProjectedMonth> parts = ProjectionParts.project(in, a, in.projection().months());
    double cumCost = 0;
    double cumValue = 0;
    for (ProjectedMonth p : parts) {
      cumCost += p.cost();
      cumValue += p.value();
    }
    ProjectedMonth p = parts.get(parts.size() - 1);
    return new MonthPoint(p.month(), p.advocates(), p.impressions(), p.clicks(), Double.NaN,
        Double.NaN, p.cost(), cumCost, cumValue, cumCost > 0 ? (cumValue - cumCost) / cumCost : 0);
  }

  private static double value(double orgImp, double orgClk, double clicks, ProjectionParameters pp) {
    return orgImp / 1000 * pp.cpm() + orgClk * pp.cpc() + clicks * pp.pipelinePerClick();
  }

  private static void kpi(Map<Kpi, double[]> perKpi, Kpi k, double v) {
    if (!Double.isNaN(v)) {
      double[] s = perKpi.computeIfAbsent(k, x -> new double[2]);
      s[0] += v;
      s[1]++;
    }
  }

  private static Map<YearMonth, Sum> sums(List<ActualsImport> imports, ActualsSource source) {
    Map<YearMonth, Sum> out = new TreeMap<>();
    for (ActualsImport i : imports) {
      if (i.source() != source) {
        continue;
      }
      for (ActualsMonth m : i.months()) {
        out.computeIfAbsent(m.month(), x -> new Sum()).add(m);
      }
    }
    return out;
  }

  /** One source's sums in one month. */
  private static final class Sum {
    int days;
    double orgImp;
    double paidImp;
    double orgClk;
    double paidClk;
    double eng;
    double posts = Double.NaN;
    double advocates = Double.NaN;

    void add(ActualsMonth m) {
      days += m.days();
      orgImp += m.organicImpressions();
      paidImp += m.paidImpressions();
      orgClk += m.organicClicks();
      paidClk += m.paidClicks();
      eng += m.engagements();
      posts = plus(posts, m.posts());
      advocates = Double.isNaN(advocates) ? m.advocates() : Math.max(advocates, m.advocates());
    }

    private static double plus(double a, double b) {
      return Double.isNaN(a) ? b : Double.isNaN(b) ? a : a + b;
    }
  }

  /** Running sums; a measure stays NaN until it is first known. */
  private static final class Acc {
    final double[] sum = {Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN};
    double orgImp;
    double orgClk;

    /** Adds {@code f} where {@code actual} knows the measure (so both sides cover the same months). */
    void add(Figures f, Figures actual) {
      for (Measure m : Measure.values()) {
        double v = f.get(m);
        if (!Double.isNaN(actual.get(m)) && !Double.isNaN(v)) {
          int i = m.ordinal();
          sum[i] = Double.isNaN(sum[i]) ? v : sum[i] + v;
        }
      }
    }

    void organic(double imp, double clk) {
      orgImp += imp;
      orgClk += clk;
    }

    Figures figures() {
      return new Figures(sum[0], sum[1], sum[2], sum[3], sum[4]);
    }
  }
}
