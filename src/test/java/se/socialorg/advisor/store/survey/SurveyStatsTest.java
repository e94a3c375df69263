package se.socialorg.advisor.store.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
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

  @Property
  void histogramCountsEveryAnsweredNetwork(
      @ForAll @Size(max = 50) List<@IntRange(min = 0, max = 20_000) Integer> sizes) {
    List<SurveyResponse> rows = new ArrayList<>();
    sizes.forEach(s -> rows.add(r(3, true, (double) s)));
    rows.add(r(3, true, null));
    long total = SurveyStats.networkHistogram(rows).stream().mapToLong(HistogramBin::count).sum();
    assertThat(total).isEqualTo(sizes.size());
  }

  @Property
  void willingShareIsBetweenZeroAndOne(
      @ForAll @Size(min = 1, max = 50) List<@IntRange(min = 1, max = 5) Integer> answers) {
    List<SurveyResponse> rows = new ArrayList<>();
    answers.forEach(a -> rows.add(r(a, null, null)));
    double share = SurveyStats.group("", rows).willingShare();
    assertThat(share).isBetween(0.0, 1.0);
    assertThat(share * rows.size()).isCloseTo(
        answers.stream().filter(a -> a >= 4).count(), org.assertj.core.api.Assertions.within(1e-9));
  }
}
