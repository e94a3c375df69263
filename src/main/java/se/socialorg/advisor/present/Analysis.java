package se.socialorg.advisor.present;

import se.socialorg.advisor.engine.Acceptability;
import se.socialorg.advisor.engine.Advice;
import se.socialorg.advisor.engine.DecisionEngine;
import se.socialorg.advisor.engine.Evaluation;
import se.socialorg.advisor.engine.GroupAnalysis;
import se.socialorg.advisor.engine.ProjectionResult;
import se.socialorg.advisor.engine.SensitivityResult;
import se.socialorg.advisor.model.ScenarioInputs;

/**
 * The analysis recipe: everything the recommendation step, the report and the CSV export show,
 * computed together (off the FX thread in the app).
 *
 * @param evaluation ranking, scores and reasons
 * @param sensitivity tornado and flip points
 * @param acceptability probability of ranking first (seeded Monte Carlo)
 * @param projection reach, cost and ROI per alternative
 * @param group how the participants agree, with each one's own recommendation; null when one
 *     person decides (fewer than two participants have answered)
 */
public record Analysis(
    Evaluation evaluation,
    SensitivityResult sensitivity,
    Acceptability acceptability,
    ProjectionResult projection,
    GroupAnalysis group) {

  /** Seed of the Monte Carlo run: the engine's, so the same inputs show the same figures. */
  public static final long SEED = DecisionEngine.SEED;

  public static final int DRAWS = DecisionEngine.DRAWS;

  /** The advice these figures give: confidence in words, money, the deciding change. */
  public Advice advice() {
    return Advice.of(evaluation, sensitivity, acceptability);
  }

  public static Analysis of(DecisionEngine engine, ScenarioInputs in) {
    return new Analysis(engine.evaluate(in), engine.sensitivity(in),
        engine.acceptability(in, SEED, DRAWS), engine.projection(in), engine.group(in));
  }
}
