package se.socialorg.advisor.ui;

import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import se.socialorg.advisor.i18n.I18n;
import se.socialorg.advisor.store.report.ReportException;
import se.socialorg.advisor.store.scenario.ScenarioFileException;

/**
 * Work off the FX thread with one failure path: {@code
 * BackgroundTask.wrap(() -> files.read(f)).onSuccess(this::add).onFailure(dialogs, i18n, title)
 * .executeWith(executor)}. A failure is logged once, with its stack trace, and then shown as a
 * translated message; the success, failure and cancel callbacks run on the FX thread (at once with
 * {@link AppExecutor#sameThread()}, so view models using it are tested without a toolkit).
 *
 * <p>Work made with {@link #withProgress} reports its steps ({@link Progress#step}) or says it
 * cannot ({@link Progress#indeterminate}), and stops when it sees {@link Progress#cancelled()}.
 * The task is running, with indeterminate progress, from the moment {@link #executeWith} returns,
 * so a progress bar bound to {@link #runningProperty()} and {@link #progressProperty()} shows
 * within the first 100 ms of a click, before the work has even started. {@link #cancel()} ends the
 * task at once: its result, or failure, is then dropped, and only the cancel callback runs.
 *
 * @param <T> the result of the work
 */
public final class BackgroundTask<T> {

  /** The work: reads, writes, computes; may throw. */
  @FunctionalInterface
  public interface Work<T> {
    T call() throws Exception;
  }

  /** Work that reports its progress and looks for a cancel. */
  @FunctionalInterface
  public interface ProgressWork<T> {
    T call(Progress progress) throws Exception;
  }

  /** What the work tells of its progress; may be called from any thread. */
  public interface Progress {
    /** {@code done} of {@code total} steps are done (determinate progress). */
    void step(double done, double total);

    /** The work cannot tell how far it is (the progress bar moves without a value). */
    void indeterminate();

    /** True once the task was cancelled: the work should stop soon. */
    boolean cancelled();
  }

  /** Where a task is. */
  public enum State { READY, RUNNING, SUCCEEDED, FAILED, CANCELLED }

  /** The value of {@link #progressProperty()} while progress is indeterminate. */
  public static final double INDETERMINATE = -1;

  private static final Logger LOG = Logger.getLogger(BackgroundTask.class.getName());

  private final ProgressWork<T> work;
  private Consumer<T> success = v -> {};
  private Consumer<Throwable> failure = e -> {};
  private Runnable cancelled = () -> {};
  private final AtomicBoolean cancelRequested = new AtomicBoolean();
  private final AtomicReference<Double> pendingProgress = new AtomicReference<>();
  private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(INDETERMINATE);
  private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
  private final CompletableFuture<T> done = new CompletableFuture<>();
  private AppExecutor executor;
  private State state = State.READY;
  private T value;
  private Throwable error;

  private BackgroundTask(ProgressWork<T> work) {
    this.work = Objects.requireNonNull(work);
  }

  public static <T> BackgroundTask<T> wrap(Work<T> work) {
    Objects.requireNonNull(work);
    return new BackgroundTask<>(p -> work.call());
  }

  /** Work that reports its progress and may be cancelled. */
  public static <T> BackgroundTask<T> withProgress(ProgressWork<T> work) {
    return new BackgroundTask<>(work);
  }

  /** What to do with the result, on the FX thread. */
  public BackgroundTask<T> onSuccess(Consumer<T> then) {
    this.success = Objects.requireNonNull(then);
    return this;
  }

  /** The standard failure: an error dialog titled {@code title} with {@link #message}. */
  public BackgroundTask<T> onFailure(Dialogs dialogs, Supplier<I18n> i18n, String title) {
    this.failure = e -> dialogs.error(title, message(i18n.get(), e));
    return this;
  }

  /** A failure handled another way (after it is logged); for the rare screen that must. */
  public BackgroundTask<T> onFailure(Consumer<Throwable> then) {
    this.failure = Objects.requireNonNull(then);
    return this;
  }

  /** What to do, on the FX thread, when the task is cancelled (nothing is logged). */
  public BackgroundTask<T> onCancelled(Runnable then) {
    this.cancelled = Objects.requireNonNull(then);
    return this;
  }

  /**
   * Starts the work on {@code executor}; call it on the FX thread (or in a test with a
   * same-thread executor). The task is running from now on.
   *
   * @return this task, to follow its progress or cancel it
   */
  public BackgroundTask<T> executeWith(AppExecutor executor) {
    if (state != State.READY) {
      throw new IllegalStateException("A background task runs once");
    }
    this.executor = executor;
    state = State.RUNNING;
    running.set(true);
    executor.run(this::callWork, this::succeeded, this::failed);
    return this;
  }

  private T callWork() throws Exception {
    if (cancelRequested.get()) {
      throw new CancellationException();
    }
    return work.call(new Progress() {
      @Override
      public void step(double done, double total) {
        report(total <= 0 ? INDETERMINATE : Math.max(0, Math.min(1, done / total)));
      }

      @Override
      public void indeterminate() {
        report(INDETERMINATE);
      }

      @Override
      public boolean cancelled() {
        return cancelRequested.get();
      }
    });
  }

  /** Hands the latest progress to the FX thread; reports between two frames coalesce into one. */
  private void report(double value) {
    if (pendingProgress.getAndSet(value) == null) {
      executor.toFx(() -> {
        Double latest = pendingProgress.getAndSet(null);
        if (latest != null && state == State.RUNNING) {
          progress.set(latest);
        }
      });
    }
  }

  private void succeeded(T result) {
    if (state != State.RUNNING) {
      return;
    }
    value = result;
    end(State.SUCCEEDED);
    progress.set(1);
    success.accept(result);
    done.complete(result);
  }

  private void failed(Throwable e) {
    if (state != State.RUNNING) {
      return;
    }
    LOG.log(Level.WARNING, "Background work failed", e);
    error = e;
    end(State.FAILED);
    failure.accept(e);
    done.completeExceptionally(e);
  }

  /**
   * Cancels the task (on the FX thread): it ends at once as cancelled, the work is told through
   * {@link Progress#cancelled()}, and whatever it still returns or throws is dropped.
   *
   * @return false if the task had already ended
   */
  public boolean cancel() {
    if (state != State.RUNNING) {
      return false;
    }
    cancelRequested.set(true);
    finishCancelled();
    return true;
  }

  private void finishCancelled() {
    end(State.CANCELLED);
    cancelled.run();
    done.cancel(false);
  }

  private void end(State to) {
    state = to;
    running.set(false);
  }

  /** True from {@link #executeWith} until the task ends; a progress bar's visibility binds here. */
  public ReadOnlyBooleanProperty runningProperty() {
    return running.getReadOnlyProperty();
  }

  /** From 0 to 1, or {@link #INDETERMINATE}; 1 once the work succeeded. */
  public ReadOnlyDoubleProperty progressProperty() {
    return progress.getReadOnlyProperty();
  }

  public State state() {
    return state;
  }

  /** The result, once succeeded; else null. */
  public T value() {
    return value;
  }

  /** The failure, once failed; else null. */
  public Throwable error() {
    return error;
  }

  /**
   * Completes after the task's callbacks have run: with the result, the failure, or cancelled.
   * For code that must wait off the FX thread (benchmarks, the command line); never on it.
   */
  public CompletableFuture<T> completion() {
    return done;
  }

  /** A failure in the manager's words: a file's own message, else the unexpected-error text. */
  public static String message(I18n t, Throwable e) {
    if (e instanceof ScenarioFileException sfe) {
      return sfe.localized(t);
    }
    if (e instanceof ReportException re) {
      return t.t(re.messageKey(), String.valueOf(re.path()));
    }
    String detail = e.getLocalizedMessage() == null ? e.getClass().getSimpleName()
        : e.getLocalizedMessage();
    return t.t("error.unexpected.message", detail);
  }
}
