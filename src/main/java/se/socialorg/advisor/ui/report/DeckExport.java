package se.socialorg.advisor.ui.report;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import se.socialorg.advisor.engine.Advice;
import se.socialorg.advisor.i18n.I18n;
import se.socialorg.advisor.model.FollowUp;
import se.socialorg.advisor.model.Scenario;
import se.socialorg.advisor.present.report.DeckBuilder;
import se.socialorg.advisor.present.report.ReportBuilder;
import se.socialorg.advisor.store.followup.FollowUpFiles;
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

  private final AppServices services;
  private final Supplier<Dialogs> dialogs;
  private final Supplier<I18n> i18n;
  private final Consumer<String> status;
  private final Consumer<BackgroundTask<?>> progress;

  /**
   * @param status shows a line in the status bar
   * @param progress shows a running task's progress (e.g. a progress bar bound to it)
   */
  public DeckExport(AppServices services, Supplier<Dialogs> dialogs, Supplier<I18n> i18n,
      Consumer<String> status, Consumer<BackgroundTask<?>> progress) {
    this.services = services;
    this.dialogs = dialogs;
    this.i18n = i18n;
    this.status = status;
    this.progress = progress;
  }

  /**
   * Asks where to save, then writes the deck, with the follow-up kept beside {@code scenarioFile}
   * (none when it is null).
   */
  public Optional<BackgroundTask<Path>> export(Scenario scenario, Path scenarioFile) {
    I18n ui = i18n.get();
    if (Advice.restsOnDefaultsOnly(scenario.inputs())
        && !dialogs.get().confirm(ui.t("advice.export.defaults.title"),
            ui.t("advice.export.defaults.text"))) {
      return Optional.empty();
    }
    return dialogs.get()
        .chooseSave(ui.t("deck.save.title"), ExportWords.baseName(scenario, "deck") + ".pptx",
            ui.t("deck.save.filter"), "*.pptx")
        .map(DeckExport::withExtension)
        .map(f -> export(scenario, scenarioFile, f));
  }

  /** Writes the deck to {@code file} in a background task. */
  public BackgroundTask<Path> export(Scenario scenario, Path scenarioFile, Path file) {
    DeckBuilder builder = new DeckBuilder(new ReportBuilder(services.engine(),
        new ReportCharts(), LocalDate::now), new FigurePainter());
    status.accept(i18n.get().t("deck.status.writing"));
    BackgroundTask<Path> task = BackgroundTask.withProgress(progress -> {
      FollowUp followUp = scenarioFile == null ? FollowUp.empty()
          : new FollowUpFiles().readBeside(scenarioFile);
      var deck = builder.build(scenario, followUp, I18n.forLanguage(scenario.language()),
          new ReportBuilder.Progress() {
            @Override
            public void step(int done, int total) {
              progress.step(done, total + 1.0);
            }

            @Override
            public boolean cancelled() {
              return progress.cancelled();
            }
          });
      new DeckWriter().write(deck, file);
      return file;
    });
    task.onSuccess(f -> status.accept(i18n.get().t("deck.status.saved", f.toString())))
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


  private static Path withExtension(Path file) {
    String name = file.getFileName().toString();
    return name.toLowerCase(Locale.ROOT).endsWith(".pptx") ? file
        : file.resolveSibling(name + ".pptx");
  }
}
