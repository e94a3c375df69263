package se.socialorg.advisor.store.group;

import java.util.List;
import se.socialorg.advisor.i18n.I18n;

/**
 * One problem in a judgement form or participant sheet: which file, which line (0 when the
 * whole file), and why, naming the member where there is one.
 *
 * @param file the file's name as the user chose it
 * @param line 1-based line in a sheet, 0 for a form or the whole file
 * @param messageKey i18n key of the reason, {@code group.import.*}
 * @param args its arguments
 */
public record GroupImportProblem(String file, long line, String messageKey, List<Object> args) {

  public GroupImportProblem {
    args = List.copyOf(args);
  }

  /** "file: reason" or "file, line 4: reason" in the given language. */
  public String format(I18n i18n) {
    String reason = i18n.t(messageKey, args.toArray());
    return line > 0 ? i18n.t("group.import.atLine", file, line, reason) : i18n.t("group.import.inFile", file, reason);
  }

  @Override
  public String toString() {
    return format(I18n.forLanguage("en"));
  }
}
