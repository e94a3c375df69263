package se.socialorg.advisor.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.socialorg.advisor.model.Goal;
import se.socialorg.advisor.model.ScenarioInputs;

/**
 * One-way sensitivity: a tornado over every goal weight and every scored input across its
 * plausible range ({@link Parameter}), and flip points found by a grid scan and bisection.
 * A goal weight ranges from 0 to max(50 %, current), the other weights keeping their
 * proportions; flip points search weights over 0-100 %.
 */
public final class Sensitivity {

  /** Grid steps scanned from the current value to each end of the search range. */
  static final int GRID = 24;

  /** Bisection steps for a continuous flip point. */
  static final int BISECTIONS = 30;

  /** Upper end of a goal weight's plausible range (unless it is already higher). */
  static final double WEIGHT_HIGH = 0.5;

  public Sensitivity() {}

  /** Tornado and flip points for valid inputs; refuses invalid ones. */
  public SensitivityResult analyse(ScenarioInputs in) {
    InputCheck.check(in);
    Work k = new Work(ScoringModel.raw(in), GoalWeights.forInputs(in).weights());
    int winner = k.winner();
    double margin = ScoringModel.margin(k.raw, k.totals, winner);
    List<TornadoBar> bars = new ArrayList<>();
    Map<String, FlipPoint> flips = new HashMap<>();
    for (Parameter p : ScoringModel.PARAMETERS) {
      Axis axis = Axis.of(p, k.raw[p.ordinal()]);
      bars.add(k.bar(axis, winner));
      flips.put(axis.id, k.flip(axis, winner));
    }
    for (Goal g : ScoringModel.GOALS) {
      Axis axis = Axis.of(g, k.baseW[g.ordinal()]);
      bars.add(k.bar(axis, winner));
      flips.put(axis.id, k.flip(axis, winner));
    }
    bars.sort(Comparator.comparingDouble(TornadoBar::swing).reversed());
    List<FlipPoint> fp = new ArrayList<>();
    for (TornadoBar b : bars) {
      fp.add(flips.get(b.parameter()));
    }
    return new SensitivityResult(ScoringModel.ALTERNATIVES[winner], margin, bars, fp);
  }

  /** One dimension to move: a parameter or a goal weight. */
  private static final class Axis {
    final String id;
    final int param; // parameter ordinal, or -1
    final int goal; // goal ordinal, or -1
    final double current;
    final double low;
    final double high;
    final double searchLow;
    final double searchHigh;
    final boolean integer;
    final boolean log;

    private Axis(
        String id,
        int param,
        int goal,
        double current,
        double low,
        double high,
        double searchLow,
        double searchHigh,
        boolean integer,
        boolean log) {
      this.id = id;
      this.param = param;
      this.goal = goal;
      this.current = current;
      this.low = low;
      this.high = high;
      this.searchLow = searchLow;
      this.searchHigh = searchHigh;
      this.integer = integer;
      this.log = log;
    }

    static Axis of(Parameter p, double current) {
      return new Axis(
          p.id(),
          p.ordinal(),
          -1,
          current,
          p.low(current),
          p.high(current),
          p.searchLow(current),
          p.searchHigh(current),
          p.integer(),
          p.logScale() && current > 0);
    }

    static Axis of(Goal g, double current) {
      return new Axis(
          "weight." + g.name(),
          -1,
          g.ordinal(),
          current,
          0,
          Math.max(WEIGHT_HIGH, current),
          0,
          1,
          false,
          false);
    }

    /** The value a fraction t of the way from current to end, on this axis's scale. */
    double along(double end, double t) {
      double v;
      if (log && end > 0) {
        v = Math.exp(Math.log(current) + t * (Math.log(end) - Math.log(current)));
      } else {
        v = current + t * (end - current);
      }
      if (integer) {
        v = end > current ? Math.ceil(v - 1e-9) : Math.floor(v + 1e-9);
      }
      return v;
    }
  }

  /** Scratch arrays, reused for every evaluation of one analysis. */
  private static final class Work {
    final double[] raw;
    final double[] baseW;
    final double[] w;
    final double[] f = new double[ScoringModel.R];
    final double[] totals = new double[ScoringModel.A];

    Work(double[] raw, double[] weights) {
      this.raw = raw;
      this.baseW = weights;
      this.w = weights.clone();
    }

    int winner() {
      return ScoringModel.winner(raw, w, f, totals);
    }

    /** Winner with the axis at value v; the axis is restored afterwards. */
    int winnerAt(Axis a, double v) {
      set(a, v);
      int win = winner();
      reset(a);
      return win;
    }

    private void set(Axis a, double v) {
      if (a.param >= 0) {
        raw[a.param] = v;
      } else {
        ScoringModel.reweight(baseW, a.goal, v, w);
      }
    }

    private void reset(Axis a) {
      if (a.param >= 0) {
        raw[a.param] = a.current;
      } else {
        System.arraycopy(baseW, 0, w, 0, w.length);
      }
    }

    /** Margin of the original winner with the axis at v (totals left for the caller). */
    private double marginAt(Axis a, double v, int original) {
      set(a, v);
      winner();
      double best = Double.NEGATIVE_INFINITY;
      for (int alt = 0; alt < ScoringModel.A; alt++) {
        if (alt != original && ScoringModel.offered(raw, alt) && totals[alt] > best) {
          best = totals[alt];
        }
      }
      double m = totals[original] - best;
      reset(a);
      return m;
    }

    TornadoBar bar(Axis a, int original) {
      double ml = marginAt(a, a.low, original);
      double mh = marginAt(a, a.high, original);
      return new TornadoBar(
          a.id,
          a.current,
          a.low,
          a.high,
          ml,
          mh,
          ScoringModel.ALTERNATIVES[winnerAt(a, a.low)],
          ScoringModel.ALTERNATIVES[winnerAt(a, a.high)]);
    }

    FlipPoint flip(Axis a, int original) {
      double[] down = search(a, a.searchLow, original);
      double[] up = search(a, a.searchHigh, original);
      double[] best = down;
      if (up != null
          && (down == null || distance(a, up[0]) < distance(a, down[0]))) {
        best = up;
      }
      if (best == null) {
        return new FlipPoint(a.id, a.current, Double.NaN, null);
      }
      return new FlipPoint(a.id, a.current, best[0], ScoringModel.ALTERNATIVES[(int) best[1]]);
    }

    private double distance(Axis a, double v) {
      if (a.log && v > 0) {
        return Math.abs(Math.log(v) - Math.log(a.current)) / Math.log(Parameter.SEARCH_FACTOR);
      }
      double span = a.searchHigh - a.searchLow;
      return span > 0 ? Math.abs(v - a.current) / span : 0;
    }

    /** {flipValue, newWinner} for the first change from current towards end, or null. */
    private double[] search(Axis a, double end, int original) {
      if (end == a.current) {
        return null;
      }
      double prev = a.current;
      for (int step = 1; step <= GRID; step++) {
        double v = a.along(end, (double) step / GRID);
        if (v == prev) {
          continue;
        }
        int win = winnerAt(a, v);
        if (win != original) {
          return bisect(a, prev, v, original);
        }
        prev = v;
      }
      return null;
    }

    /** Narrows [same, changed] down to the first value where the winner differs. */
    private double[] bisect(Axis a, double same, double changed, int original) {
      for (int i = 0; i < BISECTIONS; i++) {
        double mid = (same + changed) / 2;
        if (a.integer) {
          mid = Math.rint(mid);
          if (mid == same || mid == changed) {
            break;
          }
        }
        if (winnerAt(a, mid) == original) {
          same = mid;
        } else {
          changed = mid;
        }
      }
      return new double[] {changed, winnerAt(a, changed)};
    }
  }
}
