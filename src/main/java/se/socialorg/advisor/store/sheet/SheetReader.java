package se.socialorg.advisor.store.sheet;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.ToIntFunction;

/**
 * Reads the rows of a spreadsheet one at a time, whatever the file: an .xlsx workbook (its first
 * visible sheet), an old binary .xls workbook, an HTML table or Excel 2003 XML spreadsheet saved
 * as .xls (told apart by content, not by name), or a CSV file (encoding, byte-order mark and
 * delimiter detected by {@link CsvSource}). Blank rows are skipped. Each workbook reader is
 * loaded only when such a file is opened. Not thread-safe; call off the FX thread.
 */
public abstract class SheetReader implements AutoCloseable {

  /** Rows looked at when searching for the header row. */
  public static final int HEADER_SEARCH_ROWS = 10;

  private static final byte[] ZIP = {'P', 'K', 3, 4};
  private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

  private final Deque<SheetRow> pushedBack = new ArrayDeque<>();
  private SheetException pending;

  SheetReader() {}

  /**
   * Opens a file: a workbook when it is one (by its first bytes), else CSV.
   *
   * @throws SheetException for a password-protected, too old (Excel 95), corrupt or binary file
   */
  public static SheetReader open(Path file) throws SheetException {
    return open(file, null);
  }

  /**
   * Opens a file as {@link #open(Path)} does; in a workbook, the visible sheet named {@code
   * preferredSheet} (any case) when there is one, else the first visible sheet.
   */
  public static SheetReader open(Path file, String preferredSheet) throws SheetException {
    byte[] head;
    try {
      head = TextWorkbooks.head(file);
    } catch (IOException e) {
      throw new SheetException("sheet.error.unreadable", 0, reason(e));
    }
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (startsWith(head, OLE2)) {
      if (name.endsWith(".xlsx") || name.endsWith(".xlsm")) {
        // Excel writes an .xlsx as OLE2 only when it encrypts it with a password
        throw new SheetException("sheet.error.protected", 0);
      }
      // an old .xls workbook (or, under another name, a password-protected .xlsx)
      return XlsRows.openXls(file, preferredSheet);
    }
    if (startsWith(head, ZIP)) {
      return XlsxRows.openXlsx(file, preferredSheet);
    }
    if (name.endsWith(".xlsx") || name.endsWith(".xlsm")) {
      throw new SheetException("sheet.error.corrupt", 0, "not a zip archive");
    }
    switch (TextWorkbooks.sniff(head)) {
      case HTML:
        return TextWorkbooks.html(file);
      case SPREADSHEET_XML:
        return TextWorkbooks.spreadsheetXml(file, preferredSheet);
      default:
        return CsvRows.openCsv(file);
    }
  }

  /** Reads the first header row and then every row into memory: for small files. */
  public static Table readTable(Path file, ToIntFunction<List<String>> score, int minScore)
      throws SheetException {
    try (SheetReader r = open(file)) {
      Header h = r.findHeader(score, minScore);
      List<SheetRow> rows = new ArrayList<>();
      for (SheetRow row = r.next(); row != null; row = r.next()) {
        rows.add(row);
      }
      return new Table(r.kind(), r.sheetName(), h, rows);
    }
  }

  /** Workbook or CSV. */
  public abstract SheetKind kind();

  /** The workbook sheet's name, or the file name for CSV. */
  public abstract String sheetName();

  /** How a CSV file is written; empty for a workbook. */
  public abstract Optional<CsvFormat> csvFormat();

  /** Bytes read so far, for progress (a workbook reports its size once read). */
  public abstract long bytesRead();

  /** The next non-blank row, or null at the end. */
  public final SheetRow next() throws SheetException {
    if (!pushedBack.isEmpty()) {
      return pushedBack.pop();
    }
    if (pending != null) {
      SheetException e = pending;
      pending = null;
      throw e;
    }
    for (SheetRow row = read(); row != null; row = read()) {
      if (!row.blank()) {
        return row;
      }
    }
    return null;
  }

  /** The next row from the file, blank or not; null at the end. */
  abstract SheetRow read() throws SheetException;

  /**
   * Finds the header row among the first {@value #HEADER_SEARCH_ROWS} non-blank rows: the one row
   * whose {@code score} (e.g. how many cells are recognised headers) is at least {@code minScore}.
   * Rows above it (titles) are skipped; the rows below it are left to {@link #next()}. When no row
   * qualifies, the first row is the header if none of its cells is a number.
   *
   * @throws SheetException {@code sheet.error.noHeader} when no row qualifies, {@code
   *     sheet.error.twoHeaders} when two do, {@code sheet.error.empty} for an empty sheet
   */
  public final Header findHeader(ToIntFunction<List<String>> score, int minScore)
      throws SheetException {
    List<SheetRow> seen = new ArrayList<>();
    try {
      for (SheetRow row = next(); row != null; row = next()) {
        if (seen.isEmpty() && csvFormat().isPresent() && sepLine(row)) {
          continue;
        }
        seen.add(row);
        if (seen.size() == HEADER_SEARCH_ROWS) {
          break;
        }
      }
    } catch (SheetException e) {
      if (seen.isEmpty()) {
        throw e;
      }
      pending = e;
    }
    if (seen.isEmpty()) {
      throw new SheetException("sheet.error.empty", 1);
    }
    int found = -1;
    for (int i = 0; i < seen.size(); i++) {
      if (score.applyAsInt(names(seen.get(i).cells())) >= minScore) {
        if (found >= 0) {
          throw new SheetException(
              "sheet.error.twoHeaders", seen.get(i).number(), seen.get(found).number(),
              seen.get(i).number());
        }
        found = i;
      }
    }
    if (found < 0 && !hasNumber(seen.get(0).cells())) {
      found = 0;
    }
    if (found < 0) {
      throw new SheetException("sheet.error.noHeader", seen.get(0).number(), seen.size());
    }
    for (int i = seen.size() - 1; i > found; i--) {
      pushedBack.push(seen.get(i));
    }
    SheetRow h = seen.get(found);
    return new Header(h, names(h.cells()));
  }

  /** The first non-blank row as the header (after an Excel {@code sep=} line). */
  public final Header firstRowHeader() throws SheetException {
    return findHeader(cells -> 0, 1);
  }

  @Override
  public abstract void close();

  /** Header cells trimmed, byte-order mark removed, trailing empty cells dropped. */
  public static List<String> names(List<String> cells) {
    List<String> out = new ArrayList<>();
    for (String v : cells) {
      out.add(v.replace("\uFEFF", "").strip());
    }
    while (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
      out.remove(out.size() - 1);
    }
    return out;
  }

  private static boolean hasNumber(List<String> cells) {
    for (String c : cells) {
      if (c.strip().matches("[+-]?\\d+([.,]\\d+)?")) {
        return true;
      }
    }
    return false;
  }

  /** Excel's optional first line {@code sep=;} naming the delimiter. */
  static boolean sepLine(SheetRow row) {
    List<String> v = row.cells();
    if (!v.get(0).toLowerCase(Locale.ROOT).startsWith("sep=")) {
      return false;
    }
    for (int i = 1; i < v.size(); i++) {
      if (!v.get(i).isBlank()) {
        return false;
      }
    }
    return true;
  }

  static String reason(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getMessage() == null) {
      t = t.getCause();
    }
    return String.valueOf(t.getMessage());
  }

  private static boolean startsWith(byte[] b, byte[] prefix) {
    if (b.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (b[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
