package se.socialorg.advisor.engine;

import se.socialorg.advisor.model.ProjectionAssumptions;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import se.socialorg.advisor.model.Alternative;
import se.socialorg.advisor.model.ProjectionParameters;
import se.socialorg.advisor.model.ScenarioInputs;

/**
 * Reach, value and cost per offered alternative, month by month, with the advocacy-tool formulas
 * of reference-data.md section 5: weekly impressions = active advocates x network x shares per
 * week x organic visibility; clicks = impressions x click-through (employee click-through = brand
 * click-through x multiplier); earned media value = impressions / 1000 x CPM + clicks x CPC; ROI
 * = (earned media value + pipeline - cost) / cost.
 */
public final class Projection {

  /** Weeks in an average month. */
  static final double WEEKS_PER_MONTH = 52.0 / 12.0;

  /** The assumptions come with the inputs ({@link ScenarioInputs#assumptions()}). */
  public Projection() {}

  /** The monthly series for every offered alternative, with the scenario's figures as given. */
  public ProjectionResult project(ScenarioInputs in) {
    return project(in, null, in.projection().months());
  }

  /**
   * The monthly series for every offered alternative under one case, over {@code months}
   * months (at least 1), whatever the scenario's own horizon.
   */
  public ProjectionResult project(ScenarioInputs in, ProjectionCase c, int months) {
    if (months < 1) {
      throw new IllegalArgumentException("months must be at least 1: " + months);
    }
    InputCheck.check(in);
    ProjectionAssumptions assumptions = in.assumptions();
    double[] raw = ScoringModel.raw(in);
    Map<Alternative, List<MonthPoint>> series = new EnumMap<>(Alternative.class);
    Map<Alternative, Double> hires = new EnumMap<>(Alternative.class);
    for (Alternative a : ScoringModel.ALTERNATIVES) {
      if (ScoringModel.offered(raw, a.ordinal())) {
        double h =
            assumptions.hires(
                a,
                in.organisation().employees(),
                Math.max(in.organisation().businessUnits(), in.organisation().countries()));
        hires.put(a, h);
        series.put(a, series(in, assumptions, a, h, c, months));
      }
    }
    return new ProjectionResult(series, hires, assumptions);
  }

  private List<MonthPoint> series(
      ScenarioInputs in,
      ProjectionAssumptions assumptions,
      Alternative a,
      double hires,
      ProjectionCase c,
      int months) {
    ProjectionParameters pp = in.projection();
    ProjectionAssumptions.Profile prof = assumptions.profiles().get(a);
    var rd = in.readiness();
    var rs = in.resources();
    int employees = in.organisation().employees();
    double activeShare =
        c == null
            ? Math.min(rd.activeShare(), rd.willingShare())
            : c.activeShare(rd.activeShare(), rd.willingShare());
    double pool = employees * activeShare * prof.advocateCoverage();
    double brandImpressions =
        pp.companyFollowers()
            * pp.organicVisibility()
            * pp.centralPostsPerWeek()
            * prof.centralEffort()
            * WEEKS_PER_MONTH;
    double paidSpend = rs.annualBudget() * prof.paidShare() / 12;
    double paidImpressions = pp.cpm() > 0 ? paidSpend / pp.cpm() * 1000 : 0;
    double multiplier =
        c == null
            ? pp.employeeCtrMultiplier()
            : c.ctrMultiplier(pp.employeeCtrMultiplier(), employees);
    double employeeCtr = pp.brandClickThrough() * multiplier;
    double advocateVisibility =
        c == null ? pp.organicVisibility() : c.advocateVisibility(pp.organicVisibility());
    double fixedCost =
        hires * rs.loadedSalary() / 12
            + paidSpend
            + (prof.platform() ? rs.platformCostPerYear() / 12 : 0);
    double perAdvocateCost =
        rs.coachingHoursPerAdvocate() * rs.hourlyCost() / 12
            + rd.postsPerWeek()
                * WEEKS_PER_MONTH
                * assumptions.minutesPerPost()
                / 60
                * rs.hourlyCost();
    List<MonthPoint> out = new ArrayList<>(months);
    double cumCost = 0;
    double cumValue = 0;
    for (int m = 1; m <= months; m++) {
      double advocates = pool * Math.min(1.0, (double) m / assumptions.rampMonths());
      double advocateImpressions =
          advocates
              * rd.averageNetwork()
              * rd.postsPerWeek()
              * advocateVisibility
              * WEEKS_PER_MONTH;
      double organicClicks =
          brandImpressions * pp.brandClickThrough() + advocateImpressions * employeeCtr;
      double clicks = organicClicks + paidImpressions * pp.brandClickThrough();
      double emv =
          (brandImpressions + advocateImpressions) / 1000 * pp.cpm() + organicClicks * pp.cpc();
      double pipeline = clicks * pp.pipelinePerClick();
      double cost = fixedCost + advocates * perAdvocateCost;
      cumCost += cost;
      cumValue += emv + pipeline;
      double roi = cumCost > 0 ? (cumValue - cumCost) / cumCost : 0;
      out.add(
          new MonthPoint(
              m,
              advocates,
              brandImpressions + advocateImpressions + paidImpressions,
              clicks,
              emv,
              pipeline,
              cost,
              cumCost,
              cumValue,
              roi));
    }
    return List.copyOf(out);
  }
}
