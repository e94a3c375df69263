package se.socialorg.advisor.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.css.CssParser;
import javafx.css.Stylesheet;
import javafx.stage.Stage;
import se.socialorg.advisor.engine.DecisionEngine;
import se.socialorg.advisor.i18n.I18n;
import se.socialorg.advisor.store.DataDirectory;
import se.socialorg.advisor.store.scenario.AutosaveStore;
import se.socialorg.advisor.store.scenario.ScenarioFiles;

/** The JavaFX application: wires the services with plain constructors and shows the window. */
public class App extends Application {

  private static final Logger LOG = Logger.getLogger(App.class.getName());

  /** The warm-up thread, if one was started; joined before JavaFX first touches CSS. */
  private static volatile Thread warmUp;

  private StartOptions options;
  private AppServices services;
  private MainWindow window;

  /**
   * Warms up, on the second core while JavaFX itself starts, what the first frame needs and JavaFX
   * cannot yet do on its own thread: the preferences node, the texts, the theme's binary
   * stylesheet and the CSS parser behind the app stylesheet (issue 8, see
   * docs/decisions/0005-startup.md). It loads and parses only to warm class loading and static
   * initialisation; nothing is shared with the window, and no control class is touched (their
   * initialisation needs the running toolkit). {@link #init()} waits for it, so no class is ever
   * initialised by two threads at once.
   */
  public static void warmUpInBackground() {
    Thread warm = new Thread(() -> {
      try {
        AppPreferences prefs = AppPreferences.forUser();
        I18n.forLanguage(prefs.get(AppPreferences.Key.LANGUAGE));
        Theme theme = Theme.of(prefs.get(AppPreferences.Key.THEME));
        Stylesheet.loadBinary(App.class.getResource(theme.userAgentStylesheetBinary()));
        new CssParser().parse(App.class.getResource(Theme.APP_CSS));
      } catch (IOException | RuntimeException | LinkageError e) {
        LOG.log(Level.FINE, "Start-up warm-up skipped", e);
      }
    }, "startup-warm-up");
    warm.setDaemon(true);
    warmUp = warm;
    warm.start();
  }

  /**
   * Runs on the JavaFX launcher thread once the toolkit is up and before {@link #start}: hands the
   * theme's stylesheet to the FX thread first, which loads it while this thread builds the
   * services the window needs (issue 8).
   */
  @Override
  public void init() throws InterruptedException {
    Thread warm = warmUp;
    if (warm != null) {
      warm.join();
    }
    AppPreferences prefs = AppPreferences.forUser();
    Theme.of(prefs.get(AppPreferences.Key.THEME)).installUserAgentStylesheet();
    options = StartOptions.parse(getParameters().getRaw());
    DataDirectory data = DataDirectory.resolve(options.dataDir());
    AppLogging.install(data.logs());
    AppExecutor executor = AppExecutor.background();
    services = new AppServices(data, prefs, executor, new ScenarioFiles(),
        new AutosaveStore(data.autosave()), Library.openLater(data.database(), executor),
        new DecisionEngine());
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
      if (options.file() != null) {
        window.fileActions().open(Path.of(options.file()));
      } else {
        window.fileActions().offerRecovery();
      }
      if (options.startupTime()) {
        StartupTimer.report(StartupTimer.MENU_LINE);
      }
      if (options.exitAfterPaint()) {
        Platform.exit();
      }
    });
    LOG.log(Level.INFO, "Started; data folder {0}", services.dataDirectory().root());
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
