package se.socialorg.advisor.present;

import se.socialorg.advisor.engine.Acceptability;
import se.socialorg.advisor.engine.DecisionEngine;
import se.socialorg.advisor.engine.Evaluation;
import se.socialorg.advisor.engine.MonteCarlo;
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
 */
public record Analysis(
    Evaluation evaluation,
    SensitivityResult sensitivity,
    Acceptability acceptability,
    ProjectionResult projection) {

  /** Seed of the Monte Carlo run: the engine's, so the app, the report and the CLI agree. */
  public static final long SEED = MonteCarlo.DEFAULT_SEED;

  /** Draws of the Monte Carlo run: the engine's default. */
  public static final int DRAWS = MonteCarlo.DEFAULT_DRAWS;

  public static Analysis of(DecisionEngine engine, ScenarioInputs in) {
    return new Analysis(engine.evaluate(in), engine.sensitivity(in),
        engine.acceptability(in, SEED, DRAWS), engine.projection(in));
  }
}
