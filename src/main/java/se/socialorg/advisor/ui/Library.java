package se.socialorg.advisor.ui;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import se.socialorg.advisor.store.db.Database;
import se.socialorg.advisor.store.db.DatabaseException;
import se.socialorg.advisor.store.db.FigureRepository;
import se.socialorg.advisor.store.survey.SurveyRepository;

/**
 * The data library, opened in the background so the first window does not wait for it. Its
 * accessors block until it is open: call them from tasks on the app executor only.
 */
public final class Library {

  private final CompletableFuture<Database.Opened> opened;
  private final Path file;
  private final AppExecutor executor;
  private final AtomicBoolean claimed;

  private Library(
      CompletableFuture<Database.Opened> opened, Path file, AppExecutor executor, boolean open) {
    this.opened = opened;
    this.file = file;
    this.executor = executor;
    this.claimed = new AtomicBoolean(open);
  }

  /**
   * A library that opens when {@link #startOpening()} is called or when it is first used, so the
   * first window does not share the processor with it (issue 8).
   */
  public static Library openLater(Path file, AppExecutor executor) {
    return new Library(new CompletableFuture<>(), file, executor, false);
  }

  /** A library that is already open (tests, tools). */
  public static Library of(Database.Opened opened) {
    return new Library(CompletableFuture.completedFuture(opened), null, null, true);
  }

  /** Opens the library on the executor unless it is open or opening already. */
  public void startOpening() {
    if (claimed.get()) {
      return;
    }
    BackgroundTask.wrap(() -> {
      openHere();
      return null;
    }).executeWith(executor);
  }

  /** Opens on the calling thread if nobody has started to; whoever claims it completes it. */
  private void openHere() {
    if (!claimed.compareAndSet(false, true)) {
      return;
    }
    try {
      opened.complete(Database.openOrFallback(file));
    } catch (RuntimeException | Error e) {
      opened.completeExceptionally(e);
    }
  }

  public Database database() {
    openHere();
    return opened.join().database();
  }

  public FigureRepository figures() {
    return new FigureRepository(database());
  }

  public SurveyRepository surveys() {
    return new SurveyRepository(database());
  }

  /** Why the user's library could not be used (the shipped figures are used read-only then). */
  public Optional<DatabaseException> problem() {
    openHere();
    return opened.join().problem();
  }

  /**
   * Calls {@code action} with why the user's library cannot be used (empty when it can) once it
   * has opened, on the thread that opened it, or at once when it is open already.
   */
  public void whenOpened(java.util.function.Consumer<Optional<DatabaseException>> action) {
    opened.thenAccept(o -> action.accept(o.problem()));
  }

  /** Closes the database if it was opened. */
  public void close() {
    opened.thenAccept(o -> o.database().close());
  }
}
