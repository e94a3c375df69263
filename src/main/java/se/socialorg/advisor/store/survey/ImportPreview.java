package se.socialorg.advisor.store.survey;

import java.util.List;
import java.util.Map;

/**
 * What the mapping step shows before an import.
 *
 * @param format detected encoding and delimiter (null when the file cannot be read)
 * @param headers the column headers in file order
 * @param suggestedMapping a column header for each recognised field
 * @param remembered true when the mapping is the one the user chose last time for these headers
 * @param rows the first data rows (at most {@link SurveyImporter#PREVIEW_ROWS})
 * @param problems why the file cannot be imported at all (binary, empty ...), empty when fine
 */
public record ImportPreview(
    DetectedFormat format,
    List<String> headers,
    Map<SurveyField, String> suggestedMapping,
    boolean remembered,
    List<List<String>> rows,
    List<ImportError> problems) {

  public ImportPreview {
    headers = List.copyOf(headers);
    suggestedMapping = Map.copyOf(suggestedMapping);
    rows = rows.stream().map(List::copyOf).toList();
    problems = List.copyOf(problems);
  }
}
