package se.socialorg.advisor.store.db;

import java.util.List;
import se.socialorg.advisor.i18n.I18n;

/**
 * One problem in a figures file, shown as {@code file:row:column: reason}.
 *
 * @param file the file name
 * @param row 1-based row of the file (the header is row 1), 0 for the whole file
 * @param column the column's name as the seed spells it (e.g. {@code source_url}), empty for the
 *     whole row or file
 * @param messageKey i18n key of the reason
 * @param args arguments of the reason
 */
public record FigureImportError(
    String file, int row, String column, String messageKey, List<Object> args) {

  public FigureImportError {
    args = List.copyOf(args);
  }

  /** {@code file:row:column: reason} in the given language. */
  public String format(I18n i18n) {
    return file + ":" + row + ":" + column + ": " + i18n.t(messageKey, args.toArray());
  }

  @Override
  public String toString() {
    return format(I18n.forLanguage("en"));
  }
}
