package se.socialorg.advisor.engine;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import se.socialorg.advisor.model.Alternative;
import se.socialorg.advisor.model.ScenarioInputs;

/**
 * Monte Carlo robustness: each draw takes every uncertain input uniformly over its plausible
 * range (log-uniformly for log-scale ones), the goal weights from a {@link WeightSampler}, and,
 * unless switched off, the engine's own baseline scores and rule coefficients within the bands
 * of {@link ModelUncertainty}; it counts how often each alternative ranks first. Facts (head
 * count, business units, countries, maturity, shared functions) stay fixed. Same seed, same
 * inputs, same result.
 */
public final class MonteCarlo {

  /** Default number of draws: the engine's ({@link DecisionEngine#DRAWS}). */
  public static final int DEFAULT_DRAWS = DecisionEngine.DRAWS;

  /**
   * Default seed: fixed, so the same inputs always show the same figures in the wizard, the
   * report and {@code evaluate} (unless {@code --seed} asks for another).
   */
  public static final long DEFAULT_SEED = DecisionEngine.SEED;

  /** Half-width of the log-uniform weight perturbation. */
  static final double WEIGHT_SPREAD = WeightSampler.DEFAULT_SPREAD;

  private final long seed;
  private final WeightSampler weights;
  private final boolean modelUncertainty;

  /** Inputs, weights (jittered) and the model's own uncertainty, from this seed. */
  public MonteCarlo(long seed) {
    this(seed, WeightSampler.jitter(WEIGHT_SPREAD), true);
  }

  /**
   * @param seed the seed that reproduces the result
   * @param weights how each draw's goal weights are drawn
   * @param modelUncertainty whether baseline scores and rule coefficients are drawn as well
   */
  public MonteCarlo(long seed, WeightSampler weights, boolean modelUncertainty) {
    this.seed = seed;
    this.weights = Objects.requireNonNull(weights, "weights");
    this.modelUncertainty = modelUncertainty;
  }

  /** Runs {@code draws} draws (at least one). */
  public Acceptability run(ScenarioInputs in, int draws) {
    if (draws < 1) {
      throw new IllegalArgumentException("draws must be at least 1: " + draws);
    }
    InputCheck.check(in);
    double[] base = ScoringModel.raw(in);
    double[] baseW = GoalWeights.forInputs(in).weights();
    int n = ScoringModel.P;
    double[] lo = new double[n];
    double[] hi = new double[n];
    boolean[] draw = new boolean[n];
    boolean[] log = new boolean[n];
    for (Parameter p : ScoringModel.PARAMETERS) {
      int i = p.ordinal();
      lo[i] = p.low(base[i]);
      hi[i] = p.high(base[i]);
      draw[i] = p.uncertain() && hi[i] > lo[i];
      log[i] = p.logScale() && lo[i] > 0;
      if (log[i]) {
        lo[i] = Math.log(lo[i]);
        hi[i] = Math.log(hi[i]);
      }
    }
    double[] raw = base.clone();
    double[] w = new double[ScoringModel.G];
    double[] f = new double[ScoringModel.R];
    double[] totals = new double[ScoringModel.A];
    double[][] tableBase = modelUncertainty ? ModelUncertainty.newBase() : ScoringModel.BASE;
    double[][] factors = ModelUncertainty.newFactors();
    if (!modelUncertainty) {
      for (double[] row : factors) {
        java.util.Arrays.fill(row, 1.0);
      }
    }
    int[] wins = new int[ScoringModel.A];
    SplittableRandom rnd = new SplittableRandom(seed);
    for (int d = 0; d < draws; d++) {
      for (int i = 0; i < n; i++) {
        if (draw[i]) {
          double u = lo[i] + rnd.nextDouble() * (hi[i] - lo[i]);
          raw[i] = log[i] ? Math.exp(u) : u;
        }
      }
      weights.draw(baseW, rnd, w);
      if (modelUncertainty) {
        ModelUncertainty.drawFactors(rnd, tableBase, factors);
      }
      wins[ScoringModel.winnerScaled(tableBase, factors, raw, w, f, totals)]++;
    }
    Map<Alternative, Double> out = new EnumMap<>(Alternative.class);
    for (Alternative a : ScoringModel.ALTERNATIVES) {
      if (ScoringModel.offered(base, a.ordinal()) || wins[a.ordinal()] > 0) {
        out.put(a, (double) wins[a.ordinal()] / draws);
      }
    }
    return new Acceptability(out, draws, seed);
  }
}
