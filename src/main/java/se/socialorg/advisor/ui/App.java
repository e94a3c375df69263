package se.socialorg.advisor.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.css.Stylesheet;
import javafx.stage.Stage;
import se.socialorg.advisor.engine.DecisionEngine;
import se.socialorg.advisor.i18n.I18n;
import se.socialorg.advisor.store.DataDirectory;
import se.socialorg.advisor.store.scenario.AutosaveStore;
import se.socialorg.advisor.store.scenario.ScenarioFiles;

/** The JavaFX application: wires the services with plain constructors and shows the window. */
public class App extends Application {

  /**
   * Looked up when first used, not when the class is loaded: the logging framework then starts on
   * the preparation thread, not on the main thread on its way to JavaFX (issue 21).
   */
  private static Logger log() {
    return Logger.getLogger(App.class.getName());
  }

  /** The services being prepared in the background, if {@link #prepareInBackground} ran. */
  private static volatile CompletableFuture<Prepared> preparing;

  private StartOptions options;
  private AppServices services;
  private MainWindow window;

  /** What the window needs that is not JavaFX: its options and services. */
  private record Prepared(StartOptions options, AppServices services) {}

  /**
   * Prepares, on the second core while JavaFX itself starts, what the first frame needs and does
   * not need the toolkit for (issue 8, see docs/decisions/0005-startup.md): the options, data
   * folder, log, preferences and services; and it warms the texts and the binary stylesheet
   * loader (the theme's stylesheet is read once to warm class loading; nothing of that is shared).
   * Both stylesheets are binary: the app's app.bss is written at build time (issue 21), so nothing
   * on the way to the first frame parses CSS. No control class is touched: their initialisation
   * needs the running toolkit.
   * {@link #init()} waits for it, so no class is ever initialised by two threads at once.
   */
  public static void prepareInBackground(String[] args) {
    CompletableFuture<Prepared> future = new CompletableFuture<>();
    Thread thread = new Thread(() -> {
      try {
        future.complete(prepare(List.of(args)));
      } catch (RuntimeException | Error e) {
        future.completeExceptionally(e);
      }
    }, "startup-preparation");
    thread.setDaemon(true);
    preparing = future;
    thread.start();
  }

  private static Prepared prepare(List<String> args) {
    AppPreferences prefs = AppPreferences.forUser();
    I18n.forLanguage(prefs.get(AppPreferences.Key.LANGUAGE));
    warmUpStylesheets(Theme.of(prefs.get(AppPreferences.Key.THEME)));
    StartOptions options = StartOptions.parse(args);
    DataDirectory data = DataDirectory.resolve(options.dataDir());
    AppLogging.install(data.logs());
    AppExecutor executor = AppExecutor.background();
    AppServices services = new AppServices(data, prefs, executor, new ScenarioFiles(),
        new AutosaveStore(data.autosave()), Library.openLater(data.database(), executor),
        new DecisionEngine());
    return new Prepared(options, services);
  }

  private static void warmUpStylesheets(Theme theme) {
    try {
      Stylesheet.loadBinary(App.class.getResource(theme.userAgentStylesheetBinary()));
    } catch (IOException | RuntimeException e) {
      log().log(Level.FINE, "Stylesheet warm-up skipped", e);
    }
  }

  /**
   * Runs on the JavaFX launcher thread once the toolkit is up and before {@link #start}: takes the
   * prepared services (or prepares them now) and hands the theme's stylesheet to the FX thread.
   */
  @Override
  public void init() {
    CompletableFuture<Prepared> future = preparing;
    Prepared prepared;
    if (future == null) {
      prepared = prepare(getParameters().getRaw());
    } else {
      try {
        prepared = future.join();
      } catch (CompletionException e) {
        throw e.getCause() instanceof RuntimeException r ? r : e;
      }
    }
    options = prepared.options();
    services = prepared.services();
    Theme.of(services.preferences().get(AppPreferences.Key.THEME)).installUserAgentStylesheet();
  }

  @Override
  public void start(Stage stage) {
    AppPreferences prefs = services.preferences();
    MainWindow[] holder = new MainWindow[1];
    Dialogs dialogs = new FxDialogs(() -> stage, () -> holder[0].i18n(), prefs);
    window = new MainWindow(stage, services, dialogs);
    holder[0] = window;
    new ErrorReporter(() -> dialogs, window::i18n).install();
    if (options.startupTime()) {
      StartupTimer.reportFirstFrame();
    }
    window.show(() -> {
      // Background work starts once the window is complete, so it does not slow the first frame.
      services.library().startOpening();
      removeCrashLeftovers(services);
      if (options.file() != null) {
        window.fileActions().open(Path.of(options.file()));
      } else {
        window.fileActions().offerRecovery();
        if (!options.exitAfterPaint()) {
          se.socialorg.advisor.ui.help.HelpWindow.offerIntroduction(window);
        }
      }
      if (options.startupTime()) {
        StartupTimer.report(StartupTimer.MENU_LINE);
      }
      // Its file checks and the process start are I/O: on the executor, not the FX thread.
      BackgroundTask.wrap(() -> {
        StartupArchive.makeWhenMissing();
        return null;
      }).executeWith(services.executor());
      if (options.exitAfterPaint()) {
        Platform.exit();
      }
    });
    log().log(Level.INFO, "Started; data folder {0}", services.dataDirectory().root());
  }

  /**
   * Temporary files a crash left beside the recent scenarios (the autosave folder is cleaned when
   * it is looked at): only the app's own pattern, only older than this session (AtomicFiles).
   */
  private static void removeCrashLeftovers(AppServices services) {
    List<Path> recent = services.preferences().recentFiles();
    BackgroundTask.wrap(() -> {
      recent.forEach(se.socialorg.advisor.store.AtomicFiles::removeStaleTemps);
      return null;
    }).executeWith(services.executor());
  }

  @Override
  public void stop() {
    if (services != null) {
      services.library().close();
      services.executor().shutdown();
      services.preferences().flush();
    }
  }


  /** Command-line options of the window mode. */
  record StartOptions(String dataDir, boolean startupTime, boolean exitAfterPaint, String file) {
    static StartOptions parse(List<String> args) {
      String dataDir = null;
      String file = null;
      boolean time = Boolean.getBoolean("socialorg.startupTime");
      boolean exit = Boolean.getBoolean("socialorg.exitAfterPaint");
      for (int i = 0; i < args.size(); i++) {
        String a = args.get(i);
        switch (a) {
          case "--data-dir" -> dataDir = i + 1 < args.size() ? args.get(++i) : null;
          case "--startup-time" -> time = true;
          case "--exit-after-paint" -> exit = true;
          default -> {
            if (a.startsWith("--data-dir=")) {
              dataDir = a.substring("--data-dir=".length());
            } else if (!a.startsWith("--")) {
              file = a;
            }
          }
        }
      }
      return new StartOptions(dataDir, time, exit, file);
    }
  }
}
