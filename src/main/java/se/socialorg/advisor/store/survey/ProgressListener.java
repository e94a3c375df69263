package se.socialorg.advisor.store.survey;

/** Progress of a long import, and a way to cancel it (e.g. bound to a JavaFX {@code Task}). */
public interface ProgressListener {

  /** Nothing to report, never cancelled. */
  ProgressListener NONE = (done, total) -> {};

  /** Bytes read so far of the file's total. Called from the importing thread. */
  void progress(long done, long total);

  /** Polled regularly; when true the import stops and stores nothing. */
  default boolean isCancelled() {
    return false;
  }
}
