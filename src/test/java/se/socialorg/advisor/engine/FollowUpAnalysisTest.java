package se.socialorg.advisor.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.socialorg.advisor.model.ActualsImport;
import se.socialorg.advisor.model.ActualsMonth;
import se.socialorg.advisor.model.ActualsSource;
import se.socialorg.advisor.model.Alternative;
import se.socialorg.advisor.model.CostEntry;
import se.socialorg.advisor.model.Kpi;
import se.socialorg.advisor.model.KpiTarget;
import se.socialorg.advisor.model.ScenarioInputs;

class FollowUpAnalysisTest {

  private static final ScenarioInputs IN = ScenarioInputs.defaults();
  private static final Alternative A = Alternative.HUB_AND_SPOKE;
  private static final YearMonth JAN = YearMonth.of(2027, 1);

  private static ActualsMonth page(YearMonth m, int days, double imp, double paid, double clk) {
    return new ActualsMonth(m, days, imp, paid, clk, 0, 10, Double.NaN, Double.NaN, Double.NaN);
  }

  private static ActualsImport pageImport(LocalDate from, LocalDate to, ActualsMonth... months) {
    return new ActualsImport(
        ActualsSource.LINKEDIN_PAGE, "page.csv", Instant.EPOCH, from, to, List.of(months), false);
  }

  @Test
  void projectsExactlyTheCoveredMonthsAndDays() {
    // January in full, February 1-14: programme months 1 and 2, February at 14/28.
    ActualsImport imp =
        pageImport(
            LocalDate.of(2027, 1, 1),
            LocalDate.of(2027, 2, 14),
            page(JAN, 31, 1000, 0, 10),
            page(JAN.plusMonths(1), 14, 500, 0, 5));
    FollowUpResult r = FollowUpAnalysis.compare(IN, A, JAN, List.of(imp), List.of(), List.of());
    List<ProjectedMonth> p = ProjectionParts.project(IN, A, 2);
    double expected =
        p.get(0).brandImpressions() + p.get(0).paidImpressions()
            + (p.get(1).brandImpressions() + p.get(1).paidImpressions()) * 14 / 28.0;
    assertThat(r.months()).isEqualTo(2);
    assertThat(r.projected().impressions()).isCloseTo(expected, within(1e-6));
    assertThat(r.actual().impressions()).isEqualTo(1500);
  }

  @Test
  void aPageExportIsNotComparedWithTheAdvocatesPart() {
    ActualsImport imp = pageImport(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 31), page(JAN, 31, 1000, 0, 10));
    FollowUpResult r = FollowUpAnalysis.compare(IN, A, JAN, List.of(imp), List.of(), List.of());
    ProjectedMonth p = ProjectionParts.project(IN, A, 1).get(0);
    assertThat(p.advocacyImpressions()).isPositive();
    assertThat(r.projected().impressions())
        .isCloseTo(p.brandImpressions() + p.paidImpressions(), within(1e-6));
  }

  @Test
  void aMonthWithoutDataIsAGapNotAZero() {
    ActualsImport imp =
        pageImport(
            LocalDate.of(2027, 1, 1),
            LocalDate.of(2027, 3, 31),
            page(JAN, 31, 1000, 0, 10),
            page(JAN.plusMonths(2), 31, 1000, 0, 10));
    FollowUpResult r = FollowUpAnalysis.compare(IN, A, JAN, List.of(imp), List.of(), List.of());
    assertThat(r.months()).isEqualTo(2);
    assertThat(r.gaps()).containsExactly(JAN.plusMonths(1));
    MonthComparison feb = r.monthly().get(1);
    assertThat(feb.gap()).isTrue();
    assertThat(feb.actual().impressions()).isNaN();
    assertThat(feb.projected().impressions()).isNaN();
  }

  @Test
  void theProgrammeMonthCountsFromTheDecision() {
    ActualsImport imp = pageImport(LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 31), page(JAN.plusMonths(2), 31, 1000, 0, 10));
    YearMonth start = FollowUpAnalysis.start(LocalDate.of(2027, 1, 15), List.of(imp));
    FollowUpResult r = FollowUpAnalysis.compare(IN, A, start, List.of(imp), List.of(), List.of());
    assertThat(start).isEqualTo(JAN);
    assertThat(r.monthly().get(0).programmeMonth()).isEqualTo(3);
  }

  @Test
  void costIsComparedOnlyInMonthsWithACostTypedIn() {
    ActualsImport imp =
        pageImport(
            LocalDate.of(2027, 1, 1),
            LocalDate.of(2027, 2, 28),
            page(JAN, 31, 1000, 0, 10),
            page(JAN.plusMonths(1), 28, 1000, 0, 10));
    FollowUpResult r =
        FollowUpAnalysis.compare(IN, A, JAN, List.of(imp), List.of(new CostEntry(JAN, 5000)), List.of());
    assertThat(r.actual().cost()).isEqualTo(5000);
    assertThat(r.projected().cost()).isCloseTo(ProjectionParts.project(IN, A, 1).get(0).cost(), within(1e-6));
  }

  @Test
  void observedVisibilityScalesTheAssumedOneByActualOverProjected() {
    ProjectedMonth p = ProjectionParts.project(IN, A, 1).get(0);
    ActualsImport imp =
        pageImport(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 31),
            page(JAN, 31, p.brandImpressions() * 2, 0, p.brandClicks() * 2));
    FollowUpResult r = FollowUpAnalysis.compare(IN, A, JAN, List.of(imp), List.of(), List.of());
    assertThat(r.observed().organicVisibility())
        .isCloseTo(IN.projection().organicVisibility() * 2, within(1e-9));
    assertThat(r.observed().brandClickThrough())
        .isCloseTo(IN.projection().brandClickThrough(), within(1e-9));
  }

  @Test
  void impressionsAt85PercentOfTheProjectionAreBehind() {
    ProjectedMonth p = ProjectionParts.project(IN, A, 1).get(0);
    ActualsImport imp =
        pageImport(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 31),
            page(JAN, 31, p.brandImpressions() * 0.85, p.paidImpressions() * 0.85, p.brandClicks()));
    FollowUpResult r = FollowUpAnalysis.compare(IN, A, JAN, List.of(imp), List.of(), List.of());
    assertThat(r.status().get(Measure.IMPRESSIONS)).isEqualTo(KpiStatus.BEHIND);
    assertThat(r.status()).doesNotContainKey(Measure.ENGAGEMENT);
  }

  @Test
  void adoptingTheObservedValuesChangesTheProjection() {
    ProjectedMonth p = ProjectionParts.project(IN, A, 1).get(0);
    ActualsImport imp =
        pageImport(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 31),
            page(JAN, 31, p.brandImpressions() / 2, 0, p.brandClicks() / 2));
    FollowUpResult r = FollowUpAnalysis.compare(IN, A, JAN, List.of(imp), List.of(), List.of());
    WhatIf w = FollowUpAnalysis.whatIf(IN, A, r.observed(), new DecisionEngine());
    assertThat(w.adopted().projection().organicVisibility())
        .isCloseTo(IN.projection().organicVisibility() / 2, within(1e-9));
    assertThat(w.observed().impressions()).isLessThan(w.assumed().impressions());
  }

  @Test
  void targetsArePrefilledAtFullRampUp() {
    List<KpiTarget> t = FollowUpAnalysis.prefillTargets(IN, A);
    ProjectedMonth p = ProjectionParts.project(IN, A, IN.assumptions().rampMonths()).get(IN.assumptions().rampMonths() - 1);
    assertThat(t).extracting(KpiTarget::kpi).containsExactly(Kpi.values());
    assertThat(t.get(2).perMonth()).isEqualTo(p.impressions());
  }
}
