package se.socialorg.advisor.store;

import java.sql.SQLException;
import java.util.Locale;

/**
 * Recognises "the disk is full" in the exceptions of the file system and of SQLite, so that the
 * user is told that, and not a vague "could not be saved".
 */
public final class DiskFull {

  /** SQLite's primary result code SQLITE_FULL. */
  private static final int SQLITE_FULL = 13;

  private DiskFull() {}

  /** True when {@code t} or one of its causes says the disk (or quota) is full. */
  public static boolean is(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
      if (c instanceof SQLException se && (se.getErrorCode() & 0xff) == SQLITE_FULL) {
        return true;
      }
      String m = c.getMessage();
      if (m != null) {
        String lower = m.toLowerCase(Locale.ROOT);
        if (lower.contains("no space left on device")
            || lower.contains("disk quota exceeded")
            || lower.contains("database or disk is full")
            || lower.contains("there is not enough space on the disk")) {
          return true;
        }
      }
    }
    return false;
  }
}
