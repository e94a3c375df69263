package se.socialorg.advisor.store.sheet;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Keeps the memory of a CSV import bounded by the row, not the file: stops reading when one
 * record (a line, or several inside quotes) grows beyond {@link #MAX_ROW_CHARS} characters or
 * {@link #MAX_FIELDS} values. Without it, a 99 MB line of delimiters became a list of 99 million
 * values (2.4 GB). Quotes are followed the way CSV does (a doubled quote toggles twice).
 */
final class RowLimitReader extends FilterReader {

  /** Longest row, in characters: the 10,000-character cell limit, many times over. */
  static final int MAX_ROW_CHARS = 2_000_000;

  /** Most values in one row. */
  static final int MAX_FIELDS = 20_000;

  /** A row over a limit: its 1-based line, and the message key with the limit. */
  static final class RowTooLongException extends IOException {
    private static final long serialVersionUID = 1L;
    final long line;
    final String key;
    final int limit;

    RowTooLongException(long line, String key, int limit) {
      super(key + " at line " + line);
      this.line = line;
      this.key = key;
      this.limit = limit;
    }
  }

  private final char delimiter;
  private long line = 1;
  private long rowStartLine = 1;
  private int rowChars;
  private int fields = 1;
  private boolean quoted;

  RowLimitReader(Reader in, char delimiter) {
    super(in);
    this.delimiter = delimiter;
  }

  @Override
  public int read() throws IOException {
    int c = super.read();
    if (c >= 0) {
      see((char) c);
    }
    return c;
  }

  @Override
  public int read(char[] buf, int off, int len) throws IOException {
    int n = super.read(buf, off, len);
    for (int i = 0; i < n; i++) {
      see(buf[off + i]);
    }
    return n;
  }

  private void see(char c) throws RowTooLongException {
    if (c == '\n') {
      line++;
    }
    if (c == '"') {
      quoted = !quoted;
    } else if (!quoted && (c == '\n' || c == '\r')) {
      rowChars = 0;
      fields = 1;
      rowStartLine = line;
      return;
    } else if (!quoted && c == delimiter && ++fields > MAX_FIELDS) {
      throw new RowTooLongException(rowStartLine, "survey.error.tooManyFields", MAX_FIELDS);
    }
    if (++rowChars > MAX_ROW_CHARS) {
      throw new RowTooLongException(rowStartLine, "survey.error.rowTooLong", MAX_ROW_CHARS);
    }
  }
}
