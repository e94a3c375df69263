package se.socialorg.advisor.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.socialorg.advisor.model.Alternative;
import se.socialorg.advisor.model.Goal;

class ScoreBoundTest {

  @ParameterizedTest
  @ValueSource(doubles = {0.2, 0.3, 0.35, 0.5, 0.65, 0.75, 0.8})
  void rawScoresInsideTheKneeAreKept(double raw) {
    assertThat(ScoringModel.bound(raw)).isEqualTo(raw);
  }

  @ParameterizedTest
  @ValueSource(doubles = {-3, -1, -0.2, 0.1, 0.9, 1.0, 1.2, 1.5, 3})
  void everyScoreStaysStrictlyBetweenZeroAndOne(double raw) {
    assertThat(ScoringModel.bound(raw)).isGreaterThan(0).isLessThan(1);
  }

  @Test
  void twoScoresAboveTheOldCeilingStillDiffer() {
    // The old clamp turned both into 1.00.
    assertThat(ScoringModel.bound(1.05)).isLessThan(ScoringModel.bound(1.25));
    assertThat(ScoringModel.bound(-0.05)).isGreaterThan(ScoringModel.bound(-0.25));
  }

  @Test
  void twoStrongModelsAboveTheOldCeilingAreStillOrdered() {
    // Every factor at 1: advocacy and holistic both pass 1.0 on trust before the bound
    // (advocacy .75 + .20 + .075 + .05 + ...), and advocacy's raw score is the higher one.
    double[] f = new double[ScoringModel.R];
    java.util.Arrays.fill(f, 1.0);
    f[Rule.REGULATION.ordinal()] = 0;
    int g = Goal.TRUST_CREDIBILITY.ordinal();
    double advocacy = ScoringModel.score(f, Alternative.DISTRIBUTED_ADVOCACY.ordinal(), g);
    double holistic = ScoringModel.score(f, Alternative.HOLISTIC.ordinal(), g);
    double hub = ScoringModel.score(f, Alternative.HUB_AND_SPOKE.ordinal(), g);
    assertThat(rawScore(f, Alternative.DISTRIBUTED_ADVOCACY, g)).isGreaterThan(1);
    assertThat(rawScore(f, Alternative.HOLISTIC, g)).isGreaterThan(1);
    assertThat(advocacy).isLessThan(1).isNotEqualTo(holistic);
    assertThat(Math.signum(advocacy - holistic))
        .isEqualTo(Math.signum(
            rawScore(f, Alternative.DISTRIBUTED_ADVOCACY, g) - rawScore(f, Alternative.HOLISTIC, g)));
    assertThat(hub).isLessThan(Math.min(advocacy, holistic));
  }

  @Test
  void theBoundIsStrictlyIncreasing() {
    double previous = ScoringModel.bound(-2);
    for (double raw = -2 + 0.01; raw <= 3; raw += 0.01) {
      double s = ScoringModel.bound(raw);
      assertThat(s).as("raw %s", raw).isGreaterThan(previous);
      previous = s;
    }
  }

  private static double rawScore(double[] f, Alternative a, int g) {
    double s = ScoringModel.BASE[a.ordinal()][g];
    for (Rule r : Rule.values()) {
      s += ScoringModel.COEF[r.ordinal()][a.ordinal()][g] * (f[r.ordinal()] - r.neutral());
    }
    return s;
  }
}
