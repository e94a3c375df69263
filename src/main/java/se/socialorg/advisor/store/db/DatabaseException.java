package se.socialorg.advisor.store.db;

/**
 * The data library cannot be used as asked. {@link #messageKey()} names a short, translated
 * message for the user; {@link #getMessage()} is the English text for the log.
 */
public class DatabaseException extends RuntimeException {

  /** Why the library is unavailable. */
  public enum Reason {
    /** Another running copy of the app has the database open. */
    LOCKED("library.db.error.locked"),
    /** The file or its folder cannot be written. */
    READ_ONLY("library.db.error.readOnly"),
    /** The file is damaged or is not a data library. */
    CORRUPT("library.db.error.corrupt"),
    /** The file was written by a newer version of the app. */
    NEWER_SCHEMA("library.db.error.newerSchema"),
    /** The disk holding the library is full. */
    DISK_FULL("library.db.error.diskFull"),
    /** Any other database or file failure. */
    FAILED("library.db.error.failed");

    private final String messageKey;

    Reason(String messageKey) {
      this.messageKey = messageKey;
    }

    public String messageKey() {
      return messageKey;
    }
  }

  private final Reason reason;

  public DatabaseException(Reason reason, String message, Throwable cause) {
    super(message, cause);
    this.reason = reason;
  }

  public DatabaseException(Reason reason, String message) {
    this(reason, message, null);
  }

  public Reason reason() {
    return reason;
  }

  /** The i18n key of the user-facing message; it takes the file path as {@code {0}}. */
  public String messageKey() {
    return reason.messageKey();
  }
}
