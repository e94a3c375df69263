package se.socialorg.advisor.ui.report;

import java.nio.file.Path;
import se.socialorg.advisor.model.FollowUp;
import se.socialorg.advisor.store.followup.FollowUpFiles;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.concurrent.Task;
import se.socialorg.advisor.i18n.I18n;
import se.socialorg.advisor.model.Scenario;
import se.socialorg.advisor.store.report.ReportException;
import se.socialorg.advisor.store.report.ReportWriter;
import se.socialorg.advisor.ui.AppServices;
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

  private static final Logger LOG = Logger.getLogger(ReportExport.class.getName());

  private final AppServices services;
  private final Supplier<Dialogs> dialogs;
  private final Supplier<I18n> i18n;
  private final Consumer<String> status;
  private final Consumer<Task<?>> progress;

  /**
   * @param status shows a line in the status bar
   * @param progress shows a running task's progress (e.g. a progress bar bound to it)
   */
  public ReportExport(AppServices services, Supplier<Dialogs> dialogs, Supplier<I18n> i18n,
      Consumer<String> status, Consumer<Task<?>> progress) {
    this.services = services;
    this.dialogs = dialogs;
    this.i18n = i18n;
    this.status = status;
    this.progress = progress;
  }

  /** Asks where to save, then writes the report in the scenario's language. */
  public Optional<Task<Path>> exportPdf(Scenario scenario) {
    return exportPdfBeside(scenario, null);
  }

  /**
   * Asks where to save, then writes the report, with the follow-up kept beside {@code
   * scenarioFile} (none when it is null or has none).
   */
  public Optional<Task<Path>> exportPdfBeside(Scenario scenario, Path scenarioFile) {
    I18n ui = i18n.get();
    if (Advice.restsOnDefaultsOnly(scenario.inputs())
        && !dialogs.get().confirm(ui.t("advice.export.defaults.title"),
            ui.t("advice.export.defaults.text"))) {
      return Optional.empty();
    }
    return dialogs.get()
        .chooseSave(ui.t("report.save.title"), baseName(scenario) + ".pdf",
            ui.t("report.save.filter"), "*.pdf")
        .map(f -> withExtension(f, ".pdf"))
        .map(f -> exportPdf(scenario, scenarioFile, f));
  }

  /** Writes the report to {@code file} in a background task. */
  public Task<Path> exportPdf(Scenario scenario, Path file) {
    return exportPdf(scenario, null, file);
  }

  private Task<Path> exportPdf(Scenario scenario, Path scenarioFile, Path file) {
    I18n reportLanguage = I18n.forLanguage(scenario.language());
    Task<Path> task = new Task<>() {
      @Override
      protected Path call() throws Exception {
        // Made here, off the FX thread: loading PDFBox would delay the progress bar (0019).
        ReportBuilder builder =
            new ReportBuilder(services.engine(), new ReportCharts(), LocalDate::now);
        ReportWriter writer = new ReportWriter();
        updateMessage(i18n.get().t("report.status.writing"));
        FollowUp followUp = scenarioFile == null ? FollowUp.empty()
            : new FollowUpFiles().readBeside(scenarioFile);
        var doc = builder.build(scenario, followUp, reportLanguage, new ReportBuilder.Progress() {
          @Override
          public void step(int done, int total) {
            updateProgress(done, total + 1);
          }

          @Override
          public boolean cancelled() {
            return isCancelled();
          }
        });
        writer.write(doc, file);
        updateProgress(1, 1);
        return file;
      }
    };
    return run(task, "report.status.saved");
  }

  /** Asks where to save, then writes the scenario's inputs and results as CSV. */
  public Optional<Task<Path>> exportCsv(Scenario scenario) {
    I18n ui = i18n.get();
    return dialogs.get()
        .chooseSave(ui.t("report.csv.title"), baseName(scenario) + ".csv",
            ui.t("report.csv.filter"), "*.csv")
        .map(f -> withExtension(f, ".csv"))
        .map(f -> exportCsv(scenario, f));
  }

  /** Writes the CSV to {@code file} in a background task. */
  public Task<Path> exportCsv(Scenario scenario, Path file) {
    I18n language = i18n.get();
    Task<Path> task = new Task<>() {
      @Override
      protected Path call() throws Exception {
        Analysis a = Analysis.of(services.engine(), scenario.inputs());
        ScenarioCsv.write(file, scenario, a, language);
        return file;
      }
    };
    return run(task, "report.status.csvSaved");
  }

  private Task<Path> run(Task<Path> task, String savedKey) {
    task.setOnSucceeded(e -> status.accept(i18n.get().t(savedKey, task.getValue().toString())));
    task.setOnCancelled(e -> status.accept(i18n.get().t("report.status.cancelled")));
    task.setOnFailed(e -> failed(task.getException()));
    progress.accept(task);
    return services.executor().submit(task);
  }

  private void failed(Throwable error) {
    I18n ui = i18n.get();
    String message;
    if (error instanceof ReportException re) {
      message = ui.t(re.messageKey(), re.path().toString());
    } else if (error instanceof java.io.IOException io) {
      LOG.log(Level.WARNING, "Export failed", io);
      message = ui.t("report.error.io", String.valueOf(io.getMessage()));
    } else {
      LOG.log(Level.SEVERE, "Report export failed", error);
      message = ui.t("report.error.unexpected", String.valueOf(error));
    }
    status.accept(ui.t("report.error.title"));
    dialogs.get().error(ui.t("report.error.title"), message);
  }

  private static String baseName(Scenario s) {
    String name = s.name().isBlank() ? "report" : s.name();
    String clean = name.replaceAll("[\\\\/:*?\"<>|]+", " ").trim();
    return clean.isEmpty() ? "report" : clean;
  }

  private static Path withExtension(Path file, String ext) {
    String name = file.getFileName().toString();
    return name.toLowerCase(Locale.ROOT).endsWith(ext) ? file : file.resolveSibling(name + ext);
  }
}
