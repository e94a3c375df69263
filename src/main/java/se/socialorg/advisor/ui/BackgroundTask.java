package se.socialorg.advisor.ui;

import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import se.socialorg.advisor.i18n.I18n;
import se.socialorg.advisor.store.scenario.ScenarioFileException;

/**
 * Work off the FX thread with one failure path: {@code
 * BackgroundTask.wrap(() -> files.read(f)).onSuccess(this::add).onFailure(dialogs, i18n, title)
 * .executeWith(executor)}. A failure is logged once, with its stack trace, and then shown as a
 * translated message; the success and failure callbacks run on the FX thread (at once with
 * {@link AppExecutor#sameThread()}, so view models using it are tested without a toolkit).
 *
 * @param <T> the result of the work
 */
public final class BackgroundTask<T> {

  /** The work: reads, writes, computes; may throw. */
  @FunctionalInterface
  public interface Work<T> {
    T call() throws Exception;
  }

  private static final Logger LOG = Logger.getLogger(BackgroundTask.class.getName());

  private final Work<T> work;
  private Consumer<T> success = v -> {};
  private Consumer<Throwable> failure = e -> {};

  private BackgroundTask(Work<T> work) {
    this.work = Objects.requireNonNull(work);
  }

  public static <T> BackgroundTask<T> wrap(Work<T> work) {
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

  /** Starts the work on {@code executor}. */
  public void executeWith(AppExecutor executor) {
    executor.run(work, success, e -> {
      LOG.log(Level.WARNING, "Background work failed", e);
      failure.accept(e);
    });
  }

  /** A failure in the manager's words: a file's own message, else the unexpected-error text. */
  public static String message(I18n t, Throwable e) {
    if (e instanceof ScenarioFileException sfe) {
      return sfe.localized(t);
    }
    String detail = e.getLocalizedMessage() == null ? e.getClass().getSimpleName()
        : e.getLocalizedMessage();
    return t.t("error.unexpected.message", detail);
  }
}
