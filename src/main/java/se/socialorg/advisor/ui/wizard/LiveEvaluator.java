package se.socialorg.advisor.ui.wizard;

import java.util.List;
import java.util.function.Consumer;
import se.socialorg.advisor.engine.DecisionEngine;
import se.socialorg.advisor.model.InputField;
import se.socialorg.advisor.model.ScenarioInputs;
import se.socialorg.advisor.ui.AppExecutor;
import se.socialorg.advisor.ui.BackgroundTask;

/**
 * Recomputes off the FX thread whenever inputs change. Latest input wins: at most one computation
 * waits behind the running one (newer inputs replace it), so dragging a slider never queues up
 * work; each finished result is shown at once, and the last one shown is always of the latest
 * inputs.
 *
 * @param <R> the result type
 */
public final class LiveEvaluator<R> {

  /** A computation from inputs to a result, run on a worker thread. */
  @FunctionalInterface
  public interface Computation<R> {
    R compute(ScenarioInputs inputs);
  }

  private final AppExecutor executor;
  private final Computation<R> computation;
  private final Consumer<R> sink;
  private long submitted;
  private long published;
  private boolean running;
  private ScenarioInputs pending;

  public LiveEvaluator(AppExecutor executor, Computation<R> computation, Consumer<R> sink) {
    this.executor = executor;
    this.computation = computation;
    this.sink = sink;
  }

  /** Evaluations of the decision engine, skipped while any input is out of range. */
  public static LiveEvaluator<se.socialorg.advisor.engine.Evaluation> evaluations(
      AppExecutor executor, DecisionEngine engine, Consumer<se.socialorg.advisor.engine.Evaluation> sink) {
    return new LiveEvaluator<>(executor, engine::evaluate, sink);
  }

  /** Asks for a recomputation with these inputs (call on the FX thread). */
  public void submit(ScenarioInputs inputs) {
    List<InputField.Violation> violations = InputField.validate(inputs);
    if (!violations.isEmpty()) {
      return;
    }
    submitted++;
    if (running) {
      pending = inputs;
      return;
    }
    start(inputs, submitted);
  }

  private void start(ScenarioInputs inputs, long generation) {
    running = true;
    // A failure is logged once by the helper; the scores then stay as they were.
    BackgroundTask.wrap(() -> computation.compute(inputs))
        .onSuccess(r -> finish(generation, r))
        .onFailure(e -> finish(generation, null))
        .executeWith(executor);
  }

  private void finish(long generation, R result) {
    running = false;
    if (result != null && generation > published) {
      published = generation;
      sink.accept(result);
    }
    if (pending != null) {
      ScenarioInputs next = pending;
      pending = null;
      start(next, submitted);
    }
  }
}
