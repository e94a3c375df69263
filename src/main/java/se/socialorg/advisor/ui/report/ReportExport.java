package se.socialorg.advisor.ui.report;

import java.nio.file.Path;
import se.socialorg.advisor.model.FollowUp;
import se.socialorg.advisor.store.followup.FollowUpFiles;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import se.socialorg.advisor.i18n.I18n;
import se.socialorg.advisor.model.Scenario;
import se.socialorg.advisor.store.report.ReportWriter;
import se.socialorg.advisor.ui.AppServices;
import se.socialorg.advisor.ui.BackgroundTask;
import se.socialorg.advisor.engine.Advice;
import se.socialorg.advisor.ui.Dialogs;
import se.socialorg.advisor.present.Analysis;
import se.socialorg.advisor.present.ScenarioCsv;
import se.socialorg.advisor.present.report.ReportBuilder;

/**
 * File > Export: asks for a file, then writes the PDF report or the scenario CSV in a task on the
 * app's executor. The window shows the task's progress; a failure is told in a short translated
 * dialog and leaves no half-written file.
 */
public final class ReportExport {

  private final AppServices services;
  private final Supplier<Dialogs> dialogs;
  private final Supplier<I18n> i18n;
  private final Consumer<String> status;
  private final Consumer<BackgroundTask<?>> progress;

  /**
   * @param status shows a line in the status bar
   * @param progress shows a running task's progress (e.g. a progress bar bound to it)
   */
  public ReportExport(AppServices services, Supplier<Dialogs> dialogs, Supplier<I18n> i18n,
      Consumer<String> status, Consumer<BackgroundTask<?>> progress) {
    this.services = services;
    this.dialogs = dialogs;
    this.i18n = i18n;
    this.status = status;
    this.progress = progress;
  }

  /** Asks where to save, then writes the report in the scenario's language. */
  public Optional<BackgroundTask<Path>> exportPdf(Scenario scenario) {
    return exportPdfBeside(scenario, null);
  }

  /**
   * Asks where to save, then writes the report, with the follow-up kept beside {@code
   * scenarioFile} (none when it is null or has none).
   */
  public Optional<BackgroundTask<Path>> exportPdfBeside(Scenario scenario, Path scenarioFile) {
    I18n ui = i18n.get();
    if (Advice.restsOnDefaultsOnly(scenario.inputs())
        && !dialogs.get().confirm(ui.t("advice.export.defaults.title"),
            ui.t("advice.export.defaults.text"))) {
      return Optional.empty();
    }
    return dialogs.get()
        .chooseSave(ui.t("report.save.title"), ExportWords.baseName(scenario, "report") + ".pdf",
            ui.t("report.save.filter"), "*.pdf")
        .map(f -> withExtension(f, ".pdf"))
        .map(f -> exportPdf(scenario, scenarioFile, f));
  }

  /** Writes the report to {@code file} in a background task. */
  public BackgroundTask<Path> exportPdf(Scenario scenario, Path file) {
    return exportPdf(scenario, null, file);
  }

  private BackgroundTask<Path> exportPdf(Scenario scenario, Path scenarioFile, Path file) {
    I18n reportLanguage = I18n.forLanguage(scenario.language());
    status.accept(i18n.get().t("report.status.writing"));
    return start(BackgroundTask.withProgress(progress -> {
      // Made here, off the FX thread: loading PDFBox would delay the progress bar (0019).
      ReportBuilder builder =
          new ReportBuilder(services.engine(), new ReportCharts(), LocalDate::now);
      ReportWriter writer = new ReportWriter();
      FollowUp followUp = scenarioFile == null ? FollowUp.empty()
          : new FollowUpFiles().readBeside(scenarioFile);
      var doc = builder.build(scenario, followUp, reportLanguage, new ReportBuilder.Progress() {
        @Override
        public void step(int done, int total) {
          progress.step(done, total + 1.0);
        }

        @Override
        public boolean cancelled() {
          return progress.cancelled();
        }
      });
      writer.write(doc, file);
      return file;
    }), "report.status.saved");
  }

  /** Asks where to save, then writes the scenario's inputs and results as CSV. */
  public Optional<BackgroundTask<Path>> exportCsv(Scenario scenario) {
    I18n ui = i18n.get();
    return dialogs.get()
        .chooseSave(ui.t("report.csv.title"), ExportWords.baseName(scenario, "report") + ".csv",
            ui.t("report.csv.filter"), "*.csv")
        .map(f -> withExtension(f, ".csv"))
        .map(f -> exportCsv(scenario, f));
  }

  /** Writes the CSV to {@code file} in a background task. */
  public BackgroundTask<Path> exportCsv(Scenario scenario, Path file) {
    I18n language = i18n.get();
    return start(BackgroundTask.wrap(() -> {
      Analysis a = Analysis.of(services.engine(), scenario.inputs());
      ScenarioCsv.write(file, scenario, a, language);
      return file;
    }), "report.status.csvSaved");
  }

  /** Status on success and cancel, progress in the window, the one failure path. */
  private BackgroundTask<Path> start(BackgroundTask<Path> task, String savedKey) {
    task.onSuccess(f -> status.accept(i18n.get().t(savedKey, f.toString())))
        .onCancelled(() -> status.accept(i18n.get().t("report.status.cancelled")))
        .onFailure(this::failed);
    progress.accept(task);
    return task.executeWith(services.executor());
  }

  /** Tells of a failure (already logged once by the task) in the manager's words. */
  private void failed(Throwable error) {
    I18n ui = i18n.get();
    String message = ExportWords.failure(ui, error);
    status.accept(ui.t("report.error.title"));
    dialogs.get().error(ui.t("report.error.title"), message);
  }


  private static Path withExtension(Path file, String ext) {
    String name = file.getFileName().toString();
    return name.toLowerCase(Locale.ROOT).endsWith(ext) ? file : file.resolveSibling(name + ext);
  }
}
