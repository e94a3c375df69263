package se.socialorg.advisor.ui;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import javafx.concurrent.Task;
import se.socialorg.advisor.store.db.Database;
import se.socialorg.advisor.store.db.DatabaseException;
import se.socialorg.advisor.store.db.FigureRepository;
import se.socialorg.advisor.store.survey.SurveyRepository;

/**
 * The data library, opened in the background at start so the first window does not wait for
 * it. Its accessors block until it is open: call them from tasks on the app executor only.
 */
public final class Library {

  private final CompletableFuture<Database.Opened> opened;

  private Library(CompletableFuture<Database.Opened> opened) {
    this.opened = opened;
  }

  /** Starts opening the database file (or the read-only fallback) on the executor. */
  public static Library openInBackground(Path file, AppExecutor executor) {
    CompletableFuture<Database.Opened> future = new CompletableFuture<>();
    executor.submit(new Task<Void>() {
      @Override
      protected Void call() {
        try {
          future.complete(Database.openOrFallback(file));
        } catch (RuntimeException | Error e) {
          future.completeExceptionally(e);
        }
        return null;
      }
    });
    return new Library(future);
  }

  /** A library that is already open (tests, tools). */
  public static Library of(Database.Opened opened) {
    return new Library(CompletableFuture.completedFuture(opened));
  }

  public Database database() {
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
    return opened.join().problem();
  }

  /** Closes the database if it was opened. */
  public void close() {
    opened.thenAccept(o -> o.database().close());
  }
}
