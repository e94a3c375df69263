package se.socialorg.advisor.ui;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Application;
import javafx.stage.Stage;
import java.nio.file.Path;
import se.socialorg.advisor.engine.DecisionEngine;
import se.socialorg.advisor.i18n.I18n;
import se.socialorg.advisor.store.DataDirectory;
import se.socialorg.advisor.store.scenario.AutosaveStore;
import se.socialorg.advisor.store.scenario.ScenarioFiles;

/** The JavaFX application: wires the services with plain constructors and shows the window. */
public class App extends Application {

  private static final Logger LOG = Logger.getLogger(App.class.getName());

  private AppServices services;
  private MainWindow window;

  /**
   * Starts, on a second core while JavaFX itself starts, the work the first window would
   * otherwise do on the FX thread: Jackson and the scenario reader, the engine's tables, the
   * preferences node, the texts and the XML parser behind FXML (issue 8, see
   * docs/decisions/0005-startup.md). Only loads and warms; nothing is shared with the window.
   */
  public static void warmUpInBackground() {
    Thread warm = new Thread(() -> {
      try {
        new ScenarioFiles();
        new DecisionEngine();
        I18n.forLanguage(AppPreferences.forUser().get(AppPreferences.Key.LANGUAGE));
        javax.xml.stream.XMLInputFactory.newFactory();
        ClassLoader loader = App.class.getClassLoader();
        for (String name : WARM_CLASSES) {
          Class.forName(name, false, loader);
        }
      } catch (ClassNotFoundException | RuntimeException | LinkageError e) {
        LOG.log(Level.FINE, "Start-up warm-up skipped", e);
      }
    }, "startup-warm-up");
    warm.setDaemon(true);
    warm.start();
  }

  /** Loaded (not initialised) ahead of the first window. */
  private static final List<String> WARM_CLASSES = List.of(
      "javafx.fxml.FXMLLoader",
      "se.socialorg.advisor.ui.MainWindow",
      "se.socialorg.advisor.ui.MainWindowController",
      "se.socialorg.advisor.ui.HomeController",
      "javafx.scene.control.MenuBar",
      "javafx.scene.control.skin.MenuBarSkin",
      "javafx.scene.control.Hyperlink",
      "javafx.scene.control.skin.HyperlinkSkin",
      "javafx.scene.control.skin.ButtonSkin",
      "javafx.scene.control.skin.LabelSkin");

  @Override
  public void start(Stage stage) {
    StartOptions options = StartOptions.parse(getParameters().getRaw());
    DataDirectory data = DataDirectory.resolve(options.dataDir());
    AppLogging.install(data.logs());
    AppPreferences prefs = AppPreferences.forUser();
    AppExecutor executor = AppExecutor.background();
    services = new AppServices(data, prefs, executor, new ScenarioFiles(),
        new AutosaveStore(data.autosave()), Library.openInBackground(data.database(), executor),
        new DecisionEngine());
    MainWindow[] holder = new MainWindow[1];
    Dialogs dialogs = new FxDialogs(() -> stage, () -> holder[0].i18n(), prefs);
    window = new MainWindow(stage, services, dialogs);
    holder[0] = window;
    new ErrorReporter(() -> dialogs, window::i18n).install();
    window.show();
    if (options.file() != null) {
      window.fileActions().open(Path.of(options.file()));
    } else {
      window.fileActions().offerRecovery();
    }
    LOG.log(Level.INFO, "Started; data folder {0}", data.root());
    if (options.startupTime()) {
      StartupTimer.reportAfterFirstPaint(stage.getScene(), options.exitAfterPaint());
    }
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
