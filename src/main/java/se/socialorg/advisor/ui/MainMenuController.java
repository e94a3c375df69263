package se.socialorg.advisor.ui;

import java.nio.file.Path;
import java.util.List;
import javafx.fxml.FXML;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import se.socialorg.advisor.i18n.I18n;
import se.socialorg.advisor.present.help.HelpPage;
import se.socialorg.advisor.ui.help.HelpWindow;
import se.socialorg.advisor.ui.library.DataSourcesWindow;

/**
 * The main menu (File, View, Help). Its view is loaded right after the window's first frame so
 * that the home screen appears sooner (issue 8); every action forwards to the window.
 */
public final class MainMenuController {

  private final MainWindow window;

  @FXML private MenuBar menuBar;
  @FXML private Menu recentMenu;
  @FXML private MenuItem printMenuItem;
  @FXML private RadioMenuItem englishItem;
  @FXML private RadioMenuItem swedishItem;
  @FXML private RadioMenuItem lightItem;
  @FXML private RadioMenuItem darkItem;
  @FXML private MenuItem undoMenuItem;
  @FXML private MenuItem redoMenuItem;
  @FXML private MenuItem saveItem;
  @FXML private MenuItem saveAsItem;
  @FXML private Menu exportMenu;

  public MainMenuController(MainWindow window) {
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
    ScenarioMenuItems.bind(window.session(), window.i18n(), undoMenuItem, redoMenuItem,
        List.of(saveItem, saveAsItem, exportMenu));
    // Print needs a printer and, like Save and Export, an open scenario (ADR 0025).
    printMenuItem.disableProperty().bind(window.reportPrint().availableProperty().not()
        .or(window.session().hasScenarioProperty().not()));
  }

  @FXML
  private void onUndo() {
    window.session().undo();
  }

  @FXML
  private void onRedo() {
    window.session().redo();
  }

  @FXML
  private void onPrint() {
    window.reportPrint().print(window.stage(), window.session().scenario(),
        window.session().file());
  }

  @FXML
  private void onExportReport() {
    window.exportReport();
  }

  @FXML
  private void onExportDeck() {
    window.exportDeck();
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
    DataSourcesWindow.show(window, window.stage().getScene().getRoot());
  }

  @FXML
  private void onHelpIntro() {
    HelpWindow.show(window, HelpPage.INTRO);
  }

  @FXML
  private void onHelpModels() {
    HelpWindow.showModels(window, null);
  }

  @FXML
  private void onHelpGlossary() {
    HelpWindow.show(window, HelpPage.GLOSSARY);
  }

  @FXML
  private void onHelpHow() {
    HelpWindow.show(window, HelpPage.HOW);
  }

  @FXML
  private void onAbout() {
    I18n t = window.i18n();
    String version = Version.current().orElse(t.t("about.version.development"));
    window.dialogs().info(t.t("about.title"), t.t("about.text", version));
  }
}
