package se.socialorg.advisor.store.sheet;

import java.util.List;

/**
 * One non-blank row of a sheet.
 *
 * @param number the row as the manager sees it: the spreadsheet's row number (1-based) or the CSV
 *     line the record starts on
 * @param cells the cells as text, in column order (empty text for an empty cell)
 */
public record SheetRow(long number, List<String> cells) {

  public SheetRow {
    cells = List.copyOf(cells);
  }

  /** The cell in the 0-based column, empty text when the row is shorter. */
  public String cell(int column) {
    return column >= 0 && column < cells.size() ? cells.get(column) : "";
  }

  /** True when every cell is blank. */
  public boolean blank() {
    for (String c : cells) {
      if (!c.isBlank()) {
        return false;
      }
    }
    return true;
  }

  /** The spreadsheet letter of a 0-based column: A, B, ... Z, AA, AB ... */
  public static String columnLetter(int column) {
    StringBuilder s = new StringBuilder();
    int n = column + 1;
    while (n > 0) {
      int r = (n - 1) % 26;
      s.insert(0, (char) ('A' + r));
      n = (n - 1) / 26;
    }
    return s.toString();
  }
}
