package se.socialorg.advisor.ui.wizard;

import java.util.function.Consumer;
import se.socialorg.advisor.engine.DecisionEngine;
import se.socialorg.advisor.ui.AppExecutor;
import se.socialorg.advisor.ui.BackgroundTask;

/**
 * What the wizard's steps call: the engine, the data library, charts, and the executor, with a
 * helper that runs a task and hands its result to the FX thread (failures go to the error
 * handler).
 */
public record WizardServices(
    DecisionEngine engine,
    WizardData data,
    WizardCharts charts,
    AppExecutor executor,
    Consumer<Throwable> onError) {

  /** Runs {@code work} off the FX thread; a failure is logged once, then told by the handler. */
  <T> void run(BackgroundTask.Work<T> work, Consumer<T> ok) {
    BackgroundTask.wrap(work).onSuccess(ok).onFailure(onError).executeWith(executor);
  }
}
