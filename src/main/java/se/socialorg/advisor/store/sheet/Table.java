package se.socialorg.advisor.store.sheet;

import java.util.List;

/**
 * A whole sheet read into memory: for small files (templates, figures, actuals). Survey imports
 * stream through {@link SheetReader} instead.
 *
 * @param kind workbook or CSV
 * @param sheetName the workbook sheet's name, or the file name for CSV
 * @param header the header row
 * @param rows the non-blank rows below the header
 */
public record Table(SheetKind kind, String sheetName, Header header, List<SheetRow> rows) {

  public Table {
    rows = List.copyOf(rows);
  }
}
