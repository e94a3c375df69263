package se.socialorg.advisor.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.socialorg.advisor.model.Alternative;
import se.socialorg.advisor.model.ScenarioInputs;

class ProjectionCaseTest {

  @ParameterizedTest(name = "{0} employees -> {1}x")
  @CsvSource({"500, 1.8", "9999, 1.8", "10000, 2.4", "24000, 2.4"})
  void vendorClickThroughFollowsLinkedIn2016BySize(int employees, double multiplier) {
    // LinkedIn 2016: 2.4x at more than 10,000 employees, 1.8x below.
    assertThat(ProjectionCase.vendorCtrMultiplier(employees)).isEqualTo(multiplier);
  }

  @Test
  void conservativeCaseCapsActiveAdvocatesAtTheStallLevel() {
    // PostBeyond 2018: programmes often stall near 10 % active.
    assertThat(ProjectionCase.CONSERVATIVE.activeShare(0.25, 0.40)).isEqualTo(0.10);
    assertThat(ProjectionCase.CONSERVATIVE.activeShare(0.05, 0.40)).isEqualTo(0.05);
  }

  @Test
  void vendorCaseLetsEveryWillingEmployeeUpToThirtyPerCentBeActive() {
    // PostBeyond 2018: about 30 % have immediate potential as advocates.
    assertThat(ProjectionCase.VENDOR.activeShare(0.10, 0.45)).isEqualTo(0.30);
    assertThat(ProjectionCase.VENDOR.activeShare(0.10, 0.20)).isEqualTo(0.20);
  }

  @Test
  void conservativeCaseGivesNoEmployeeClickThroughPremium() {
    assertThat(ProjectionCase.CONSERVATIVE.ctrMultiplier(2.0, 500)).isEqualTo(1.0);
  }

  @Test
  void vendorCaseNeverProjectsLessValueThanTheConservativeOne() {
    ScenarioInputs in = ScenarioInputs.defaults();
    Projection p = new Projection();
    ProjectionResult low = p.project(in, ProjectionCase.CONSERVATIVE, 24);
    ProjectionResult high = p.project(in, ProjectionCase.VENDOR, 24);
    for (Alternative a : low.series().keySet()) {
      assertThat(high.last(a).cumulativeValue()).as(a.name())
          .isGreaterThanOrEqualTo(low.last(a).cumulativeValue());
    }
  }

  @Test
  void aCaseCanBeProjectedBeyondTheScenariosHorizon() {
    ScenarioInputs in = ScenarioInputs.defaults();
    assertThat(in.projection().months()).isLessThanOrEqualTo(24);
    new Projection().project(in, ProjectionCase.CONSERVATIVE, 36).series().values()
        .forEach(s -> assertThat(s).hasSize(36));
  }
}
