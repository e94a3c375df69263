package se.socialorg.advisor.store.followup;

import java.util.List;

/**
 * One row of a sheet or CSV file.
 *
 * @param line 1-based line (CSV) or row number (sheet) shown in messages
 * @param cells the cells as text, trimmed
 */
public record Row(long line, List<String> cells) {
  public Row {
    cells = List.copyOf(cells);
  }

  /** The cell at 0-based {@code column}, empty when the row is shorter. */
  public String cell(int column) {
    return column >= 0 && column < cells.size() ? cells.get(column) : "";
  }

  public boolean blank() {
    return cells.stream().allMatch(String::isBlank);
  }
}
