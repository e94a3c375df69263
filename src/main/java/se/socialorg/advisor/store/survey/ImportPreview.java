package se.socialorg.advisor.store.survey;

import java.util.List;
import java.util.Map;
import se.socialorg.advisor.store.sheet.SheetKind;

/**
 * What the mapping step shows before an import.
 *
 * @param format detected encoding and delimiter (null when the file cannot be read)
 * @param headers the column headers in file order
 * @param suggestedMapping a column header for each recognised field
 * @param remembered true when the mapping is the one the user chose last time for these headers
 * @param rows the first data rows (at most {@link SurveyImporter#PREVIEW_ROWS})
 * @param problems why the file cannot be imported at all (binary, empty ...), empty when fine
 * @param kind workbook or CSV (null when the file cannot be read)
 * @param metadataColumns metadata and personal columns: never offered, never stored
 * @param ambiguous fields that two columns could mean, with those columns: the manager chooses
 */
public record ImportPreview(
    DetectedFormat format,
    List<String> headers,
    Map<SurveyField, String> suggestedMapping,
    boolean remembered,
    List<List<String>> rows,
    List<ImportError> problems,
    SheetKind kind,
    List<String> metadataColumns,
    Map<SurveyField, List<String>> ambiguous) {

  public ImportPreview(
      DetectedFormat format,
      List<String> headers,
      Map<SurveyField, String> suggestedMapping,
      boolean remembered,
      List<List<String>> rows,
      List<ImportError> problems) {
    this(format, headers, suggestedMapping, remembered, rows, problems, null, List.of(), Map.of());
  }

  public ImportPreview {
    metadataColumns = List.copyOf(metadataColumns);
    ambiguous = Map.copyOf(ambiguous);
    headers = List.copyOf(headers);
    suggestedMapping = Map.copyOf(suggestedMapping);
    rows = rows.stream().map(List::copyOf).toList();
    problems = List.copyOf(problems);
  }
}
