package se.socialorg.advisor.store.sheet;

import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * Rows read into memory first: an old binary workbook (.xls), an HTML table or an Excel 2003 XML
 * spreadsheet saved under the name .xls. These files are small (an .xls sheet holds at most 65,536
 * rows) and their readers need the whole file anyway.
 */
final class ListRows extends SheetReader {

  private final SheetKind kind;
  private final String sheetName;
  private final Iterator<SheetRow> rows;
  private final long size;
  private boolean done;

  ListRows(SheetKind kind, String sheetName, List<SheetRow> rows, long size) {
    this.kind = kind;
    this.sheetName = sheetName;
    this.rows = List.copyOf(rows).iterator();
    this.size = size;
  }

  @Override
  public SheetKind kind() {
    return kind;
  }

  @Override
  public String sheetName() {
    return sheetName;
  }

  @Override
  public Optional<CsvFormat> csvFormat() {
    return Optional.empty();
  }

  @Override
  public long bytesRead() {
    return done ? size : 0;
  }

  @Override
  SheetRow read() {
    if (rows.hasNext()) {
      return rows.next();
    }
    done = true;
    return null;
  }

  @Override
  public void close() {
    // nothing held open
  }
}
