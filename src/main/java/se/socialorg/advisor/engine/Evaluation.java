package se.socialorg.advisor.engine;

import java.util.List;
import java.util.Map;
import java.util.Set;
import se.socialorg.advisor.model.Alternative;
import se.socialorg.advisor.model.Goal;
import se.socialorg.advisor.model.ScenarioInputs;

/**
 * The result of one evaluation.
 *
 * @param inputs the inputs evaluated
 * @param weights goal weights summing to one
 * @param ahp the AHP result when weights came from pairwise judgements, else null
 * @param ahpGoals the goals in the AHP matrix, in row order (empty in direct mode)
 * @param offered the alternatives offered, in enum order
 * @param excluded why the others are not offered
 * @param scores per offered alternative, per goal score in [0, 1]
 * @param ranking offered alternatives, best first
 * @param recommended the best alternative
 * @param margin recommended total minus runner-up total
 * @param reasonsFor top reasons for the recommendation (against the runner-up), strongest first
 * @param reasonsAgainst top reasons against it, strongest first
 * @param reasonsByAlternative for each offered alternative, its reasons for and against, by
 *     absolute impact
 */
public record Evaluation(
    ScenarioInputs inputs,
    Map<Goal, Double> weights,
    AhpResult ahp,
    List<Goal> ahpGoals,
    Set<Alternative> offered,
    List<Exclusion> excluded,
    Map<Alternative, Map<Goal, Double>> scores,
    List<RankedAlternative> ranking,
    Alternative recommended,
    double margin,
    List<Reason> reasonsFor,
    List<Reason> reasonsAgainst,
    Map<Alternative, List<Reason>> reasonsByAlternative) {

  /** The second-best alternative. */
  public Alternative runnerUp() {
    return ranking.get(1).model();
  }

  /** Weighted total of an alternative (NaN when not offered). */
  public double total(Alternative a) {
    for (RankedAlternative r : ranking) {
      if (r.model() == a) {
        return r.score();
      }
    }
    return Double.NaN;
  }
}
