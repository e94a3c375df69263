package se.socialorg.advisor.ui.report;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import javafx.application.Platform;

/** Runs scene-graph work on the FX thread and waits for it, from any thread. */
final class Fx {

  private Fx() {}

  static <T> T call(Callable<T> work) throws InterruptedException {
    if (Platform.isFxApplicationThread()) {
      try {
        return work.call();
      } catch (RuntimeException e) {
        throw e;
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }
    FutureTask<T> future = new FutureTask<>(work);
    Platform.runLater(future);
    try {
      return future.get();
    } catch (ExecutionException e) {
      throw new IllegalStateException("Could not draw the report's charts", e.getCause());
    }
  }
}
