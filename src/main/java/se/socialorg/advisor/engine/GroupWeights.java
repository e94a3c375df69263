package se.socialorg.advisor.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import se.socialorg.advisor.model.Goal;
import se.socialorg.advisor.model.Participant;
import se.socialorg.advisor.model.ScenarioInputs;
import se.socialorg.advisor.model.WeightMode;

/**
 * The goal weights of a group: its members' own weights, combined by AIJ when every member who
 * answered compared the same goals pairwise, else by AIP (Forman and Peniwati 1998), with
 * Goepel's consensus. Members who have not answered are left out (AHP-OS: never counted as
 * "equal"). A group needs at least two members who answered; with fewer, the scenario's own
 * goal weights decide.
 *
 * @param members the members who answered, in scenario order
 * @param memberIndex each member's index in {@code ScenarioInputs.participants()}
 * @param memberWeights each member's own goal weights, {@link Goal} order, summing to one
 * @param share each member's weight in the group, summing to one
 * @param weights the group's goal weights, {@link Goal} order, summing to one
 * @param method how they were combined
 * @param ahp the combined matrix's AHP result (AIJ only), else null
 * @param ahpGoals the goals of the combined matrix, in row order (AIJ only), else empty
 * @param consensus Goepel's S* over the goals the group weighed, in [0, 1]
 * @param unanswered the members left out because they have not answered yet
 */
public record GroupWeights(
    List<Participant> members,
    List<Integer> memberIndex,
    List<double[]> memberWeights,
    double[] share,
    double[] weights,
    Method method,
    AhpResult ahp,
    List<Goal> ahpGoals,
    double consensus,
    List<Participant> unanswered) {

  /** How the members' weights were combined. */
  public enum Method {
    /** Aggregation of individual judgements: the geometric mean of the pairwise matrices. */
    AIJ,
    /** Aggregation of individual priorities: the arithmetic mean of the members' weights. */
    AIP
  }

  /** Fewest members who must have answered for the group's weights to decide. */
  public static final int MIN_MEMBERS = 2;

  public GroupWeights {
    members = List.copyOf(members);
    memberIndex = List.copyOf(memberIndex);
    memberWeights = memberWeights.stream().map(double[]::clone).toList();
    share = share.clone();
    weights = weights.clone();
    ahpGoals = List.copyOf(ahpGoals);
    unanswered = List.copyOf(unanswered);
  }

  @Override
  public double[] weights() {
    return weights.clone();
  }

  @Override
  public double[] share() {
    return share.clone();
  }

  @Override
  public List<double[]> memberWeights() {
    return memberWeights.stream().map(double[]::clone).toList();
  }

  /** True when the group, not the scenario's own weights, decides. */
  public static boolean decides(ScenarioInputs in) {
    return in.participants().stream().filter(Participant::answered).count() >= MIN_MEMBERS;
  }

  /**
   * The group's weights, or null when fewer than {@link #MIN_MEMBERS} members have answered.
   * Refuses a member whose answers cannot give weights (incomplete or contradictory pairs) with
   * an {@link IllegalArgumentException} naming the member's path and name.
   */
  public static GroupWeights of(ScenarioInputs in) {
    if (!decides(in)) {
      return null;
    }
    List<Participant> members = new ArrayList<>();
    List<Integer> index = new ArrayList<>();
    List<Participant> unanswered = new ArrayList<>();
    for (int i = 0; i < in.participants().size(); i++) {
      Participant p = in.participants().get(i);
      if (p.answered()) {
        members.add(p);
        index.add(i);
      } else {
        unanswered.add(p);
      }
    }
    double[] memberShares = new double[members.size()];
    List<double[]> own = new ArrayList<>();
    List<GoalWeights> ownWeights = new ArrayList<>();
    for (int k = 0; k < members.size(); k++) {
      memberShares[k] = members.get(k).weight();
      try {
        GoalWeights gw = GoalWeights.of(members.get(k).goals());
        ownWeights.add(gw);
        own.add(gw.weights());
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "participants[" + index.get(k) + "] (" + members.get(k).name() + ")." + e.getMessage(), e);
      }
    }
    double[] share = GroupAhp.normalisedWeights(memberShares, members.size());
    List<Goal> order = sameJudgedGoals(members);
    if (order != null) {
      List<double[][]> matrices = new ArrayList<>();
      for (Participant p : members) {
        matrices.add(GoalWeights.matrix(p.goals(), order));
      }
      AhpResult ahp = Ahp.eigenvector(GroupAhp.aggregateJudgements(matrices, share));
      double[] w = new double[Goal.values().length];
      double[] aw = ahp.weights();
      for (int i = 0; i < order.size(); i++) {
        w[order.get(i).ordinal()] = aw[i];
      }
      List<double[]> onGoals = new ArrayList<>();
      for (GoalWeights gw : ownWeights) {
        onGoals.add(gw.ahp().weights());
      }
      return new GroupWeights(members, index, own, share, w, Method.AIJ, ahp, order,
          GroupAhp.consensus(onGoals), unanswered);
    }
    double[] w = GroupAhp.aggregatePriorities(own, share);
    List<double[]> weighed = weighedGoalsOnly(own);
    List<double[]> onScale = new ArrayList<>();
    for (int k = 0; k < members.size(); k++) {
      onScale.add(onAhpScale(weighed.get(k)));
    }
    return new GroupWeights(members, index, own, share, w, Method.AIP, null, List.of(),
        GroupAhp.consensus(onScale), unanswered);
  }

  /** The goals every member compared, when all compared pairwise the same goals; else null. */
  private static List<Goal> sameJudgedGoals(List<Participant> members) {
    List<Goal> order = null;
    for (Participant p : members) {
      if (p.goals().mode() != WeightMode.PAIRWISE) {
        return null;
      }
      List<Goal> judged = GoalWeights.judgedGoals(p.goals());
      if (order == null) {
        order = judged;
      } else if (!order.equals(judged)) {
        return null;
      }
    }
    return order;
  }

  /**
   * A member's weights as the 1-9 scale could express them, for the consensus when members are
   * combined by AIP (Goepel's S* assumes that scale; sliders and goals left out of pairwise
   * comparisons can be more extreme): every ratio between two goals capped at 9 either way (a goal at zero counts as a ninth
   * of the member's top goal), priorities by row geometric means. Sliders within a ratio of 9
   * keep their weights.
   */
  static double[] onAhpScale(double[] w) {
    int n = w.length;
    double max = 0;
    for (double v : w) {
      max = Math.max(max, v);
    }
    double[] floored = new double[n];
    for (int i = 0; i < n; i++) {
      floored[i] = Math.max(w[i], max / GroupAhp.SCALE_MAX);
    }
    double[] out = new double[n];
    double sum = 0;
    for (int i = 0; i < n; i++) {
      double log = 0;
      for (int j = 0; j < n; j++) {
        double r = floored[i] / floored[j];
        log += Math.log(Math.max(1 / GroupAhp.SCALE_MAX, Math.min(GroupAhp.SCALE_MAX, r)));
      }
      out[i] = Math.exp(log / n);
      sum += out[i];
    }
    for (int i = 0; i < n; i++) {
      out[i] /= sum;
    }
    return out;
  }

  /** The members' weights on the goals at least one member weighed above zero. */
  private static List<double[]> weighedGoalsOnly(List<double[]> own) {
    int n = own.get(0).length;
    boolean[] keep = new boolean[n];
    int kept = 0;
    for (int g = 0; g < n; g++) {
      for (double[] w : own) {
        if (w[g] > 0) {
          keep[g] = true;
        }
      }
      kept += keep[g] ? 1 : 0;
    }
    List<double[]> out = new ArrayList<>();
    for (double[] w : own) {
      double[] v = new double[kept];
      int j = 0;
      for (int g = 0; g < n; g++) {
        if (keep[g]) {
          v[j++] = w[g];
        }
      }
      out.add(v);
    }
    return out;
  }

  /**
   * Robustness for a group: each draw gives every member a random say (their share times an
   * exponential draw, normalised: a flat Dirichlet tilted by the shares) and combines the
   * members' weights with it the way the group's were combined. The drawn weights so range over
   * everything between the members' own weights, centred near the group's.
   */
  public WeightSampler spreadSampler() {
    int k = members.size();
    int n = weights.length;
    double[][] own = memberWeights.toArray(new double[0][]);
    double[][][] logMatrices;
    if (method == Method.AIJ) {
      logMatrices = new double[k][][];
      for (int m = 0; m < k; m++) {
        double[][] mx = GoalWeights.matrix(members.get(m).goals(), ahpGoals);
        logMatrices[m] = new double[mx.length][mx.length];
        for (int i = 0; i < mx.length; i++) {
          for (int j = 0; j < mx.length; j++) {
            logMatrices[m][i][j] = Math.log(mx[i][j]);
          }
        }
      }
    } else {
      logMatrices = null;
    }
    double[] say = new double[k];
    // Scratch space for a draw, made once (a sampler serves one run of draws at a time).
    int r = ahpGoals.size();
    double[][] logSum = new double[r][r];
    double[][] combined = new double[r][r];
    double[] aw = new double[r];
    double[] next = new double[r];
    return (ignored, rnd, out) -> {
      drawSay(rnd, say);
      if (logMatrices == null) {
        java.util.Arrays.fill(out, 0);
        for (int m = 0; m < k; m++) {
          for (int g = 0; g < n; g++) {
            out[g] += say[m] * own[m][g];
          }
        }
      } else {
        // Member by member over whole matrices (the sums add the members in the same order as
        // entry by entry, so the figures are the same to the last bit), then the combined
        // matrix's eigenvector without the checks and consistency a matrix from outside needs.
        for (double[] row : logSum) {
          java.util.Arrays.fill(row, 0);
        }
        for (int m = 0; m < k; m++) {
          double s = say[m];
          double[][] lm = logMatrices[m];
          for (int i = 0; i < r; i++) {
            double[] sumRow = logSum[i];
            double[] lmRow = lm[i];
            for (int j = 0; j < r; j++) {
              sumRow[j] += s * lmRow[j];
            }
          }
        }
        for (int i = 0; i < r; i++) {
          for (int j = 0; j < r; j++) {
            combined[i][j] = Math.exp(logSum[i][j]);
          }
        }
        Ahp.powerIteration(combined, aw, next);
        java.util.Arrays.fill(out, 0);
        for (int i = 0; i < r; i++) {
          out[ahpGoals.get(i).ordinal()] = aw[i];
        }
      }
      double sum = 0;
      for (double v : out) {
        sum += v;
      }
      for (int g = 0; g < n; g++) {
        out[g] /= sum;
      }
    };
  }

  private void drawSay(SplittableRandom rnd, double[] say) {
    double sum = 0;
    for (int m = 0; m < say.length; m++) {
      say[m] = share[m] * -Math.log(1 - rnd.nextDouble());
      sum += say[m];
    }
    for (int m = 0; m < say.length; m++) {
      say[m] /= sum;
    }
  }
}
