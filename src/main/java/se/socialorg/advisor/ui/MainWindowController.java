package se.socialorg.advisor.ui;

import javafx.concurrent.Worker;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.StackPane;
import se.socialorg.advisor.i18n.I18n;
import se.socialorg.advisor.ui.library.DataSourcesWindow;

/** The shell: menus, navigation bar, content area, status bar. Forwards actions to the window. */
public final class MainWindowController {

  private final MainWindow window;

  @FXML private MenuBar menuBar;
  @FXML private Menu recentMenu;
  @FXML private Label scenarioLabel;
  @FXML private RadioMenuItem englishItem;
  @FXML private RadioMenuItem swedishItem;
  @FXML private RadioMenuItem lightItem;
  @FXML private RadioMenuItem darkItem;
  @FXML private ToggleButton homeNav;
  @FXML private ToggleButton wizardNav;
  @FXML private ToggleButton compareNav;
  @FXML private ToggleButton libraryNav;
  @FXML private ToggleGroup navGroup;
  @FXML private StackPane content;
  @FXML private Label statusLabel;
  @FXML private ProgressBar progressBar;

  public MainWindowController(MainWindow window) {
    this.window = window;
  }

  @FXML
  private void initialize() {
    menuBar.setUseSystemMenuBar(true);
    boolean swedish = "sv".equals(window.i18n().language());
    swedishItem.setSelected(swedish);
    englishItem.setSelected(!swedish);
    boolean dark = window.theme() == Theme.DARK;
    darkItem.setSelected(dark);
    lightItem.setSelected(!dark);
    homeNav.setUserData(Screen.HOME);
    wizardNav.setUserData(Screen.WIZARD);
    compareNav.setUserData(Screen.COMPARE);
    libraryNav.setUserData(Screen.LIBRARY);
    navGroup
        .selectedToggleProperty()
        .addListener(
            (obs, old, now) -> {
              if (now == null) {
                old.setSelected(true);
              } else if (now.getUserData() instanceof Screen s) {
                window.show(s);
              }
            });
    statusLabel.setText(window.i18n().t("status.ready"));
  }

  void showContent(Screen screen, Parent view) {
    content.getChildren().setAll(view);
    navGroup.getToggles().stream()
        .filter(t -> t.getUserData() == screen)
        .findFirst()
        .ifPresent(t -> t.setSelected(true));
  }

  /** Shows a short message in the status bar. */
  public void status(String text) {
    statusLabel.setText(text);
  }

  /** Shows a running task's progress in the status bar until it ends (issue 7). */
  void track(Worker<?> task) {
    progressBar.progressProperty().bind(task.progressProperty());
    progressBar.visibleProperty().bind(task.runningProperty());
    progressBar.managedProperty().bind(task.runningProperty());
  }

  @FXML
  private void onExportReport() {
    window.exportReport();
  }

  @FXML
  private void onExportCsv() {
    window.exportCsv();
  }

  @FXML
  private void onNew() {
    window.fileActions().newScenario();
  }

  @FXML
  private void onOpen() {
    window.fileActions().open();
  }

  @FXML
  private void onSave() {
    window.fileActions().save();
  }

  @FXML
  private void onSaveAs() {
    window.fileActions().saveAs();
  }

  /** Fills Open recent with the remembered files each time it opens. */
  @FXML
  private void onRecentShowing() {
    List<Path> recent = window.services().preferences().recentFiles();
    if (recent.isEmpty()) {
      MenuItem none = new MenuItem(window.i18n().t("menu.file.recent.none"));
      none.setDisable(true);
      recentMenu.getItems().setAll(none);
      return;
    }
    recentMenu.getItems().clear();
    int i = 0;
    for (Path p : recent) {
      MenuItem item = new MenuItem(p.getFileName().toString());
      item.setId("recentItem" + i++);
      item.setMnemonicParsing(false);
      item.setOnAction(e -> window.fileActions().open(p));
      recentMenu.getItems().add(item);
    }
  }

  @FXML
  private void onQuit() {
    window.quit();
  }

  @FXML
  private void onEnglish() {
    window.setLanguage("en");
  }

  @FXML
  private void onSwedish() {
    window.setLanguage("sv");
  }

  @FXML
  private void onLight() {
    window.setTheme(Theme.LIGHT);
  }

  @FXML
  private void onDark() {
    window.setTheme(Theme.DARK);
  }

  @FXML
  private void onDataSources() {
    DataSourcesWindow.show(window, content);
  }

  @FXML
  private void onAbout() {
    I18n t = window.i18n();
    String version = Version.current().orElse(t.t("about.version.development"));
    window.dialogs().info(t.t("about.title"), t.t("about.text", version));
  }
}
