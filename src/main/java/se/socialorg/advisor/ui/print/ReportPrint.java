package se.socialorg.advisor.ui.print;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.stage.Window;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import se.socialorg.advisor.i18n.I18n;
import se.socialorg.advisor.model.FollowUp;
import se.socialorg.advisor.model.Scenario;
import se.socialorg.advisor.present.report.ReportBuilder;
import se.socialorg.advisor.store.followup.FollowUpFiles;
import se.socialorg.advisor.store.report.ReportWriter;
import se.socialorg.advisor.ui.AppServices;
import se.socialorg.advisor.ui.BackgroundTask;
import se.socialorg.advisor.ui.Dialogs;
import se.socialorg.advisor.ui.report.ReportCharts;
import se.socialorg.advisor.ui.scenario.ScenarioSession;

/**
 * File > Print: the system's print dialog on the FX thread, then, on the executor, the report
 * written as for File > Export (same pages, in the scenario's language), each page drawn as a
 * picture and printed scaled to the paper (docs/decisions/0023). No printer, or a printer that
 * fails, is told in a short translated message; the app keeps running.
 */
public final class ReportPrint {

  private final AppServices services;
  private final Supplier<Dialogs> dialogs;
  private final Supplier<I18n> i18n;
  private final Consumer<String> status;
  private final Consumer<BackgroundTask<?>> progress;
  private final ReadOnlyBooleanWrapper available = new ReadOnlyBooleanWrapper();
  private PrinterService printers = new FxPrinterService();

  /**
   * @param status shows a line in the status bar
   * @param progress shows a running task's progress
   */
  public ReportPrint(AppServices services, Supplier<Dialogs> dialogs, Supplier<I18n> i18n,
      Consumer<String> status, Consumer<BackgroundTask<?>> progress) {
    this.services = services;
    this.dialogs = dialogs;
    this.i18n = i18n;
    this.status = status;
    this.progress = progress;
  }

  /**
   * Whether there is a report to print: a scenario was opened (new, a file, a sample, recovered)
   * and not closed since. File > Print is disabled otherwise.
   */
  public ReadOnlyBooleanProperty availableProperty() {
    return available.getReadOnlyProperty();
  }

  /**
   * Follows {@code session}: back to the blank scenario with no file, nothing is printable.
   *
   * @return this
   */
  public ReportPrint follow(ScenarioSession session) {
    session.scenarioProperty().addListener((o, was, now) -> {
      if (now.equals(Scenario.blank()) && session.file() == null && !session.isDirty()) {
        available.set(false);
      }
    });
    return this;
  }

  /** A scenario was opened (new, a file, a sample, recovered): it can be printed. */
  public void scenarioOpened() {
    available.set(true);
  }

  /** The printers to use; tests record a job instead of printing. */
  public void usePrinters(PrinterService service) {
    this.printers = Objects.requireNonNull(service);
  }

  /**
   * Prints the report of {@code scenario} (with the follow-up kept beside {@code scenarioFile},
   * if any) after the user has chosen a printer; call it on the FX thread.
   *
   * @return the printing task, or empty when the dialog was cancelled or there is no printer
   */
  public Optional<BackgroundTask<Integer>> print(Window owner, Scenario scenario,
      Path scenarioFile) {
    I18n ui = i18n.get();
    String name = scenario.name().isBlank() ? ui.t("file.untitled") : scenario.name();
    Optional<PrinterService.PrintJob> chosen;
    try {
      chosen = printers.showPrintDialog(owner, name);
    } catch (PrinterService.NoPrinterException e) {
      dialogs.get().error(ui.t("print.error.title"), ui.t("print.error.noPrinter"));
      return Optional.empty();
    }
    return chosen.map(job -> print(job, scenario, scenarioFile, name));
  }

  private BackgroundTask<Integer> print(PrinterService.PrintJob job, Scenario scenario,
      Path scenarioFile, String name) {
    I18n reportLanguage = I18n.forLanguage(scenario.language());
    ReportBuilder builder = new ReportBuilder(services.engine(), new ReportCharts(), LocalDate::now);
    ReportWriter writer = new ReportWriter();
    status.accept(i18n.get().t("print.status.preparing", name));
    BackgroundTask<Integer> task = BackgroundTask.withProgress(p -> {
      FollowUp followUp = scenarioFile == null ? FollowUp.empty()
          : new FollowUpFiles().readBeside(scenarioFile);
      // The report's content is a third of the work, printing its pages the rest.
      var doc = builder.build(scenario, followUp, reportLanguage, new ReportBuilder.Progress() {
        @Override
        public void step(int done, int total) {
          p.step(done, total * 3.0);
        }

        @Override
        public boolean cancelled() {
          return p.cancelled();
        }
      });
      Path folder = Files.createTempDirectory("socialorg-print");
      Path pdf = folder.resolve("report.pdf");
      try {
        writer.write(doc, pdf);
        try (PDDocument written = Loader.loadPDF(pdf.toFile())) {
          PdfPages pages = new PdfPages(written);
          int count = pages.count();
          for (int i = 0; i < count && !p.cancelled(); i++) {
            job.printPage(pages.page(i, job.resolution()));
            p.step(1 + 2.0 * (i + 1) / count, 3);
          }
          if (p.cancelled()) {
            return 0;
          }
          job.end();
          return count;
        }
      } finally {
        Files.deleteIfExists(pdf);
        Files.deleteIfExists(folder);
      }
    });
    task.onSuccess(n -> status.accept(i18n.get().t("print.status.sent", name)))
        .onCancelled(() -> {
          job.cancel();
          status.accept(i18n.get().t("print.status.cancelled"));
        })
        .onFailure(e -> {
          job.cancel();
          I18n ui = i18n.get();
          status.accept(ui.t("print.error.title"));
          dialogs.get().error(ui.t("print.error.title"), e instanceof
              PrinterService.PrintFailedException ? ui.t("print.error.failed", e.getMessage())
              : BackgroundTask.message(ui, e));
        });
    progress.accept(task);
    return task.executeWith(services.executor());
  }
}
