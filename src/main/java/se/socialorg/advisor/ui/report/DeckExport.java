package se.socialorg.advisor.ui.report;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.concurrent.Task;
import se.socialorg.advisor.engine.Advice;
import se.socialorg.advisor.i18n.I18n;
import se.socialorg.advisor.model.FollowUp;
import se.socialorg.advisor.model.Scenario;
import se.socialorg.advisor.present.report.DeckBuilder;
import se.socialorg.advisor.present.report.ReportBuilder;
import se.socialorg.advisor.store.followup.FollowUpFiles;
import se.socialorg.advisor.store.report.DeckWriter;
import se.socialorg.advisor.store.report.ReportException;
import se.socialorg.advisor.ui.AppServices;
import se.socialorg.advisor.ui.Dialogs;

/**
 * File > Export > Board deck (PowerPoint): asks for a file, then writes the deck in the
 * scenario's language in a task on the app's executor, the same way {@link ReportExport} writes
 * the PDF (same content, same pictures, same failure messages). The window shows the task's
 * progress; a failure is told in a short translated dialog and leaves no half-written file.
 */
public final class DeckExport {

  private static final Logger LOG = Logger.getLogger(DeckExport.class.getName());

  private final AppServices services;
  private final Supplier<Dialogs> dialogs;
  private final Supplier<I18n> i18n;
  private final Consumer<String> status;
  private final Consumer<Task<?>> progress;

  /**
   * @param status shows a line in the status bar
   * @param progress shows a running task's progress (e.g. a progress bar bound to it)
   */
  public DeckExport(AppServices services, Supplier<Dialogs> dialogs, Supplier<I18n> i18n,
      Consumer<String> status, Consumer<Task<?>> progress) {
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
  public Optional<Task<Path>> export(Scenario scenario, Path scenarioFile) {
    I18n ui = i18n.get();
    if (Advice.restsOnDefaultsOnly(scenario.inputs())
        && !dialogs.get().confirm(ui.t("advice.export.defaults.title"),
            ui.t("advice.export.defaults.text"))) {
      return Optional.empty();
    }
    return dialogs.get()
        .chooseSave(ui.t("deck.save.title"), baseName(scenario) + ".pptx",
            ui.t("deck.save.filter"), "*.pptx")
        .map(DeckExport::withExtension)
        .map(f -> export(scenario, scenarioFile, f));
  }

  /** Writes the deck to {@code file} in a background task. */
  public Task<Path> export(Scenario scenario, Path scenarioFile, Path file) {
    Writing task = new Writing(new DeckBuilder(new ReportBuilder(services.engine(),
        new ReportCharts(), LocalDate::now)), scenario, scenarioFile, file,
        i18n.get().t("deck.status.writing"));
    task.setOnSucceeded(e -> status.accept(i18n.get().t("deck.status.saved", file.toString())));
    task.setOnCancelled(e -> status.accept(i18n.get().t("report.status.cancelled")));
    task.setOnFailed(e -> failed(task.getException()));
    progress.accept(task);
    return services.executor().submit(task);
  }

  /** The work: the report's content and pictures, then the deck written atomically. */
  private static final class Writing extends Task<Path> {
    private final DeckBuilder builder;
    private final Scenario scenario;
    private final Path scenarioFile;
    private final Path file;
    private final String message;

    Writing(DeckBuilder builder, Scenario scenario, Path scenarioFile, Path file, String message) {
      this.builder = builder;
      this.scenario = scenario;
      this.scenarioFile = scenarioFile;
      this.file = file;
      this.message = message;
    }

    @Override
    protected Path call() throws Exception {
      updateMessage(message);
      FollowUp followUp = scenarioFile == null ? FollowUp.empty()
          : new FollowUpFiles().readBeside(scenarioFile);
      var deck = builder.build(scenario, followUp, I18n.forLanguage(scenario.language()),
          new ReportBuilder.Progress() {
            @Override
            public void step(int done, int total) {
              updateProgress(done, total + 1);
            }

            @Override
            public boolean cancelled() {
              return isCancelled();
            }
          });
      new DeckWriter().write(deck, file);
      updateProgress(1, 1);
      return file;
    }
  }

  private void failed(Throwable error) {
    I18n ui = i18n.get();
    String message;
    if (error instanceof ReportException re) {
      message = ui.t(re.messageKey(), re.path().toString());
    } else if (error instanceof java.io.IOException io) {
      LOG.log(Level.WARNING, "Deck export failed", io);
      message = ui.t("report.error.io", String.valueOf(io.getMessage()));
    } else {
      LOG.log(Level.SEVERE, "Deck export failed", error);
      message = ui.t("report.error.unexpected", String.valueOf(error));
    }
    status.accept(ui.t("report.error.title"));
    dialogs.get().error(ui.t("report.error.title"), message);
  }

  private static String baseName(Scenario s) {
    String name = s.name().isBlank() ? "deck" : s.name();
    String clean = name.replaceAll("[\\\\/:*?\"<>|]+", " ").trim();
    return clean.isEmpty() ? "deck" : clean;
  }

  private static Path withExtension(Path file) {
    String name = file.getFileName().toString();
    return name.toLowerCase(Locale.ROOT).endsWith(".pptx") ? file
        : file.resolveSibling(name + ".pptx");
  }
}
