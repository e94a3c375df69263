package se.socialorg.advisor.present;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import se.socialorg.advisor.i18n.I18n;
import se.socialorg.advisor.store.survey.CsvExport;

/**
 * The comparison as a CSV table for a spreadsheet: section, item, then one column per scenario.
 * Swedish files use semicolons and decimal commas, as Swedish Excel expects (like {@link
 * ScenarioCsv}); text is made formula-safe by {@link CsvExport}.
 */
public final class CompareCsv {

  private CompareCsv() {}

  /** Writes {@code table} (made {@link CompareTable#forSpreadsheet}) to {@code file}. */
  public static void write(Path file, CompareTable table, I18n i18n) throws IOException {
    boolean swedish = "sv".equals(i18n.language());
    new CsvExport(swedish ? ';' : ',').write(file, headers(table, i18n), rows(table));
  }

  static List<String> headers(CompareTable table, I18n i18n) {
    List<String> headers = new ArrayList<>(List.of(i18n.t("report.csv.col.section"),
        i18n.t("report.csv.col.item")));
    headers.addAll(table.titles());
    return headers;
  }

  static List<List<Object>> rows(CompareTable table) {
    List<List<Object>> rows = new ArrayList<>();
    for (CompareTable.Group g : table.groups()) {
      for (CompareTable.Row r : g.rows()) {
        List<Object> row = new ArrayList<>(List.of(g.heading(), r.label()));
        row.addAll(r.cells());
        rows.add(row);
      }
    }
    return rows;
  }
}
