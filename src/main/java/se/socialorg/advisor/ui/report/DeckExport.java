package se.socialorg.advisor.ui.report;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import se.socialorg.advisor.i18n.I18n;
import se.socialorg.advisor.model.Scenario;
import se.socialorg.advisor.present.report.DeckBuilder;
import se.socialorg.advisor.present.report.ReportBuilder;
import se.socialorg.advisor.store.report.DeckWriter;
import se.socialorg.advisor.ui.AppServices;
import se.socialorg.advisor.ui.BackgroundTask;
import se.socialorg.advisor.ui.Dialogs;
import se.socialorg.advisor.ui.charts.FigurePainter;

/**
 * File > Export > Board deck (PowerPoint): asks for a file, then writes the deck in the
 * scenario's language in a task on the app's executor, the same way {@link ReportExport} writes
 * the PDF (same content, the same charts as pictures, same failure messages). The window shows
 * the task's progress; a failure is told in a short translated dialog and leaves no half-written
 * file.
 */
public final class DeckExport {

  private final ExportRun run;

  /**
   * @param status shows a line in the status bar
   * @param progress shows a running task's progress (e.g. a progress bar bound to it)
   */
  public DeckExport(AppServices services, Supplier<Dialogs> dialogs, Supplier<I18n> i18n,
      Consumer<String> status, Consumer<BackgroundTask<?>> progress) {
    this.run = new ExportRun(services, dialogs, i18n, status, progress);
  }

  /**
   * Asks where to save, then writes the deck, with the follow-up kept beside {@code scenarioFile}
   * (none when it is null).
   */
  public Optional<BackgroundTask<Path>> export(Scenario scenario, Path scenarioFile) {
    if (!run.defaultsAccepted(scenario)) {
      return Optional.empty();
    }
    return run.chooseFile(scenario, "deck", ".pptx", "deck.save.title", "deck.save.filter")
        .map(f -> export(scenario, scenarioFile, f));
  }

  /** Writes the deck to {@code file} in a background task. */
  public BackgroundTask<Path> export(Scenario scenario, Path scenarioFile, Path file) {
    run.status("deck.status.writing");
    return run.start(BackgroundTask.withProgress(progress -> {
      // Made here, off the FX thread, as for the PDF: loading PDFBox would delay the progress bar.
      DeckBuilder builder = new DeckBuilder(new ReportBuilder(run.services().engine(),
          new ReportCharts(), LocalDate::now), new FigurePainter());
      var deck = builder.build(scenario, ExportRun.followUpBeside(scenarioFile),
          I18n.forLanguage(scenario.language()), ExportRun.builderProgress(progress));
      new DeckWriter().write(deck, file);
      return file;
    }), "deck.status.saved");
  }
}
