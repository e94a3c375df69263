package se.socialorg.advisor.engine;

import java.util.EnumMap;
import java.util.Map;
import java.util.SplittableRandom;
import se.socialorg.advisor.model.Alternative;
import se.socialorg.advisor.model.ScenarioInputs;

/**
 * Monte Carlo robustness: draws every uncertain input uniformly over its plausible range
 * (log-uniformly for log-scale ones), multiplies each goal weight by e^u with u uniform in
 * [-0.35, 0.35] and renormalises, and counts how often each alternative ranks first. Facts
 * (head count, business units, countries, maturity, shared functions) stay fixed. Same seed,
 * same inputs, same result.
 */
public final class MonteCarlo {

  /** Default number of draws: the app, the report and {@code evaluate} all use it. */
  public static final int DEFAULT_DRAWS = 10_000;

  /**
   * Default seed: fixed, so the same inputs always show the same figures in the wizard, the
   * report and {@code evaluate} (unless {@code --seed} asks for another).
   */
  public static final long DEFAULT_SEED = 20121L;

  /** Half-width of the log-uniform weight perturbation. */
  static final double WEIGHT_SPREAD = 0.35;

  private final long seed;

  public MonteCarlo(long seed) {
    this.seed = seed;
  }

  /** Runs {@code draws} draws (at least one). */
  public Acceptability run(ScenarioInputs in, int draws) {
    if (draws < 1) {
      throw new IllegalArgumentException("draws must be at least 1: " + draws);
    }
    InputCheck.check(in);
    double[] base = ScoringModel.raw(in);
    double[] baseW = GoalWeights.of(in.goals()).weights();
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
    int[] wins = new int[ScoringModel.A];
    SplittableRandom rnd = new SplittableRandom(seed);
    for (int d = 0; d < draws; d++) {
      for (int i = 0; i < n; i++) {
        if (draw[i]) {
          double u = lo[i] + rnd.nextDouble() * (hi[i] - lo[i]);
          raw[i] = log[i] ? Math.exp(u) : u;
        }
      }
      double sum = 0;
      for (int g = 0; g < w.length; g++) {
        w[g] = baseW[g] == 0 ? 0 : baseW[g] * Math.exp((2 * rnd.nextDouble() - 1) * WEIGHT_SPREAD);
        sum += w[g];
      }
      for (int g = 0; g < w.length; g++) {
        w[g] /= sum;
      }
      wins[ScoringModel.winner(raw, w, f, totals)]++;
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
