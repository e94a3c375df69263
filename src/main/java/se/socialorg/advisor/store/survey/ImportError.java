package se.socialorg.advisor.store.survey;

import java.util.ArrayList;
import java.util.List;
import se.socialorg.advisor.i18n.I18n;

/**
 * One problem in an imported file, shown in the manager's words: {@code row 14, column 'How many
 * contacts…': 'ca 300' is not a number}.
 *
 * @param file the file name
 * @param line 1-based row (the spreadsheet's row, or the CSV line the record starts on); 0 for
 *     the whole file
 * @param column 1-based column, 0 when the problem concerns the whole row or file
 * @param messageKey i18n key of the reason
 * @param args arguments of the reason; {@link SurveyField}s are shown by their translated label
 * @param header the column's header as written in the file, empty when unknown
 */
public record ImportError(
    String file, long line, int column, String messageKey, List<Object> args, String header) {

  /** Longest header shown in a message before it is cut with an ellipsis. */
  static final int HEADER_SHOWN = 30;

  public ImportError {
    args = List.copyOf(args);
    header = header == null ? "" : header;
  }

  public ImportError(String file, long line, int column, String messageKey, List<Object> args) {
    this(file, line, column, messageKey, args, "");
  }

  /** The problem with its place, in the given language. */
  public String format(I18n i18n) {
    List<Object> shown = new ArrayList<>();
    for (Object a : args) {
      shown.add(a instanceof SurveyField f ? i18n.t(f.messageKey()) : a);
    }
    String reason = i18n.t(messageKey, shown.toArray());
    if (line <= 0) {
      return reason;
    }
    if (column <= 0) {
      return i18n.t("survey.error.atRow", Long.toString(line), reason);
    }
    String col = header.isBlank() ? Integer.toString(column) : shortHeader(header);
    return i18n.t("survey.error.atCell", Long.toString(line), col, reason);
  }

  static String shortHeader(String header) {
    String h = header.strip();
    return h.length() <= HEADER_SHOWN ? h : h.substring(0, HEADER_SHOWN - 1).strip() + "…";
  }

  @Override
  public String toString() {
    return format(I18n.forLanguage("en"));
  }
}
