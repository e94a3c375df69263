package se.socialorg.advisor.engine;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import se.socialorg.advisor.model.Goal;
import se.socialorg.advisor.model.Goals;
import se.socialorg.advisor.model.Judgement;
import se.socialorg.advisor.model.ScenarioInputs;
import se.socialorg.advisor.model.WeightMode;

/**
 * Goal weights from the manager's sliders (normalised) or pairwise judgements (AHP eigenvector;
 * goals in no judgement get weight 0).
 *
 * @param weights weight per goal ordinal, summing to one
 * @param ahp the AHP result in pairwise mode, else null
 * @param ahpGoals goals in the AHP matrix, in row order
 */
public record GoalWeights(double[] weights, AhpResult ahp, List<Goal> ahpGoals) {

  public GoalWeights {
    weights = weights.clone();
    ahpGoals = List.copyOf(ahpGoals);
  }

  @Override
  public double[] weights() {
    return weights.clone();
  }

  /**
   * The weights that decide for these inputs: the group's ({@link GroupWeights}) when two or
   * more participants have answered, else the scenario's own goals.
   */
  public static GoalWeights forInputs(ScenarioInputs in) {
    GroupWeights group = GroupWeights.of(in);
    if (group == null) {
      return of(in.goals());
    }
    return new GoalWeights(group.weights(), group.ahp(), group.ahpGoals());
  }

  /** Weights for these goals; refuses all-zero sliders and incomplete or contradictory pairs. */
  public static GoalWeights of(Goals goals) {
    return goals.mode() == WeightMode.PAIRWISE ? pairwise(goals) : direct(goals);
  }

  private static GoalWeights direct(Goals goals) {
    Goal[] all = Goal.values();
    double[] w = new double[all.length];
    double sum = 0;
    for (Goal g : all) {
      w[g.ordinal()] = goals.slider(g);
      sum += w[g.ordinal()];
    }
    if (!(sum > 0)) {
      throw new IllegalArgumentException(
          "goals.sliders: at least one goal needs a weight above zero");
    }
    for (int i = 0; i < w.length; i++) {
      w[i] /= sum;
    }
    return new GoalWeights(w, null, List.of());
  }

  /** The pairwise matrix over the goals named in the judgements, in goal order. */
  public static double[][] matrix(Goals goals, List<Goal> order) {
    int n = order.size();
    double[][] m = new double[n][n];
    for (int i = 0; i < n; i++) {
      m[i][i] = 1;
    }
    for (int k = 0; k < goals.judgements().size(); k++) {
      Judgement j = goals.judgements().get(k);
      String path = "goals.judgements[" + k + "]";
      if (j.first() == j.second()) {
        throw new IllegalArgumentException(path + ": compares " + j.first() + " with itself");
      }
      if (!(j.ratio() > 0) || Double.isInfinite(j.ratio())) {
        throw new IllegalArgumentException(path + ".ratio: must be a positive number");
      }
      int a = order.indexOf(j.first());
      int b = order.indexOf(j.second());
      if (m[a][b] != 0) {
        throw new IllegalArgumentException(
            path + ": " + j.first() + " and " + j.second() + " are compared twice");
      }
      m[a][b] = j.ratio();
      m[b][a] = 1 / j.ratio();
    }
    for (int a = 0; a < n; a++) {
      for (int b = a + 1; b < n; b++) {
        if (m[a][b] == 0) {
          throw new IllegalArgumentException(
              "goals.judgements: missing comparison between "
                  + order.get(a) + " and " + order.get(b));
        }
      }
    }
    return m;
  }

  /** Goals that appear in at least one judgement, in goal order. */
  public static List<Goal> judgedGoals(Goals goals) {
    Set<Goal> set = EnumSet.noneOf(Goal.class);
    for (Judgement j : goals.judgements()) {
      set.add(j.first());
      set.add(j.second());
    }
    return new ArrayList<>(set);
  }

  private static GoalWeights pairwise(Goals goals) {
    if (goals.judgements().isEmpty()) {
      throw new IllegalArgumentException(
          "goals.judgements: pairwise weighting needs at least one judgement");
    }
    List<Goal> order = judgedGoals(goals);
    AhpResult ahp = Ahp.eigenvector(matrix(goals, order));
    double[] w = new double[Goal.values().length];
    double[] aw = ahp.weights();
    for (int i = 0; i < order.size(); i++) {
      w[order.get(i).ordinal()] = aw[i];
    }
    return new GoalWeights(w, ahp, order);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof GoalWeights gw
        && java.util.Arrays.equals(weights, gw.weights)
        && java.util.Objects.equals(ahp, gw.ahp)
        && ahpGoals.equals(gw.ahpGoals);
  }

  @Override
  public int hashCode() {
    return java.util.Arrays.hashCode(weights) * 31 + ahpGoals.hashCode();
  }

  @Override
  public String toString() {
    return "GoalWeights" + java.util.Arrays.toString(weights);
  }
}
