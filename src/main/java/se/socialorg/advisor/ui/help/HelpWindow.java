package se.socialorg.advisor.ui.help;

import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import se.socialorg.advisor.i18n.I18n;
import se.socialorg.advisor.model.Alternative;
import se.socialorg.advisor.present.help.HelpPage;
import se.socialorg.advisor.ui.AppPreferences;
import se.socialorg.advisor.ui.ScreenHost;

/**
 * The Help window: a list of pages (introduction, the five models, glossary, how the advice is
 * made) beside the page shown. One for the app's main window, not modal, so it can stay open
 * beside the work; shown through the window's {@code Dialogs}, so it has its look, and made again
 * in the new language when the main window switches. Node ids: {@code helpPageList}, {@code
 * helpPageContent}, {@code helpCloseButton}.
 */
public final class HelpWindow {

  private static final String CSS = "/se/socialorg/advisor/ui/help/help.css";
  /** The Help window of the latest main window (the app has one; tests make many in turn). */
  private static HelpWindow latest;

  private final ScreenHost host;
  private final HelpViewModel vm;
  private Dialog<Void> dialog;
  private String language;
  /** The main window's scene, once followed for language switches. */
  private javafx.scene.Scene followed;

  private HelpWindow(ScreenHost host) {
    this.host = host;
    this.vm = new HelpViewModel(host.services().preferences(), host::i18n);
  }

  /** The Help window of a main window (made on first use, kept while it is the latest). */
  static synchronized HelpWindow of(ScreenHost host) {
    if (latest == null || latest.host != host) {
      latest = new HelpWindow(host);
    }
    return latest;
  }

  /** Opens Help at a page. */
  public static void show(ScreenHost host, HelpPage page) {
    HelpWindow w = of(host);
    w.vm.open(page);
    w.showDialog();
  }

  /** Opens the five models at one of them ({@code null}: from the first). */
  public static void showModels(ScreenHost host, Alternative first) {
    HelpWindow w = of(host);
    w.vm.openModel(first);
    w.showDialog();
  }

  /**
   * On start: opens the introduction the first time the app starts, and every time while the
   * manager wants it (preference {@link AppPreferences.Key#INTRO_AT_START}).
   */
  public static void offerIntroduction(ScreenHost host) {
    HelpWindow w = of(host);
    if (w.vm.intro().offerAtStart()) {
      w.vm.open(HelpPage.INTRO);
      w.showDialog();
    }
  }

  private void showDialog() {
    I18n t = host.i18n();
    if (dialog != null && dialog.isShowing() && t.language().equals(language)) {
      Window window = dialog.getDialogPane().getScene().getWindow();
      if (window instanceof Stage stage) {
        stage.toFront();
      }
      return;
    }
    if (dialog != null) {
      dialog.close();
    }
    language = t.language();
    vm.refresh();
    dialog = build(t);
    host.dialogs().showCustom(dialog, none -> { });
    followLanguage();
  }

  /**
   * A language switch gives the main window a new root: an open Help window is then made again in
   * the new language, at the same page.
   */
  private void followLanguage() {
    Window owner = dialog.getOwner();
    if (followed != null || owner == null || owner.getScene() == null) {
      return;
    }
    followed = owner.getScene();
    followed.rootProperty().addListener((o, a, b) -> {
      if (dialog != null && dialog.isShowing() && !host.i18n().language().equals(language)) {
        showDialog();
      }
    });
  }

  private Dialog<Void> build(I18n t) {
    Dialog<Void> d = new Dialog<>();
    d.initModality(Modality.NONE);
    d.setTitle(t.t("help.window"));
    d.setResizable(true);
    d.setResultConverter(b -> null);
    StackPane content = new StackPane();
    content.setId("helpPageContent");
    ListView<HelpPage> pages = new ListView<>();
    pages.setId("helpPageList");
    pages.setAccessibleText(t.t("help.pages"));
    pages.getStyleClass().add("help-pages");
    pages.getItems().setAll(HelpPage.values());
    pages.setCellFactory(lv -> new ListCell<>() {
      @Override
      protected void updateItem(HelpPage item, boolean empty) {
        super.updateItem(item, empty);
        setText(empty || item == null ? null : t.t(item.titleKey()));
        setId(empty || item == null ? null : "helpPage_" + item.name());
      }
    });
    Runnable showPage = () -> {
      HelpPage p = vm.pageProperty().get();
      pages.getSelectionModel().select(p);
      content.getChildren().setAll(new HelpPages(vm, d::close).page(p));
    };
    showPage.run();
    pages.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
      if (b != null && b != vm.pageProperty().get()) {
        vm.open(b);
      }
    });
    javafx.beans.InvalidationListener onPage = o -> showPage.run();
    vm.pageProperty().addListener(onPage);
    vm.modelProperty().addListener(onPage);
    d.addEventHandler(javafx.scene.control.DialogEvent.DIALOG_HIDDEN, e -> {
      vm.pageProperty().removeListener(onPage);
      vm.modelProperty().removeListener(onPage);
    });
    BorderPane body = new BorderPane(content);
    body.setLeft(pages);
    body.getStyleClass().add("help-window");
    d.getDialogPane().setContent(body);
    d.getDialogPane().setPrefSize(920, 620);
    // The theme caps every dialog at 600 px wide, too narrow for a diagram beside its text;
    // help.css lifts the cap for this one (a style sheet, as the theme's cap is one).
    d.getDialogPane().getStyleClass().add("help-dialog");
    d.getDialogPane().getStylesheets().add(HelpWindow.class.getResource(CSS).toExternalForm());
    ButtonType closeType = new ButtonType(t.t("help.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
    d.getDialogPane().getButtonTypes().setAll(closeType);
    Button close = (Button) d.getDialogPane().lookupButton(closeType);
    close.setId("helpCloseButton");
    return d;
  }
}
