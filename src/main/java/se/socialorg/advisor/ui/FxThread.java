package se.socialorg.advisor.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import javafx.application.Platform;

/** Runs scene-graph work on the FX thread and waits for its result, from any thread. */
public final class FxThread {

  private FxThread() {}

  /**
   * Calls {@code work} on the FX thread (at once when already there) and returns its result.
   *
   * @throws IllegalStateException wrapping what the work threw, or when interrupted
   */
  public static <T> T call(Callable<T> work) {
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
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while waiting for the FX thread", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause().getMessage(), e.getCause());
    }
  }
}
