package se.socialorg.advisor.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import se.socialorg.advisor.model.Alternative;
import se.socialorg.advisor.model.Goal;
import se.socialorg.advisor.model.MaturityStage;

class MonteCarloTest {

  @Test
  void sameSeedGivesSameResult() {
    assertThat(new MonteCarlo(7).run(Fixtures.defaults(), 2000))
        .isEqualTo(new MonteCarlo(7).run(Fixtures.defaults(), 2000));
  }

  @Test
  void differentSeedsGiveDifferentDraws() {
    assertThat(new MonteCarlo(7).run(Fixtures.defaults(), 2000).firstRank())
        .isNotEqualTo(new MonteCarlo(8).run(Fixtures.defaults(), 2000).firstRank());
  }

  @Test
  void probabilitiesSumToOne() {
    Acceptability a = new MonteCarlo(1).run(Fixtures.defaults(), 5000);
    assertThat(a.firstRank().values().stream().mapToDouble(d -> d).sum()).isCloseTo(1.0, within(1e-9));
  }

  @Test
  void clearCaseIsRobust() {
    Acceptability a = new MonteCarlo(3).run(Fixtures.onlyGoal(Goal.CRISIS_READINESS), 5000);
    Alternative winner = new DecisionEngine().evaluate(Fixtures.onlyGoal(Goal.CRISIS_READINESS)).recommended();
    assertThat(a.probability(winner)).isGreaterThan(0.8);
  }

  @Test
  void alternativesNotOfferedNeverWin() {
    Acceptability a =
        new MonteCarlo(5).run(Fixtures.organisation(200, 1, 1, MaturityStage.PRESENCE, 0.3), 3000);
    assertThat(a.probability(Alternative.MULTIPLE_HUB_AND_SPOKE)).isZero();
    assertThat(a.probability(Alternative.HOLISTIC)).isZero();
  }

  @Test
  void zeroDrawsAreRefused() {
    assertThatThrownBy(() -> new MonteCarlo(1).run(Fixtures.defaults(), 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("draws");
  }
}
