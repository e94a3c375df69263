package se.socialorg.advisor.store.sheet;

import java.util.List;

/**
 * A file that cannot be read as a sheet: password-protected or corrupt workbook, binary file, no
 * header row, two candidate header rows. Carries an i18n key ({@code sheet.error.*}) and its
 * arguments, and the row it concerns (0 for the whole file).
 */
public final class SheetException extends Exception {

  private final String messageKey;
  private final long row;
  private final List<Object> args;

  public SheetException(String messageKey, long row, Object... args) {
    super(messageKey, null, false, false);
    this.messageKey = messageKey;
    this.row = row;
    this.args = List.of(args);
  }

  /** i18n key of the reason. */
  public String messageKey() {
    return messageKey;
  }

  /** 1-based row the problem concerns, 0 for the whole file. */
  public long row() {
    return row;
  }

  /** Arguments of the message. */
  public List<Object> args() {
    return args;
  }
}
