package se.socialorg.advisor.ui.scenario;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Supplier;
import se.socialorg.advisor.engine.DecisionEngine;
import se.socialorg.advisor.i18n.I18n;
import se.socialorg.advisor.present.Analysis;
import se.socialorg.advisor.present.CompareCsv;
import se.socialorg.advisor.present.CompareTable;
import se.socialorg.advisor.present.report.CompareReport;
import se.socialorg.advisor.store.report.ReportWriter;
import se.socialorg.advisor.store.scenario.ScenarioFiles;
import se.socialorg.advisor.ui.AppExecutor;
import se.socialorg.advisor.ui.BackgroundTask;
import se.socialorg.advisor.ui.Dialogs;

/**
 * The comparison's exports: each scenario analysed (with its robustness run) and written as CSV or
 * PDF in the background. The language is the scenarios' own when they share one, else the app's.
 */
final class CompareExports {

  private final DecisionEngine engine;
  private final AppExecutor executor;
  private final Dialogs dialogs;
  private final Supplier<I18n> i18n;
  private final Consumer<java.util.function.Function<I18n, String>> status;
  private final Supplier<LocalDate> today = LocalDate::now;

  CompareExports(DecisionEngine engine, AppExecutor executor, Dialogs dialogs,
      Supplier<I18n> i18n, Consumer<java.util.function.Function<I18n, String>> status) {
    this.engine = engine;
    this.executor = executor;
    this.dialogs = dialogs;
    this.i18n = i18n;
    this.status = status;
  }

  void exportCsv(List<CompareViewModel.Compared> compared) {
    I18n ui = i18n.get();
    dialogs.chooseSave(ui.t("compare.export.csv.title"), ui.t("compare.export.name") + ".csv",
            ui.t("report.csv.filter"), "*.csv")
        .map(f -> withExtension(f, ".csv"))
        .ifPresent(f -> exportCsv(compared, f));
  }

  void exportPdf(List<CompareViewModel.Compared> compared) {
    I18n ui = i18n.get();
    dialogs.chooseSave(ui.t("compare.export.pdf.title"), ui.t("compare.export.name") + ".pdf",
            ui.t("report.save.filter"), "*.pdf")
        .map(f -> withExtension(f, ".pdf"))
        .ifPresent(f -> exportPdf(compared, f));
  }

  void exportCsv(List<CompareViewModel.Compared> compared, Path file) {
    I18n language = language(compared);
    List<CompareViewModel.Compared> now = List.copyOf(compared);
    start(() -> {
      CompareCsv.write(file, CompareTable.forSpreadsheet(entries(now), language, today.get()),
          language);
      return file;
    });
  }

  void exportPdf(List<CompareViewModel.Compared> compared, Path file) {
    I18n language = language(compared);
    List<CompareViewModel.Compared> now = List.copyOf(compared);
    ReportWriter writer = new ReportWriter();
    start(() -> {
      writer.write(CompareReport.build(entries(now), language, today.get()), file);
      return file;
    });
  }

  private void start(BackgroundTask.Work<Path> work) {
    BackgroundTask.wrap(work)
        .onSuccess(f -> status.accept(t -> t.t("compare.export.saved", f.toString())))
        .onFailure(dialogs, i18n, i18n.get().t("report.error.title"))
        .executeWith(executor);
  }

  /** The scenarios' language when they all share one, else the app's. */
  I18n language(List<CompareViewModel.Compared> compared) {
    List<String> languages = compared.stream().map(c -> c.scenario().language()).distinct()
        .toList();
    return languages.size() == 1 ? I18n.forLanguage(languages.get(0)) : i18n.get();
  }

  private List<CompareTable.Entry> entries(List<CompareViewModel.Compared> compared) {
    List<CompareTable.Entry> out = new ArrayList<>();
    for (CompareViewModel.Compared c : compared) {
      // A column is headed by the scenario's title, without the file's extension.
      String title = c.title().replaceFirst(
          java.util.regex.Pattern.quote(ScenarioFiles.EXTENSION) + "( \\(\\d+\\))?$", "$1");
      out.add(new CompareTable.Entry(title, c.scenario(),
          Analysis.of(engine, c.scenario().inputs())));
    }
    return out;
  }

  private static Path withExtension(Path file, String ext) {
    String name = file.getFileName().toString();
    return name.toLowerCase(Locale.ROOT).endsWith(ext) ? file : file.resolveSibling(name + ext);
  }
}
