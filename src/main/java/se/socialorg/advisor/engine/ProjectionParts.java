package se.socialorg.advisor.engine;

import java.util.ArrayList;
import java.util.List;
import se.socialorg.advisor.model.Alternative;
import se.socialorg.advisor.model.ProjectionAssumptions;
import se.socialorg.advisor.model.ProjectionParameters;
import se.socialorg.advisor.model.ScenarioInputs;

/**
 * The projection of {@link Projection} for one alternative, split into measurable parts and for
 * any number of months (a follow-up may run past the projection's horizon). Same formulas as
 * {@link Projection} (decision-model.md s.6); {@code ProjectionPartsTest} checks that the parts
 * add up to its totals.
 */
public final class ProjectionParts {

  private ProjectionParts() {}

  /** Months 1..{@code months} of {@code a} under {@code in}. */
  public static List<ProjectedMonth> project(ScenarioInputs in, Alternative a, int months) {
    InputCheck.check(in);
    ProjectionAssumptions assumptions = in.assumptions();
    ProjectionParameters pp = in.projection();
    ProjectionAssumptions.Profile prof = assumptions.profiles().get(a);
    var rd = in.readiness();
    var rs = in.resources();
    double w = Projection.WEEKS_PER_MONTH;
    double hires =
        assumptions.hires(
            a,
            in.organisation().employees(),
            Math.max(in.organisation().businessUnits(), in.organisation().countries()));
    double pool =
        in.organisation().employees()
            * Math.min(rd.activeShare(), rd.willingShare())
            * prof.advocateCoverage();
    double centralPosts = pp.centralPostsPerWeek() * prof.centralEffort() * w;
    double brand = pp.companyFollowers() * pp.organicVisibility() * centralPosts;
    double paidSpend = rs.annualBudget() * prof.paidShare() / 12;
    double paid = pp.cpm() > 0 ? paidSpend / pp.cpm() * 1000 : 0;
    double employeeCtr = pp.brandClickThrough() * pp.employeeCtrMultiplier();
    double fixedCost =
        hires * rs.loadedSalary() / 12
            + paidSpend
            + (prof.platform() ? rs.platformCostPerYear() / 12 : 0);
    double perAdvocateCost =
        rs.coachingHoursPerAdvocate() * rs.hourlyCost() / 12
            + rd.postsPerWeek() * w * assumptions.minutesPerPost() / 60 * rs.hourlyCost();
    List<ProjectedMonth> out = new ArrayList<>(months);
    for (int m = 1; m <= months; m++) {
      double advocates = pool * Math.min(1.0, (double) m / assumptions.rampMonths());
      double advocacy = advocates * rd.averageNetwork() * rd.postsPerWeek() * pp.organicVisibility() * w;
      double brandClicks = brand * pp.brandClickThrough();
      double advocacyClicks = advocacy * employeeCtr;
      double paidClicks = paid * pp.brandClickThrough();
      double emv = (brand + advocacy) / 1000 * pp.cpm() + (brandClicks + advocacyClicks) * pp.cpc();
      double pipeline = (brandClicks + advocacyClicks + paidClicks) * pp.pipelinePerClick();
      out.add(
          new ProjectedMonth(
              m,
              advocates,
              advocates * rd.postsPerWeek() * w,
              brand,
              advocacy,
              paid,
              brandClicks,
              advocacyClicks,
              paidClicks,
              fixedCost + advocates * perAdvocateCost,
              emv + pipeline));
    }
    return List.copyOf(out);
  }
}
