package se.socialorg.advisor.store.sheet;

import java.util.List;

/**
 * The header row of a sheet.
 *
 * @param row the row the headers are on
 * @param names the header cells, trimmed, byte-order mark removed, trailing empty cells dropped
 */
public record Header(SheetRow row, List<String> names) {

  public Header {
    names = List.copyOf(names);
  }
}
