package se.socialorg.advisor.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.socialorg.advisor.model.Alternative;
import se.socialorg.advisor.model.ProjectionParameters;
import se.socialorg.advisor.model.Readiness;
import se.socialorg.advisor.model.Resources;
import se.socialorg.advisor.model.ScenarioInputs;

class ProjectionTest {

  private final Projection projection = new Projection();

  private static ScenarioInputs months(int m) {
    ProjectionParameters p = ProjectionParameters.defaults();
    return ScenarioInputs.defaults()
        .withProjection(
            new ProjectionParameters(
                m, p.organicVisibility(), p.brandClickThrough(), p.employeeCtrMultiplier(), p.cpm(),
                p.cpc(), p.pipelinePerClick(), p.companyFollowers(), p.centralPostsPerWeek()));
  }

  @ParameterizedTest
  @ValueSource(ints = {12, 24, 36})
  void seriesHasOnePointPerMonth(int m) {
    ProjectionResult r = projection.project(months(m));
    r.series().values().forEach(s -> assertThat(s).hasSize(m));
  }

  @Test
  void onlyOfferedAlternativesAreProjected() {
    assertThat(projection.project(ScenarioInputs.defaults()).series().keySet())
        .containsExactlyInAnyOrder(
            Alternative.CENTRALISED, Alternative.HUB_AND_SPOKE, Alternative.DISTRIBUTED_ADVOCACY);
  }

  @Test
  void centralisedHasNoAdvocates() {
    ProjectionResult r = projection.project(ScenarioInputs.defaults());
    assertThat(r.series().get(Alternative.CENTRALISED)).allMatch(p -> p.advocates() == 0);
  }

  @Test
  void advocacyMonthAfterRampFollowsTheReachFormula() {
    // defaults: 500 employees, min(10 % active, 30 % willing) = 50 advocates, network 400,
    // 1 post/week, 5 % visibility; brand: 5,000 followers x 5 % x 10 posts x 30 % effort;
    // paid: 10 % of 1,000,000 a year at CPM 60
    ScenarioInputs in = ScenarioInputs.defaults();
    MonthPoint p = projection.project(in).series().get(Alternative.DISTRIBUTED_ADVOCACY).get(11);
    double weeks = 52.0 / 12;
    double advocacy = 50 * 400 * 1 * 0.05 * weeks;
    double brand = 5000 * 0.05 * 10 * 0.3 * weeks;
    double paid = 1_000_000 * 0.1 / 12 / 60 * 1000;
    assertThat(p.advocates()).isCloseTo(50, within(1e-9));
    assertThat(p.impressions()).isCloseTo(advocacy + brand + paid, within(1e-6));
    double organicClicks = brand * 0.005 + advocacy * 0.005 * 2;
    assertThat(p.clicks()).isCloseTo(organicClicks + paid * 0.005, within(1e-6));
    assertThat(p.earnedMediaValue())
        .isCloseTo((advocacy + brand) / 1000 * 60 + organicClicks * 15, within(1e-6));
  }

  @Test
  void advocacyCostFollowsTheCostFormula() {
    MonthPoint p =
        projection.project(ScenarioInputs.defaults()).series().get(Alternative.DISTRIBUTED_ADVOCACY).get(11);
    Resources r = Resources.defaults();
    double weeks = 52.0 / 12;
    double expected =
        0.5 * r.loadedSalary() / 12
            + r.annualBudget() * 0.1 / 12
            + r.platformCostPerYear() / 12
            + 50 * (r.coachingHoursPerAdvocate() * r.hourlyCost() / 12 + 1 * weeks * 10.0 / 60 * r.hourlyCost());
    assertThat(p.cost()).isCloseTo(expected, within(1e-6));
  }

  @Test
  void roiIsCumulativeValueMinusCostOverCost() {
    List<MonthPoint> s = projection.project(ScenarioInputs.defaults()).series().get(Alternative.HUB_AND_SPOKE);
    MonthPoint last = s.get(s.size() - 1);
    assertThat(last.roi())
        .isCloseTo((last.cumulativeValue() - last.cumulativeCost()) / last.cumulativeCost(), within(1e-12));
  }

  @Test
  void advocatesRampUpOverTheRampMonths() {
    List<MonthPoint> s =
        projection.project(ScenarioInputs.defaults()).series().get(Alternative.DISTRIBUTED_ADVOCACY);
    assertThat(s.get(0).advocates()).isCloseTo(50.0 / 6, within(1e-9));
    assertThat(s.get(5).advocates()).isCloseTo(50.0, within(1e-9));
  }

  @Test
  void moreWillingAndActiveEmployeesGiveMoreAdvocacyImpressions() {
    ScenarioInputs more =
        ScenarioInputs.defaults().withReadiness(new Readiness(0.3, 0.5, 400, 1, "", 0));
    assertThat(projection.project(more).last(Alternative.DISTRIBUTED_ADVOCACY).impressions())
        .isGreaterThan(projection.project(ScenarioInputs.defaults()).last(Alternative.DISTRIBUTED_ADVOCACY).impressions());
  }
}
