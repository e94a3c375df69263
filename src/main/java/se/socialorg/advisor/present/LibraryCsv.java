package se.socialorg.advisor.present;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import se.socialorg.advisor.i18n.I18n;
import se.socialorg.advisor.model.ReferenceFigure;
import se.socialorg.advisor.model.SurveySummary;
import se.socialorg.advisor.store.survey.CsvExport;

/**
 * The data library's CSV exports: the figures shown, or a survey's departments. The same CSV
 * policy as {@link ScenarioCsv}: semicolons and decimal commas in Swedish, commas and points in
 * English, numbers by {@link Numbers#plain}, text made formula-safe by {@link CsvExport}.
 */
public final class LibraryCsv {

  /** A table ready to write: one header per column, rows of the same width. */
  public record Table(List<String> headers, List<List<?>> rows) {}

  private final I18n t;
  private final FigureText text;

  public LibraryCsv(I18n i18n) {
    this.t = i18n;
    this.text = new FigureText(i18n);
  }

  /** The figures with their source, status and flags, as the table shows them. */
  public Table figures(List<ReferenceFigure> figures) {
    List<String> headers = List.of(t.t("libui.column.dataset"), t.t("libui.column.country"),
        t.t("libui.column.year"), t.t("libui.column.item"), t.t("libui.column.value"),
        t.t("libui.column.unit"), t.t("libui.column.shippedValue"), t.t("libui.column.status"),
        t.t("libui.column.source"), t.t("libui.provenance.address"),
        t.t("libui.provenance.population"), t.t("libui.provenance.derived"),
        t.t("libui.provenance.vendorClaim"), t.t("libui.column.note"));
    List<List<?>> rows = new ArrayList<>();
    for (ReferenceFigure f : figures) {
      rows.add(List.of(text.dataset(f.dataset()), f.country(), f.year(), text.item(f.item()),
          text.csvNumber(f.value()), text.unit(f.unit()),
          f.overridden() ? text.csvNumber(f.shippedValue()) : "", text.status(f),
          f.source().sourceTitle(), f.source().sourceUrl(), f.source().population(),
          text.yesNo(f.source().derived()), text.yesNo(f.source().vendorClaim()), f.note()));
    }
    return new Table(headers, rows);
  }

  /** A survey's departments under the table's own column headers. */
  public Table departments(List<String> headers, List<SurveySummary.Group> groups) {
    List<List<?>> rows = new ArrayList<>();
    for (SurveySummary.Group g : groups) {
      rows.add(List.of(department(g), g.respondents(), text.csvNumber(g.willingShare()),
          text.csvNumber(g.activeShare()), text.csvNumber(g.averageNetwork()),
          text.csvNumber(g.medianNetwork())));
    }
    return new Table(List.copyOf(headers), rows);
  }

  /** A department's name, or the words for answers without one. */
  public String department(SurveySummary.Group g) {
    return g.label().isEmpty() ? t.t("survey.summary.noDepartment") : g.label();
  }

  /** A file name from a title: characters that file systems refuse become "_". */
  public static String fileName(String title) {
    return title.replaceAll("[\\\\/:*?\"<>|]+", "_") + ".csv";
  }

  /** Writes the table atomically, in the language's CSV dialect. */
  public void write(Path file, Table table) throws IOException {
    new CsvExport("sv".equals(t.language()) ? ';' : ',').write(file, table.headers(),
        table.rows());
  }
}
