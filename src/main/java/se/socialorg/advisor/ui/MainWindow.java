package se.socialorg.advisor.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.EnumMap;
import java.util.Map;

import javafx.application.Platform;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import javafx.util.Callback;
import java.util.logging.Logger;
import se.socialorg.advisor.i18n.I18n;
import se.socialorg.advisor.ui.charts.Charts;
import se.socialorg.advisor.ui.library.LibraryController;
import se.socialorg.advisor.ui.wizard.WizardCharts;
import se.socialorg.advisor.ui.wizard.WizardController;
import se.socialorg.advisor.ui.wizard.WizardData;
import se.socialorg.advisor.ui.wizard.WizardViewModels;
import se.socialorg.advisor.ui.wizard.WizardModel;
import se.socialorg.advisor.ui.wizard.WizardServices;
import se.socialorg.advisor.store.scenario.ScenarioFiles;
import se.socialorg.advisor.ui.followup.FollowUpView;
import se.socialorg.advisor.ui.followup.FollowUpViewModel;
import se.socialorg.advisor.ui.scenario.CompareController;
import se.socialorg.advisor.ui.scenario.CompareViewModel;
import se.socialorg.advisor.ui.scenario.ScenarioFileActions;
import se.socialorg.advisor.ui.scenario.ScenarioSession;

/**
 * The main window: menu bar, navigation, the current screen and a status bar. Owns language and
 * theme; a language switch rebuilds the views while the work in progress stays in the models.
 */
public final class MainWindow implements ScreenHost {

  private static final Logger LOG = Logger.getLogger(MainWindow.class.getName());

  /** Smallest window the screens are laid out for. */
  public static final double MIN_WIDTH = 1024;

  public static final double MIN_HEIGHT = 700;

  private final Stage stage;
  private final AppServices services;
  private final Dialogs dialogs;
  private final Map<se.socialorg.advisor.ui.Screen, Parent> screens =
      new EnumMap<>(se.socialorg.advisor.ui.Screen.class);
  private I18n i18n;
  private Theme theme;
  private final ScenarioSession session = new ScenarioSession();
  private final ScenarioFileActions fileActions;
  private final ScreenModels models;
  /** The status bar's message; it outlives the views (a language switch rebuilds them). */
  final StatusViewModel statusModel = new StatusViewModel();
  private WizardController wizardController;
  private MainWindowController controller;
  private se.socialorg.advisor.ui.Screen current = se.socialorg.advisor.ui.Screen.HOME;
  /** True once the first frame is painted and the menu and the home screen are complete. */
  private boolean complete;
  private HomeController homeToComplete;
  // report export (issue 7)
  private final se.socialorg.advisor.ui.report.ReportExport reportExport;
  private final se.socialorg.advisor.ui.print.ReportPrint reportPrint;

  public MainWindow(Stage stage, AppServices services, Dialogs dialogs) {
    this.stage = stage;
    this.services = services;
    this.dialogs = dialogs;
    AppPreferences prefs = services.preferences();
    this.i18n = I18n.forLanguage(prefs.get(AppPreferences.Key.LANGUAGE));
    this.theme = Theme.of(prefs.get(AppPreferences.Key.THEME));
    this.fileActions = new ScenarioFileActions(session, services.scenarioFiles(),
        services.autosave(), prefs, services.executor(), () -> this.dialogs, () -> i18n,
        this::status);
    fileActions.setAfterOpen(this::scenarioOpened);
    this.models = new ScreenModels(session, services, dialogs, () -> i18n);
    this.reportExport = new se.socialorg.advisor.ui.report.ReportExport(services, () -> this.dialogs,
        () -> i18n, this::screenStatus, this::track);
    this.reportPrint = new se.socialorg.advisor.ui.print.ReportPrint(services, () -> this.dialogs,
        () -> i18n, this::screenStatus, this::track).follow(session);
    session.dirtyProperty().addListener((o, a, b) -> updateTitle());
    session.fileProperty().addListener((o, a, b) -> updateTitle());
    session.scenarioProperty().addListener((o, a, b) -> {
      if (!a.name().equals(b.name())) {
        updateTitle();
      }
    });
  }

  public ScenarioSession session() {
    return session;
  }

  public ScenarioFileActions fileActions() {
    return fileActions;
  }

  /** After New, Open, a sample or a recovery: the wizard, at the step the scenario was saved. */
  private void scenarioOpened() {
    reportPrint.scenarioOpened();
    updateTitle();
    screens.remove(se.socialorg.advisor.ui.Screen.HOME);
    wizardModel().reset();
    show(se.socialorg.advisor.ui.Screen.WIZARD);
  }

  /**
   * The comparison's state: lives as long as the wizard's model, so a language switch (which
   * rebuilds the views) keeps the compared scenarios. Made on first use.
   */
  public CompareViewModel compareViewModel() {
    return models.compare();
  }

  /**
   * The follow-up's state (decision record, plan, actuals) for the scenario being worked on; lives
   * as long as the window, so a language switch keeps it. Made on first use.
   */
  public FollowUpViewModel followUpViewModel() {
    return models.followUp();
  }

  /** The wizard's step and leaning view models, made with the wizard's model, kept as long. */
  public WizardViewModels wizardViewModels() {
    return models.wizard();
  }

  /** The wizard's state: which step, how far, what blocks Next. Made on first use. */
  public WizardModel wizardModel() {
    return models.wizardModel();
  }

  @Override
  public void cancelWizard() {
    fileActions.whenDiscardAllowed(() -> {
      if (session.isDirty()) {
        session.close();
        wizardModel().reset();
        fileActions.clearAutosave();
      }
      screens.remove(se.socialorg.advisor.ui.Screen.HOME);
      show(se.socialorg.advisor.ui.Screen.HOME);
    });
  }

  /** Tells of background work that failed; {@link BackgroundTask} has logged it already. */
  void reportError(Throwable error) {
    String detail = error == null || error.getLocalizedMessage() == null
        ? String.valueOf(error) : error.getLocalizedMessage();
    dialogs.error(i18n.t("error.unexpected.title"), i18n.t("error.unexpected.message", detail));
  }

  /** File > Export > Report (PDF)…, also the recommendation step's button (issue 7). */
  @Override
  public void exportReport() {
    reportExport.exportPdfBeside(session.scenario(), session.file());
  }

  /** File > Print (issue 19); tests give it printers that record the job. */
  public se.socialorg.advisor.ui.print.ReportPrint reportPrint() {
    return reportPrint;
  }

  /** File > Export > Board deck (PowerPoint)… (issue 19). */
  public void exportDeck() {
    new se.socialorg.advisor.ui.report.DeckExport(services, () -> dialogs, () -> i18n,
        this::screenStatus, this::track).export(session.scenario(), session.file());
  }

  private void track(BackgroundTask<?> task) {
    if (controller != null) {
      controller.track(task);
    }
  }

  /** File > Export > Scenario as CSV… (issue 7). */
  public void exportCsv() {
    reportExport.exportCsv(session.scenario());
  }

  /**
   * Shows a message about the screen in view ("Report saved as …"): it goes when the user moves
   * to another screen.
   */
  public void screenStatus(String text) {
    statusModel.showAbout(current, text);
  }

  /** Shows a short message in the status bar; it fades after a few seconds. */
  public void status(String text) {
    statusModel.show(text);
  }

  /** Builds the scene, restores the window's place and shows it. */
  public void show() {
    show(() -> { });
  }

  /**
   * Builds the scene, restores the window's place and shows it; the main menu follows right after
   * the first frame (issue 8), then {@code whenComplete} runs.
   */
  public void show(Runnable whenComplete) {
    // Before the first control: otherwise JavaFX loads its default stylesheet first.
    theme.installUserAgentStylesheet();
    Parent shellRoot = loadShell();
    theme.markRoot(shellRoot);
    // The app stylesheet goes on before the shell: nodes match their styles as soon as they are
    // in a scene, and adding a stylesheet afterwards would make every node match again.
    Scene scene = new Scene(new Region(), MIN_WIDTH, MIN_HEIGHT);
    theme.apply(scene);
    scene.setRoot(shellRoot);
    stage.setScene(scene);
    ScenarioMenuItems.addRedoShortcut(scene, session);
    restoreBounds();
    stage.setOnCloseRequest(e -> {
      e.consume();
      quit();
    });
    updateTitle();
    show(current);
    stage.show();
    stage.requestFocus();
    // The menu is not needed to see the first screen: it comes one frame later (issue 8).
    StartupTimer.afterFirstFrame(() -> Platform.runLater(() -> {
      installMenu();
      complete = true;
      if (homeToComplete != null) {
        homeToComplete.complete();
        homeToComplete = null;
      }
      whenComplete.run();
    }));
  }

  @Override
  public I18n i18n() {
    return i18n;
  }

  @Override
  public Dialogs dialogs() {
    return dialogs;
  }

  @Override
  public AppServices services() {
    return services;
  }

  public Stage stage() {
    return stage;
  }

  public Theme theme() {
    return theme;
  }

  @Override
  public void show(se.socialorg.advisor.ui.Screen screen) {
    Parent view = screens.computeIfAbsent(screen, this::loadScreen);
    statusModel.screenShown(screen);
    current = screen;
    if (screen == se.socialorg.advisor.ui.Screen.WIZARD) {
      session.markOpen();
    }
    controller.showContent(screen, view);
  }

  /** Switches language: rebuilds every view in the new language, nothing typed is lost. */
  public void setLanguage(String language) {
    if (language.equals(i18n.language())) {
      return;
    }
    services.preferences().put(AppPreferences.Key.LANGUAGE, language);
    i18n = I18n.forLanguage(language);
    screens.clear();
    if (wizardController != null) {
      wizardController.dispose();
      wizardController = null;
    }
    Parent shellRoot = loadShell();
    theme.markRoot(shellRoot);
    stage.getScene().setRoot(shellRoot);
    installMenu();
    updateTitle();
    show(current);
  }

  public void setTheme(Theme newTheme) {
    theme = newTheme;
    services.preferences().put(AppPreferences.Key.THEME, newTheme.id());
    newTheme.apply(stage.getScene());
  }

  void updateTitle() {
    String name = session.displayName(ScenarioFiles.EXTENSION);
    if (name == null && !session.isDirty()) {
      stage.setTitle(i18n.t("app.title"));
    } else {
      stage.setTitle(i18n.t("title.withScenario",
          name == null ? i18n.t("file.untitled") : name, session.isDirty() ? " *" : ""));
    }
  }

  /** Quits after asking about unsaved changes (Cancel keeps the window open). */
  public void quit() {
    fileActions.whenDiscardAllowed(() -> {
      fileActions.clearAutosave();
      rememberBounds();
      stage.close();
    });
  }

  private Parent loadShell() {
    controller = new MainWindowController(this);
    return controller.view();
  }

  /** Loads the main menu into the shell (after the first frame, and after a language switch). */
  private void installMenu() {
    controller.installMenu(load(loader(MainMenuController.class, "MainMenu.fxml")));
  }

  private Parent loadScreen(se.socialorg.advisor.ui.Screen screen) {
    return switch (screen) {
      case HOME -> {
        HomeController home = new HomeController(this);
        if (complete) {
          home.complete();
        } else {
          homeToComplete = home;
        }
        yield home.view();
      }
      case WIZARD -> {
        FXMLLoader l = loader(WizardController.class, "WizardView.fxml");
        Parent p = load(l);
        wizardController = l.getController();
        yield p;
      }
      case COMPARE -> load(loader(CompareController.class, "CompareView.fxml"));
      case LIBRARY -> load(loader(LibraryController.class, "LibraryView.fxml"));
      case FOLLOW_UP -> new FollowUpView(this, followUpViewModel()).view();
    };
  }

  /** An FXML loader for a view next to its controller class, with this window's bundle. */
  FXMLLoader loader(Class<?> controllerClass, String fxml) {
    URL url = controllerClass.getResource(fxml);
    FXMLLoader loader = new FXMLLoader(url, i18n.bundle());
    loader.setControllerFactory(controllerFactory());
    return loader;
  }

  private Callback<Class<?>, Object> controllerFactory() {
    return type -> {
      if (type == MainMenuController.class) {
        return new MainMenuController(this);
      }
      if (type == CompareController.class) {
        return new CompareController(this, compareViewModel());
      }
      if (type == WizardController.class) {
        WizardServices ws = new WizardServices(services.engine(),
            new WizardData(services.library()),
            new WizardCharts(new Charts(i18n, dialogs, services.executor())),
            services.executor(), this::reportError);
        return new WizardController(this, wizardViewModels(), ws);
      }
      if (type == LibraryController.class) {
        return new LibraryController(this, models.library());
      }
      throw new IllegalArgumentException("No controller factory for " + type.getName());
    };
  }

  private static <T> T load(FXMLLoader loader) {
    try {
      return loader.load();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void restoreBounds() {
    WindowBounds.restore(stage, services.preferences(), MIN_WIDTH, MIN_HEIGHT);
  }

  private void rememberBounds() {
    WindowBounds.remember(stage, services.preferences());
  }
}
