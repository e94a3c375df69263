package se.socialorg.advisor.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.socialorg.advisor.model.Alternative;
import se.socialorg.advisor.model.ProjectionParameters;
import se.socialorg.advisor.model.Readiness;
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

  /**
   * Every projection default that has a published benchmark in reference-data.md s.5 equals it:
   * the stall level of active advocates and the share with immediate potential (PostBeyond
   * 2018), the employee click-through multiple (LinkedIn 2016: "2x") and the reach claim
   * ("561 % further", attributed to MSLGroup). CPM, CPC and pipeline per click have none and are
   * assumptions (docs/decision-model.md s.6.1).
   */
  @ParameterizedTest(name = "{0} = {2} ({3})")
  @CsvSource(delimiter = '|', textBlock = """
      default active share         | 0 | 0.10 | PostBeyond 2018, programmes stall near 10 % active
      conservative active cap      | 1 | 0.10 | PostBeyond 2018, programmes stall near 10 % active
      default willing share        | 2 | 0.30 | PostBeyond 2018, about 30 % have immediate potential
      vendor active ceiling        | 3 | 0.30 | PostBeyond 2018, about 30 % have immediate potential
      default click-through multiple | 4 | 2.0 | LinkedIn 2016, employee shares get 2x the click-through
      vendor reach factor          | 5 | 5.61 | 561 % further, attributed to MSLGroup
      """)
  void projectionDefaultsEqualTheCitedBenchmarks(String what, int which, double benchmark,
      String source) {
    double actual = switch (which) {
      case 0 -> Readiness.defaults().activeShare();
      case 1 -> ProjectionCase.STALL_ACTIVE_SHARE;
      case 2 -> Readiness.defaults().willingShare();
      case 3 -> ProjectionCase.VENDOR_POTENTIAL_SHARE;
      case 4 -> ProjectionParameters.defaults().employeeCtrMultiplier();
      default -> ProjectionCase.VENDOR_REACH_FACTOR;
    };

    assertThat(actual).isEqualTo(benchmark);
  }
}
