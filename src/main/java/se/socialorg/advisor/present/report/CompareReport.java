package se.socialorg.advisor.present.report;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import se.socialorg.advisor.i18n.I18n;
import se.socialorg.advisor.model.Alternative;
import se.socialorg.advisor.present.Analysis;
import se.socialorg.advisor.present.CompareTable;
import se.socialorg.advisor.store.report.ReportDocument;
import se.socialorg.advisor.store.report.ReportDocument.Block;
import se.socialorg.advisor.store.report.ReportDocument.Paragraph;
import se.socialorg.advisor.store.report.ReportDocument.Subheading;
import se.socialorg.advisor.store.report.ReportDocument.Table;

/**
 * The comparison as a short PDF (one or two pages) through the report's layout: which scenarios,
 * a one-line conclusion, then the case, the recommendation and money of each side by side, in one
 * language with its numbers. {@code store.report.ReportWriter} writes it.
 */
public final class CompareReport {

  /** The first column (what a row shows) against each scenario's column. */
  private static final double LABEL_WIDTH = 1.6;

  private CompareReport() {}

  /** The document for {@code entries}, worded in {@code i18n}, dated {@code today}. */
  public static ReportDocument build(List<CompareTable.Entry> entries, I18n i18n,
      LocalDate today) {
    CompareTable table = CompareTable.forReading(entries, i18n, today);
    List<String> lines = List.of(
        i18n.t("compare.report.scenarios", String.join(", ", table.titles())),
        i18n.t("report.date",
            today.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(i18n.locale()))));
    List<Block> blocks = new ArrayList<>();
    List<String> headers = new ArrayList<>(List.of(""));
    headers.addAll(table.titles());
    List<Double> widths = new ArrayList<>(List.of(LABEL_WIDTH));
    table.titles().forEach(x -> widths.add(1.0));
    for (CompareTable.Group g : table.groups()) {
      blocks.add(new Subheading(g.heading()));
      List<List<String>> rows = new ArrayList<>();
      for (CompareTable.Row r : g.rows()) {
        List<String> row = new ArrayList<>(List.of(r.label()));
        row.addAll(r.cells());
        rows.add(row);
      }
      blocks.add(new Table(headers, rows, widths));
    }
    Analysis any = entries.get(0).analysis();
    blocks.add(new Paragraph(i18n.t("compare.report.note", any.acceptability().draws(),
        Long.toString(any.acceptability().seed())), true));
    return new ReportDocument(i18n.language(), i18n.t("compare.report.title"), lines,
        conclusion(entries, i18n), "", List.of(),
        (page, pages) -> i18n.t("report.page", page, pages), blocks);
  }

  /** "All three scenarios point to X", or which scenario points where. */
  static String conclusion(List<CompareTable.Entry> entries, I18n i18n) {
    Alternative same = CompareTable.sameRecommendation(entries);
    if (same != null) {
      return i18n.t("compare.report.same", entries.size(), name(same, i18n));
    }
    List<String> picks = new ArrayList<>();
    for (CompareTable.Entry e : entries) {
      picks.add(i18n.t("compare.report.pick", e.title(),
          name(e.analysis().evaluation().recommended(), i18n)));
    }
    return i18n.t("compare.report.differ", String.join("; ", picks));
  }

  private static String name(Alternative a, I18n i18n) {
    return i18n.t("alternative." + a.name());
  }
}
