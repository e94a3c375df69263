package se.socialorg.advisor.store.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.socialorg.advisor.model.Readiness;
import se.socialorg.advisor.model.SurveyResponse;

class SurveyStatsTest {

  private static SurveyResponse r(Integer willing, Boolean active, Double network) {
    return new SurveyResponse(null, null, null, active, willing, network, null);
  }

  @Test
  void medianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
    var g = SurveyStats.group("", List.of(r(1, true, 10.0), r(1, true, 20.0), r(1, true, 40.0), r(1, true, 1000.0)));
    assertThat(g.medianNetwork()).isEqualTo(30);
    assertThat(g.averageNetwork()).isEqualTo(267.5);
  }

  @Test
  void anEmptyGroupHasNoShares() {
    var g = SurveyStats.group("", List.of());
    assertThat(g.willingShare()).isNaN();
    assertThat(g.medianNetwork()).isNaN();
  }

  @Test
  void readinessKeepsDefaultsForQuestionsNotAsked() {
    Readiness r = SurveyStats.readiness("s", List.of(r(5, null, null)));
    assertThat(r.willingShare()).isEqualTo(1.0);
    assertThat(r.activeShare()).isEqualTo(Readiness.defaults().activeShare());
    assertThat(r.averageNetwork()).isEqualTo(Readiness.defaults().averageNetwork());
    assertThat(r.postsPerWeek()).isEqualTo(Readiness.defaults().postsPerWeek());
  }

  @Test
  void readinessClampsToTheInputRanges() {
    Readiness r = SurveyStats.readiness("s", List.of(r(5, true, 5_000_000.0)));
    assertThat(r.averageNetwork()).isEqualTo(100_000);
  }

  /** Over 300 seeded random lists of network sizes. */
  @Test
  void histogramCountsEveryAnsweredNetwork() {
    java.util.Random random = new java.util.Random(11);
    for (int i = 0; i < 300; i++) {
      List<Integer> sizes = new ArrayList<>();
      int n = random.nextInt(51);
      for (int k = 0; k < n; k++) {
        sizes.add(random.nextInt(20_001));
      }
      histogramCountsEveryAnsweredNetwork(sizes);
    }
  }

  private void histogramCountsEveryAnsweredNetwork(List<Integer> sizes) {
    List<SurveyResponse> rows = new ArrayList<>();
    sizes.forEach(s -> rows.add(r(3, true, (double) s)));
    rows.add(r(3, true, null));
    long total = SurveyStats.networkHistogram(rows).stream().mapToLong(HistogramBin::count).sum();
    assertThat(total).isEqualTo(sizes.size());
  }

  /** Over 300 seeded random lists of answers 1-5. */
  @Test
  void willingShareIsBetweenZeroAndOne() {
    java.util.Random random = new java.util.Random(12);
    for (int i = 0; i < 300; i++) {
      List<Integer> answers = new ArrayList<>();
      int n = 1 + random.nextInt(50);
      for (int k = 0; k < n; k++) {
        answers.add(1 + random.nextInt(5));
      }
      willingShareIsBetweenZeroAndOne(answers);
    }
  }

  private void willingShareIsBetweenZeroAndOne(List<Integer> answers) {
    List<SurveyResponse> rows = new ArrayList<>();
    answers.forEach(a -> rows.add(r(a, null, null)));
    double share = SurveyStats.group("", rows).willingShare();
    assertThat(share).isBetween(0.0, 1.0);
    assertThat(share * rows.size()).isCloseTo(
        answers.stream().filter(a -> a >= 4).count(), org.assertj.core.api.Assertions.within(1e-9));
  }

  @Test
  void departmentsWithFewerThanFiveRespondentsAreShownTogetherAsOther() {
    List<SurveyResponse> rows = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      rows.add(new SurveyResponse("Sales", null, null, true, 5, 100.0, null));
    }
    rows.add(new SurveyResponse("Legal", null, null, false, 1, 100.0, null));
    rows.add(new SurveyResponse(null, null, null, false, 1, 100.0, null));
    var s = SurveyStats.summarise(1, "x", rows);
    assertThat(s.byDepartment())
        .extracting(g -> g.label() + ":" + g.respondents() + ":" + g.willingShare())
        .containsExactly("Sales:5:1.0", ":2:0.0");
  }

  @Test
  void groupsCarryTheirWilsonIntervalOverTheAnswers() {
    List<SurveyResponse> rows = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      rows.add(new SurveyResponse(null, null, null, i < 10, i < 10 ? 5 : null, 1.0, null));
    }
    var t = SurveyStats.group("", rows);
    assertThat(t.activeAnswers()).isEqualTo(20);
    assertThat(t.activeInterval().low()).isCloseTo(0.2993, org.assertj.core.api.Assertions.within(5e-5));
    assertThat(t.willingAnswers()).isEqualTo(10);
    assertThat(t.willingInterval().low()).isCloseTo(0.7225, org.assertj.core.api.Assertions.within(5e-5));
  }
}
