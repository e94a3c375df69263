package se.socialorg.advisor.engine;

import java.util.ArrayList;
import java.util.List;
import se.socialorg.advisor.model.Alternative;
import se.socialorg.advisor.model.Goal;
import se.socialorg.advisor.model.Participant;
import se.socialorg.advisor.model.ScenarioInputs;

/**
 * How far a group agrees and where it splits: Goepel's consensus in words, the goal on which
 * the members' weights differ most, the member furthest from the group, and what each member's
 * own weights would recommend beside the group's recommendation.
 *
 * @param group the combined weights
 * @param level the consensus in words
 * @param recommended the group's recommendation
 * @param members one row per member who answered, in scenario order
 * @param splittingGoal the goal whose weight differs most between members (largest standard
 *     deviation, weighted by the members' shares)
 * @param splittingSpread that standard deviation, as a share of the total weight
 * @param furthest the member whose weights differ most from the group's
 */
public record GroupAnalysis(
    GroupWeights group,
    ConsensusLevel level,
    Alternative recommended,
    List<Member> members,
    Goal splittingGoal,
    double splittingSpread,
    Member furthest) {

  /**
   * One member beside the group.
   *
   * @param participant the member
   * @param index the member's index in {@code ScenarioInputs.participants()}
   * @param share the member's weight in the group, summing to one over members
   * @param weights the member's own goal weights, {@link Goal} order
   * @param ownRecommendation what the member's own weights recommend, all else equal
   * @param distance how differently the member weighs the goals from the group: half the sum of
   *     the absolute differences, 0 (the same) to 1 (nothing in common)
   */
  public record Member(
      Participant participant,
      int index,
      double share,
      double[] weights,
      Alternative ownRecommendation,
      double distance) {

    public Member {
      weights = weights.clone();
    }

    @Override
    public double[] weights() {
      return weights.clone();
    }
  }

  /** Members whose own weights recommend what the group's do. */
  public List<Member> agreeing() {
    return members.stream().filter(m -> m.ownRecommendation() == recommended).toList();
  }

  /** Members whose own weights recommend something else. */
  public List<Member> dissenting() {
    return members.stream().filter(m -> m.ownRecommendation() != recommended).toList();
  }

  /** The group analysis of these inputs, or null when fewer than two members have answered. */
  static GroupAnalysis of(ScenarioInputs in, DecisionEngine engine) {
    GroupWeights g = GroupWeights.of(in);
    if (g == null) {
      return null;
    }
    Alternative recommended = engine.evaluate(in).recommended();
    double[] gw = g.weights();
    double[] share = g.share();
    List<double[]> own = g.memberWeights();
    List<Member> members = new ArrayList<>();
    Member furthest = null;
    for (int k = 0; k < g.members().size(); k++) {
      Participant p = g.members().get(k);
      ScenarioInputs alone = in.withGoals(p.goals()).withParticipants(List.of());
      double d = 0;
      for (int j = 0; j < gw.length; j++) {
        d += Math.abs(own.get(k)[j] - gw[j]) / 2;
      }
      Member m = new Member(p, g.memberIndex().get(k), share[k], own.get(k),
          engine.evaluate(alone).recommended(), d);
      members.add(m);
      if (furthest == null || d > furthest.distance() + 1e-12) {
        furthest = m;
      }
    }
    Goal splitting = null;
    double widest = -1;
    for (Goal goal : Goal.values()) {
      int j = goal.ordinal();
      double mean = 0;
      for (int k = 0; k < own.size(); k++) {
        mean += share[k] * own.get(k)[j];
      }
      double var = 0;
      for (int k = 0; k < own.size(); k++) {
        var += share[k] * Math.pow(own.get(k)[j] - mean, 2);
      }
      double sd = Math.sqrt(var);
      if (sd > widest + 1e-12) {
        widest = sd;
        splitting = goal;
      }
    }
    return new GroupAnalysis(g, ConsensusLevel.of(g.consensus()), recommended,
        List.copyOf(members), splitting, widest, furthest);
  }
}
