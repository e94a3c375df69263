package se.socialorg.advisor.ui.report;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import se.socialorg.advisor.i18n.I18n;
import se.socialorg.advisor.model.Scenario;
import se.socialorg.advisor.present.Analysis;
import se.socialorg.advisor.present.ScenarioCsv;
import se.socialorg.advisor.present.report.ReportBuilder;
import se.socialorg.advisor.store.report.ReportWriter;
import se.socialorg.advisor.ui.AppServices;
import se.socialorg.advisor.ui.BackgroundTask;
import se.socialorg.advisor.ui.Dialogs;

/**
 * File > Export: asks for a file, then writes the PDF report or the scenario CSV in a task on the
 * app's executor. The window shows the task's progress; a failure is told in a short translated
 * dialog and leaves no half-written file.
 */
public final class ReportExport {

  private final ExportRun run;

  /**
   * @param status shows a line in the status bar
   * @param progress shows a running task's progress (e.g. a progress bar bound to it)
   */
  public ReportExport(AppServices services, Supplier<Dialogs> dialogs, Supplier<I18n> i18n,
      Consumer<String> status, Consumer<BackgroundTask<?>> progress) {
    this.run = new ExportRun(services, dialogs, i18n, status, progress);
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
    if (!run.defaultsAccepted(scenario)) {
      return Optional.empty();
    }
    return run.chooseFile(scenario, "report", ".pdf", "report.save.title", "report.save.filter")
        .map(f -> exportPdf(scenario, scenarioFile, f));
  }

  /** Writes the report to {@code file} in a background task. */
  public BackgroundTask<Path> exportPdf(Scenario scenario, Path file) {
    return exportPdf(scenario, null, file);
  }

  private BackgroundTask<Path> exportPdf(Scenario scenario, Path scenarioFile, Path file) {
    I18n reportLanguage = I18n.forLanguage(scenario.language());
    run.status("report.status.writing");
    return run.start(BackgroundTask.withProgress(progress -> {
      // Made here, off the FX thread: loading PDFBox would delay the progress bar (0019).
      ReportBuilder builder =
          new ReportBuilder(run.services().engine(), new ReportCharts(), LocalDate::now);
      ReportWriter writer = new ReportWriter();
      var doc = builder.build(scenario, ExportRun.followUpBeside(scenarioFile), reportLanguage,
          ExportRun.builderProgress(progress));
      writer.write(doc, file);
      return file;
    }), "report.status.saved");
  }

  /** Asks where to save, then writes the scenario's inputs and results as CSV. */
  public Optional<BackgroundTask<Path>> exportCsv(Scenario scenario) {
    return run.chooseFile(scenario, "report", ".csv", "report.csv.title", "report.csv.filter")
        .map(f -> exportCsv(scenario, f));
  }

  /** Writes the CSV to {@code file} in a background task. */
  public BackgroundTask<Path> exportCsv(Scenario scenario, Path file) {
    I18n language = run.ui();
    return run.start(BackgroundTask.wrap(() -> {
      Analysis a = Analysis.of(run.services().engine(), scenario.inputs());
      ScenarioCsv.write(file, scenario, a, language);
      return file;
    }), "report.status.csvSaved");
  }
}
