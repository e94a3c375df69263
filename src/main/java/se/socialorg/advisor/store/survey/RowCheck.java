package se.socialorg.advisor.store.survey;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The checks every survey row goes through, whatever the source (CSV today, other sheets
 * tomorrow), before its values are read: a row is stored right or refused with row and column,
 * never silently wrong.
 *
 * <ul>
 *   <li>headers: no two columns with the same header (the second would be ignored);
 *   <li>rows: as many values as headers (trailing empty values allowed), else the row was written
 *       with another delimiter or has lost or gained fields;
 *   <li>values: no NUL character (binary content, wherever it is in the file).
 * </ul>
 */
final class RowCheck {

  /** A problem at a 1-based column (0 for the whole row), as an i18n key and arguments. */
  record Problem(int column, String key, List<Object> args) {}

  private RowCheck() {}

  /** Duplicate headers (case and surrounding spaces ignored); each names both columns. */
  static List<Problem> headers(List<String> headers) {
    List<Problem> out = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < headers.size(); i++) {
      String h = headers.get(i).strip();
      if (h.isEmpty()) {
        continue;
      }
      Integer first = seen.putIfAbsent(h.toLowerCase(Locale.ROOT), i);
      if (first != null) {
        out.add(new Problem(i + 1, "survey.error.duplicateHeader", List.of(h, first + 1)));
      }
    }
    return out;
  }

  /** Problems of one data row against the header's column count. */
  static List<Problem> row(List<String> values, int headerCount) {
    List<Problem> out = new ArrayList<>();
    int last = values.size();
    while (last > headerCount && values.get(last - 1).isBlank()) {
      last--;
    }
    if (last < headerCount) {
      out.add(new Problem(0, "survey.error.tooFewValues", List.of(values.size(), headerCount)));
    } else if (last > headerCount) {
      out.add(new Problem(headerCount + 1, "survey.error.tooManyValues", List.of(last, headerCount)));
    }
    for (int c = 0; c < values.size(); c++) {
      if (values.get(c).indexOf('\0') >= 0) {
        out.add(new Problem(c + 1, "survey.error.nul", List.of()));
      }
    }
    return out;
  }
}
