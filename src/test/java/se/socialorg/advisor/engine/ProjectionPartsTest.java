package se.socialorg.advisor.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.socialorg.advisor.model.Alternative;
import se.socialorg.advisor.model.ScenarioInputs;

class ProjectionPartsTest {

  @Test
  void partsAddUpToTheProjectionForEveryOfferedModel() {
    java.util.SplittableRandom rnd = new java.util.SplittableRandom(20);
    for (int i = 0; i < 40; i++) {
      ScenarioInputs in = RandomInputs.next(rnd);
      ProjectionResult whole = new Projection().project(in);
      for (Alternative a : whole.series().keySet()) {
        List<MonthPoint> expected = whole.series().get(a);
        List<ProjectedMonth> parts = ProjectionParts.project(in, a, expected.size());
        for (int m = 0; m < expected.size(); m++) {
          MonthPoint e = expected.get(m);
          ProjectedMonth p = parts.get(m);
          assertThat(p.impressions()).isCloseTo(e.impressions(), within(1e-6 * (1 + e.impressions())));
          assertThat(p.clicks()).isCloseTo(e.clicks(), within(1e-6 * (1 + e.clicks())));
          assertThat(p.cost()).isCloseTo(e.cost(), within(1e-6 * (1 + e.cost())));
          double value = e.earnedMediaValue() + e.pipeline();
          assertThat(p.value()).isCloseTo(value, within(1e-6 * (1 + value)));
          assertThat(p.advocates()).isCloseTo(e.advocates(), within(1e-9 * (1 + e.advocates())));
        }
      }
    }
  }

  @Test
  void runsPastTheProjectionHorizonAtFullRampUp() {
    ScenarioInputs in = ScenarioInputs.defaults();
    int horizon = in.projection().months();
    List<ProjectedMonth> parts = ProjectionParts.project(in, Alternative.HUB_AND_SPOKE, horizon + 6);
    assertThat(parts).hasSize(horizon + 6);
    assertThat(parts.get(horizon + 5).impressions()).isEqualTo(parts.get(horizon - 1).impressions());
  }
}
