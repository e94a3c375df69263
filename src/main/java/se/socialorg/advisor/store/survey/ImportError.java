package se.socialorg.advisor.store.survey;

import java.util.ArrayList;
import java.util.List;
import se.socialorg.advisor.i18n.I18n;

/**
 * One problem in an imported file, shown as {@code file:line:column: reason}.
 *
 * @param file the file name
 * @param line 1-based line in the file
 * @param column 1-based column, 0 when the problem concerns the whole line or file
 * @param messageKey i18n key of the reason
 * @param args arguments of the reason; {@link SurveyField}s are shown by their translated label
 */
public record ImportError(String file, long line, int column, String messageKey, List<Object> args) {

  public ImportError {
    args = List.copyOf(args);
  }

  /** {@code file:line:column: reason} in the given language. */
  public String format(I18n i18n) {
    List<Object> shown = new ArrayList<>();
    for (Object a : args) {
      shown.add(a instanceof SurveyField f ? i18n.t(f.messageKey()) : a);
    }
    return file + ":" + line + ":" + column + ": " + i18n.t(messageKey, shown.toArray());
  }

  @Override
  public String toString() {
    return format(I18n.forLanguage("en"));
  }
}
