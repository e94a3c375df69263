package se.socialorg.advisor.ui.report;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import se.socialorg.advisor.engine.Advice;
import se.socialorg.advisor.i18n.I18n;
import se.socialorg.advisor.model.FollowUp;
import se.socialorg.advisor.model.Scenario;
import se.socialorg.advisor.present.report.ReportBuilder;
import se.socialorg.advisor.store.followup.FollowUpFileException;
import se.socialorg.advisor.store.followup.FollowUpFiles;
import se.socialorg.advisor.store.report.ReportException;
import se.socialorg.advisor.ui.AppServices;
import se.socialorg.advisor.ui.BackgroundTask;
import se.socialorg.advisor.ui.Dialogs;

/**
 * What the report, CSV and deck exports share: the warning before a board document made from
 * defaults alone, the file asked for, the follow-up read beside the scenario, and the task run
 * with its progress, its status lines and the one failure path.
 */
final class ExportRun {

  private final AppServices services;
  private final Supplier<Dialogs> dialogs;
  private final Supplier<I18n> i18n;
  private final Consumer<String> status;
  private final Consumer<BackgroundTask<?>> progress;

  ExportRun(AppServices services, Supplier<Dialogs> dialogs, Supplier<I18n> i18n,
      Consumer<String> status, Consumer<BackgroundTask<?>> progress) {
    this.services = services;
    this.dialogs = dialogs;
    this.i18n = i18n;
    this.status = status;
    this.progress = progress;
  }

  AppServices services() {
    return services;
  }

  /** The window's language now. */
  I18n ui() {
    return i18n.get();
  }

  /** A line in the status bar, in the window's language. */
  void status(String key, Object... args) {
    status.accept(i18n.get().t(key, args));
  }

  /**
   * Whether to go on: a board document from defaults alone is made only after the manager has
   * said so.
   */
  boolean defaultsAccepted(Scenario scenario) {
    I18n ui = i18n.get();
    return !Advice.restsOnDefaultsOnly(scenario.inputs())
        || dialogs.get().confirm(ui.t("advice.export.defaults.title"),
            ui.t("advice.export.defaults.text"));
  }

  /**
   * Asks where to save, offering the scenario's name (else {@code fallback}); the answer ends in
   * {@code ext} (".pdf") whether or not it was typed.
   */
  Optional<Path> chooseFile(Scenario scenario, String fallback, String ext, String titleKey,
      String filterKey) {
    I18n ui = i18n.get();
    return dialogs.get()
        .chooseSave(ui.t(titleKey), baseName(scenario, fallback) + ext, ui.t(filterKey),
            "*" + ext)
        .map(f -> withExtension(f, ext));
  }

  /** The follow-up kept beside {@code scenarioFile}; none when it is null or has none. */
  static FollowUp followUpBeside(Path scenarioFile) throws FollowUpFileException {
    return scenarioFile == null ? FollowUp.empty() : new FollowUpFiles().readBeside(scenarioFile);
  }

  /** The report builder's progress told to the task, one step left for writing the file. */
  static ReportBuilder.Progress builderProgress(BackgroundTask.Progress task) {
    return new ReportBuilder.Progress() {
      @Override
      public void step(int done, int total) {
        task.step(done, total + 1.0);
      }

      @Override
      public boolean cancelled() {
        return task.cancelled();
      }
    };
  }

  /** Status on success and cancel, progress in the window, the one failure path. */
  BackgroundTask<Path> start(BackgroundTask<Path> task, String savedKey) {
    task.onSuccess(f -> status(savedKey, f.toString()))
        .onCancelled(() -> status("report.status.cancelled"))
        .onFailure(this::failed);
    progress.accept(task);
    return task.executeWith(services.executor());
  }

  /** Tells of a failure (already logged once by the task) in the manager's words. */
  private void failed(Throwable error) {
    I18n ui = i18n.get();
    String message;
    if (error instanceof ReportException) {
      message = BackgroundTask.message(ui, error);
    } else if (error instanceof java.io.IOException io) {
      message = ui.t("report.error.io", String.valueOf(io.getMessage()));
    } else {
      message = ui.t("report.error.unexpected", String.valueOf(error));
    }
    status.accept(ui.t("report.error.title"));
    dialogs.get().error(ui.t("report.error.title"), message);
  }

  /** The scenario's name fit for a file name, or {@code fallback} when it has none. */
  static String baseName(Scenario s, String fallback) {
    String name = s.name().isBlank() ? fallback : s.name();
    String clean = name.replaceAll("[\\\\/:*?\"<>|]+", " ").trim();
    return clean.isEmpty() ? fallback : clean;
  }

  private static Path withExtension(Path file, String ext) {
    String name = file.getFileName().toString();
    return name.toLowerCase(Locale.ROOT).endsWith(ext) ? file : file.resolveSibling(name + ext);
  }
}
