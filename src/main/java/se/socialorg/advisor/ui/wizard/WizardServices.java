package se.socialorg.advisor.ui.wizard;

import java.util.function.Consumer;
import javafx.concurrent.Task;
import se.socialorg.advisor.engine.DecisionEngine;
import se.socialorg.advisor.ui.AppExecutor;

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

  <T> void run(Task<T> task, Consumer<T> ok) {
    task.setOnSucceeded(e -> ok.accept(task.getValue()));
    task.setOnFailed(e -> onError.accept(task.getException()));
    executor.submit(task);
  }
}
