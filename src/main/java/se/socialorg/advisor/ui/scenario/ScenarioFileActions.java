package se.socialorg.advisor.ui.scenario;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.animation.PauseTransition;
import javafx.util.Duration;
import se.socialorg.advisor.i18n.I18n;
import se.socialorg.advisor.model.Scenario;
import se.socialorg.advisor.store.scenario.AutosaveStore;
import se.socialorg.advisor.store.scenario.UnreadableScenarioException;
import se.socialorg.advisor.store.scenario.Sample;
import se.socialorg.advisor.store.scenario.Samples;
import se.socialorg.advisor.store.scenario.ScenarioFileException;
import se.socialorg.advisor.store.scenario.ScenarioFileNames;
import se.socialorg.advisor.store.scenario.ScenarioFiles;
import se.socialorg.advisor.ui.AppExecutor;
import se.socialorg.advisor.ui.BackgroundTask;
import se.socialorg.advisor.ui.AppPreferences;
import se.socialorg.advisor.ui.Dialogs;

/**
 * New, Open, Open recent, Save, Save as and autosave for the {@link ScenarioSession}, with the
 * unsaved-changes prompt. File work runs as tasks on the app executor; results come back on the
 * FX thread.
 */
public final class ScenarioFileActions {

  /** Quiet time after the last edit before the working scenario is autosaved. */
  static final Duration AUTOSAVE_DELAY = Duration.seconds(2);

  private final ScenarioSession session;
  private final ScenarioFiles files;
  private final AutosaveStore autosave;
  private final Samples samples;
  private final AppPreferences preferences;
  private final AppExecutor executor;
  private final Supplier<Dialogs> dialogs;
  private final Supplier<I18n> i18n;
  private final Consumer<String> status;
  private final PauseTransition autosaveTimer = new PauseTransition(AUTOSAVE_DELAY);
  private Runnable afterOpen = () -> {};

  public ScenarioFileActions(
      ScenarioSession session,
      ScenarioFiles files,
      AutosaveStore autosave,
      AppPreferences preferences,
      AppExecutor executor,
      Supplier<Dialogs> dialogs,
      Supplier<I18n> i18n,
      Consumer<String> status) {
    this.session = session;
    this.files = files;
    this.autosave = autosave;
    this.samples = new Samples(files);
    this.preferences = preferences;
    this.executor = executor;
    this.dialogs = dialogs;
    this.i18n = i18n;
    this.status = status;
    autosaveTimer.setOnFinished(e -> autosaveNow());
    session.scenarioProperty().addListener((obs, old, now) -> {
      if (session.isDirty()) {
        autosaveTimer.playFromStart();
      }
    });
    // Undo back to the saved state: the autosaved copy of later edits is no longer work to save.
    session.dirtyProperty().addListener((obs, was, now) -> {
      if (was && !now) {
        clearAutosave();
      }
    });
  }

  public ScenarioSession session() {
    return session;
  }

  public Samples samples() {
    return samples;
  }

  /** What to do after a scenario was opened, created or recovered (e.g. show the wizard). */
  public void setAfterOpen(Runnable afterOpen) {
    this.afterOpen = afterOpen;
  }

  /** Starts a blank scenario, after asking about unsaved changes. */
  public void newScenario() {
    whenDiscardAllowed(() -> {
      Scenario blank = Scenario.blank();
      session.replace(
          new Scenario(blank.name(), blank.organisationName(), i18n.get().language(),
              blank.inputs(), 0, blank.decision()),
          null,
          false);
      afterOpen.run();
    });
  }

  /** Asks for a file and opens it. */
  public void open() {
    whenDiscardAllowed(() -> {
      I18n t = i18n.get();
      dialogs
          .get()
          .chooseOpen(t.t("file.open.title"), t.t("file.filter"), "*" + ScenarioFiles.EXTENSION)
          .ifPresent(this::read);
    });
  }

  /** Opens a given file (recent list, command line), after asking about unsaved changes. */
  public void open(Path file) {
    whenDiscardAllowed(() -> read(file));
  }

  /** Opens a bundled sample as a new, unsaved scenario. */
  public void openSample(Sample sample) {
    whenDiscardAllowed(() -> BackgroundTask.wrap(() -> samples.open(sample))
        .onSuccess(s -> {
          session.replace(s, null, false);
          afterOpen.run();
        })
        .onFailure(e -> failed(i18n.get().t("file.open.failed", i18n.get().t(sample.titleKey())), e))
        .executeWith(executor));
  }

  private void read(Path file) {
    BackgroundTask.wrap(() -> files.read(file))
        .onSuccess(s -> {
          session.replace(s, file, false);
          preferences.addRecentFile(file);
          status.accept(i18n.get().t("file.opened", file.getFileName()));
          afterOpen.run();
        })
        .onFailure(e -> {
          if (!Files.exists(file)) {
            preferences.removeRecentFile(file);
          }
          failed(i18n.get().t("file.open.failed", file.getFileName()), e);
        })
        .executeWith(executor);
  }

  /** Saves to the current file, or asks for one. */
  public void save() {
    save(() -> {});
  }

  /** Saves to a file the user chooses. */
  public void saveAs() {
    saveAs(() -> {});
  }

  private void save(Runnable then) {
    if (session.file() == null) {
      saveAs(then);
    } else {
      write(session.file(), then);
    }
  }

  private void saveAs(Runnable then) {
    I18n t = i18n.get();
    String initial =
        session.file() != null
            ? session.file().getFileName().toString()
            : ScenarioFileNames.suggested(session.scenario(), t.t("file.untitled"));
    dialogs
        .get()
        .chooseSave(t.t("file.saveAs.title"), initial, t.t("file.filter"), "*" + ScenarioFiles.EXTENSION)
        .map(ScenarioFileNames::withExtension)
        .ifPresent(f -> write(f, then));
  }

  private void write(Path file, Runnable then) {
    Scenario snapshot = session.scenario();
    BackgroundTask.wrap(() -> {
          files.write(snapshot, file);
          return null;
        })
        .onSuccess(v -> {
          session.markSaved(snapshot, file);
          preferences.addRecentFile(file);
          clearAutosave();
          status.accept(i18n.get().t("file.saved", file.getFileName(),
              java.time.LocalTime.now().format(DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
                  .withLocale(i18n.get().locale()))));
          then.run();
        })
        .onFailure(e -> failed(i18n.get().t("file.save.failed", file.getFileName()), e))
        .executeWith(executor);
  }

  /**
   * Runs {@code action} once unsaved changes are dealt with: saved, dropped, or (Cancel) not run.
   */
  public void whenDiscardAllowed(Runnable action) {
    if (!session.isDirty()) {
      action.run();
      return;
    }
    String name = session.displayName(ScenarioFiles.EXTENSION);
    switch (dialogs.get().askSaveChanges(name == null ? i18n.get().t("file.untitled") : name)) {
      case SAVE -> save(action);
      case DONT_SAVE -> action.run();
      case CANCEL -> { }
    }
  }

  /** At start: offers the autosaved working scenario after a crash. */
  public void offerRecovery() {
    // A recovery that cannot be read is logged (once) and not offered: nothing to tell the manager.
    BackgroundTask.wrap(autosave::pending)
        .onSuccess(pending -> pending.ifPresent(r -> {
          I18n t = i18n.get();
          RecoveryOffer offer = RecoveryOffer.of(r, t, ZoneId.systemDefault());
          switch (dialogs.get().choose(offer.title(), offer.message(), offer.recover(),
              offer.discard())) {
            case 0 -> {
              session.replace(r.scenario(), r.originalFile(), true);
              afterOpen.run();
            }
            case 1 -> clearAutosave();
            default -> { } // no answer (the real dialog needs one): nothing opened, nothing lost
          }
        }))
        .executeWith(executor);
  }

  /** Writes the working scenario to the autosave file now (also used before quitting). */
  public void autosaveNow() {
    if (!session.isDirty()) {
      return;
    }
    Scenario snapshot = session.scenario();
    Path original = session.file();
    // A failed autosave is logged; the manager's own file is untouched, so no dialog, but the
    // status bar says that crash protection is paused and what to do.
    BackgroundTask.wrap(() -> {
      autosave.save(snapshot, original);
      return null;
    }).onFailure(e -> status.accept(i18n.get().t(se.socialorg.advisor.store.DiskFull.is(e)
        ? "autosave.failed.diskFull" : "autosave.failed")))
        .executeWith(executor);
  }

  /** Forgets the autosave: after a save, or a clean exit. */
  public void clearAutosave() {
    autosaveTimer.stop();
    BackgroundTask.wrap(() -> {
      autosave.clear();
      return null;
    }).executeWith(executor);
  }

  /**
   * The one failure path of the file actions, after {@link BackgroundTask} has logged the error:
   * a translated message saying what went wrong with which file.
   */
  private void failed(String title, Throwable e) {
    I18n t = i18n.get();
    String message = e instanceof ScenarioFileException sfe ? sfe.localized(t)
        : e instanceof UnreadableScenarioException u
            ? t.t("scenario.save.unreadable", u.reason().localized(t))
        : se.socialorg.advisor.store.DiskFull.is(e) ? t.t("file.diskFull")
        : t.t("file.ioError", e.getLocalizedMessage() == null ? e.getClass().getSimpleName()
            : e.getLocalizedMessage());
    dialogs.get().error(title, message);
  }
}
