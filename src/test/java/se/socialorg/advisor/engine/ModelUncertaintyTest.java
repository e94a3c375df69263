package se.socialorg.advisor.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import se.socialorg.advisor.model.Goal;
import se.socialorg.advisor.model.ScenarioInputs;

class ModelUncertaintyTest {

  @Test
  void drawnFactorsPickTheSameWinnerAsTheDrawnTable() {
    // MonteCarlo multiplies coefficients on the fly; the drawn table is the reference.
    for (int seed = 0; seed < 300; seed++) {
      ScenarioInputs in = RandomInputs.next(new SplittableRandom(1000L + seed));
      double[] raw = ScoringModel.raw(in);
      double[] w = GoalWeights.of(in.goals()).weights();
      double[][] base = ModelUncertainty.newBase();
      double[][][] coef = ModelUncertainty.newCoef();
      double[][] base2 = ModelUncertainty.newBase();
      double[][] mult = ModelUncertainty.newFactors();
      ModelUncertainty.draw(new SplittableRandom(seed), base, coef);
      ModelUncertainty.drawFactors(new SplittableRandom(seed), base2, mult);
      double[] f = new double[ScoringModel.R];
      double[] t = new double[ScoringModel.A];
      int expected = ScoringModel.winner(base, coef, raw, w, f, t);
      assertThat(ScoringModel.winnerScaled(base2, mult, raw, w, f, t)).as("seed %d", seed)
          .isEqualTo(expected);
    }
  }

  @Test
  void everyDrawnBaselineStaysWithinItsGoalsBand() {
    double[][] base = ModelUncertainty.newBase();
    double[][] mult = ModelUncertainty.newFactors();
    SplittableRandom rnd = new SplittableRandom(5);
    for (int d = 0; d < 1000; d++) {
      ModelUncertainty.drawFactors(rnd, base, mult);
      for (int a = 0; a < ScoringModel.A; a++) {
        for (Goal g : Goal.values()) {
          assertThat(Math.abs(base[a][g.ordinal()] - ScoringModel.BASE[a][g.ordinal()]))
              .isLessThanOrEqualTo(ModelUncertainty.baselineBand(g));
        }
      }
      for (Rule r : Rule.values()) {
        for (int a = 0; a < ScoringModel.A; a++) {
          assertThat(mult[r.ordinal()][a]).isPositive()
              .isBetween(1 - ModelUncertainty.coefficientBand(r),
                  1 + ModelUncertainty.coefficientBand(r));
        }
      }
    }
  }
}
