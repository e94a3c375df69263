package se.socialorg.advisor.store.followup;

import java.util.List;
import java.util.Map;
import se.socialorg.advisor.model.ActualsSource;

/**
 * What a file looks like before it is imported: its kind, its header, the columns found for an
 * advocacy platform report and its first rows.
 *
 * @param source the kind of file recognised
 * @param fileName the file's name
 * @param headers the header row
 * @param mapping platform field to 0-based column (platform reports only; empty for LinkedIn)
 * @param sample up to {@link ActualsReader#PREVIEW_ROWS} rows after the header
 * @param rows data rows in the file
 */
public record ActualsPreview(
    ActualsSource source,
    String fileName,
    List<String> headers,
    Map<PlatformField, Integer> mapping,
    List<Row> sample,
    int rows) {

  public ActualsPreview {
    headers = List.copyOf(headers);
    mapping = Map.copyOf(mapping);
    sample = List.copyOf(sample);
  }

  /** The platform fields still without a column that the import needs. */
  public List<PlatformField> missing() {
    if (source != ActualsSource.ADVOCACY_PLATFORM) {
      return List.of();
    }
    List<PlatformField> out = new java.util.ArrayList<>();
    for (PlatformField f : PlatformField.values()) {
      if (f.required() && !mapping.containsKey(f)) {
        out.add(f);
      }
    }
    if (!mapping.containsKey(PlatformField.IMPRESSIONS) && !mapping.containsKey(PlatformField.REACH)) {
      out.add(PlatformField.IMPRESSIONS);
    }
    return out;
  }
}
