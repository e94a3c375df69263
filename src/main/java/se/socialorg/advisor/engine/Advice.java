package se.socialorg.advisor.engine;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import se.socialorg.advisor.model.Goal;
import se.socialorg.advisor.model.Goals;
import se.socialorg.advisor.model.ScenarioInputs;

/**
 * What an executive summary states, as figures: the recommendation and its confidence, the
 * strongest reasons, money beside it, the one change that would flip it, and which inputs are
 * still unchecked defaults. Every screen, report and command words the same {@code Advice}.
 *
 * @param evaluation the evaluation
 * @param acceptability the robustness run (engine seed and draws unless given)
 * @param confidence the verbal level
 * @param chanceFirst share of draws in which the recommendation ranked first, 0-1
 * @param leadPoints the recommendation's lead over the runner-up, points out of 100
 * @param decidingFlip the nearest realistic change of one input or goal weight that changes the
 *     answer, or null when no realistic single change does
 * @param money cost, headcount and value beside the recommendation
 * @param uncheckedDefaults inputs behind the stated reasons that still hold their default value
 * @param goalsUnchecked whether the goal weights are the untouched default sliders
 * @param allDefaults whether every input the scores read, and the goals, are at their defaults
 */
public record Advice(
    Evaluation evaluation,
    Acceptability acceptability,
    Confidence confidence,
    double chanceFirst,
    double leadPoints,
    FlipPoint decidingFlip,
    MoneyOutlook money,
    List<Parameter> uncheckedDefaults,
    boolean goalsUnchecked,
    boolean allDefaults) {

  /** Reasons an executive summary states. */
  public static final int SUMMARY_REASONS = 3;

  /**
   * How far a flip point may lie, in plausible ranges of its input (goal weights:
   * {@link #WEIGHT_UNIT}), to count as a realistic change.
   */
  public static final double REALISTIC_RANGES = 2.0;

  /** The plausible move of one goal weight, as a share of all weight. */
  public static final double WEIGHT_UNIT = 0.2;

  private static final ScenarioInputs DEFAULTS = ScenarioInputs.defaults();

  public Advice {
    Objects.requireNonNull(evaluation, "evaluation");
    uncheckedDefaults = List.copyOf(uncheckedDefaults);
  }

  /** Builds the advice from one evaluation, its sensitivity and its robustness run. */
  public static Advice of(Evaluation e, SensitivityResult s, Acceptability a) {
    double chance = a.probability(e.recommended());
    FlipPoint nearest = null;
    double nearestDistance = Double.POSITIVE_INFINITY;
    for (FlipPoint fp : s.flipPoints()) {
      if (realistic(fp)) {
        double d = distance(fp);
        if (d < nearestDistance) {
          nearest = fp;
          nearestDistance = d;
        }
      }
    }
    Set<Parameter> unchecked = EnumSet.noneOf(Parameter.class);
    boolean goals = false;
    List<Reason> stated = new ArrayList<>(e.reasonsFor());
    stated.addAll(e.reasonsAgainst());
    for (Reason r : stated) {
      if (!r.fromDefault()) {
        continue;
      }
      if (r.rule() != null) {
        unchecked.addAll(r.rule().parameters());
      } else {
        goals = true;
      }
    }
    return new Advice(
        e,
        a,
        Confidence.of(chance, e.margin()),
        chance,
        e.margin() * 100,
        nearest,
        MoneyOutlook.of(e),
        List.copyOf(unchecked),
        goals,
        atDefaults(e.inputs()));
  }

  /** The strongest reasons for the recommendation, at most {@link #SUMMARY_REASONS}. */
  public List<Reason> strongestReasons() {
    List<Reason> r = evaluation.reasonsFor();
    return r.subList(0, Math.min(SUMMARY_REASONS, r.size()));
  }

  /**
   * Whether a flip point is a change one could realistically make: it flips, and lies within
   * {@link #REALISTIC_RANGES} plausible ranges of the current value. "Weight of employer
   * branding at least 100 %" is not.
   */
  public static boolean realistic(FlipPoint fp) {
    return fp.flips() && distance(fp) <= REALISTIC_RANGES + 1e-9;
  }

  /** Distance of a flip from the current value, in plausible ranges of its input. */
  static double distance(FlipPoint fp) {
    double cur = fp.current();
    double v = fp.flipValue();
    if (fp.parameter().startsWith("weight.")) {
      return Math.abs(v - cur) / WEIGHT_UNIT;
    }
    Parameter p = Parameter.valueOf(fp.parameter());
    if (p.spread() == Parameter.Spread.RELATIVE) {
      if (cur <= 0 || v <= 0) {
        return Double.POSITIVE_INFINITY;
      }
      return Math.abs(Math.log(v / cur)) / Math.log(p.amount());
    }
    return Math.abs(v - cur) / p.amount();
  }

  /** The goal whose weight decides, when the deciding flip is a goal weight. */
  public Goal decidingGoal() {
    if (decidingFlip == null || !decidingFlip.parameter().startsWith("weight.")) {
      return null;
    }
    return Goal.valueOf(decidingFlip.parameter().substring("weight.".length()));
  }

  /**
   * Whether every input the scores read, and the goals, still hold their default values: such
   * advice says nothing about the organisation yet.
   */
  public static boolean restsOnDefaultsOnly(ScenarioInputs in) {
    return atDefaults(in);
  }

  private static boolean atDefaults(ScenarioInputs in) {
    double[] raw = ScoringModel.raw(in);
    double[] def = ScoringModel.raw(DEFAULTS);
    for (int i = 0; i < raw.length; i++) {
      if (raw[i] != def[i]) {
        return false;
      }
    }
    Goals g = in.goals();
    return g.equals(Goals.defaults()) && !GroupWeights.decides(in);
  }
}
