package se.socialorg.advisor.ui;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The one executor for {@link BackgroundTask}s: database, files, import, export and heavy
 * computation. Production uses daemon worker threads; tests use {@link #sameThread()}.
 */
public final class AppExecutor {

  private final ExecutorService service;

  private AppExecutor(ExecutorService service) {
    this.service = service;
  }

  /** Two daemon workers (the machines this runs on have few cores). */
  public static AppExecutor background() {
    AtomicInteger n = new AtomicInteger();
    ThreadFactory f =
        r -> {
          Thread t = new Thread(r, "app-worker-" + n.incrementAndGet());
          t.setDaemon(true);
          return t;
        };
    return new AppExecutor(Executors.newFixedThreadPool(2, f));
  }

  /** Runs every task at once on the calling thread; for tests. */
  public static AppExecutor sameThread() {
    return new AppExecutor(null);
  }

  /**
   * Runs {@code work} in the background and hands its result or failure to the FX thread. With
   * {@link #sameThread()} everything happens at once on the calling thread, so view models that
   * use it are tested without a toolkit. Use it through {@link BackgroundTask}.
   */
  <T> void run(BackgroundTask.Work<T> work, java.util.function.Consumer<T> success,
      java.util.function.Consumer<Throwable> failure) {
    if (service == null) {
      T value;
      try {
        value = work.call();
      } catch (Exception | LinkageError e) {
        failure.accept(e);
        return;
      }
      success.accept(value);
      return;
    }
    service.execute(() -> {
      try {
        T value = work.call();
        javafx.application.Platform.runLater(() -> success.accept(value));
      } catch (Exception | LinkageError e) {
        javafx.application.Platform.runLater(() -> failure.accept(e));
      }
    });
  }

  /** Runs {@code action} on the FX thread soon; at once with {@link #sameThread()}. */
  void toFx(Runnable action) {
    if (service == null) {
      action.run();
    } else {
      javafx.application.Platform.runLater(action);
    }
  }

  public void shutdown() {
    if (service != null) {
      service.shutdownNow();
    }
  }
}
