package se.socialorg.advisor.ui;

import javafx.animation.PauseTransition;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.util.Duration;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import se.socialorg.advisor.i18n.I18n;

/**
 * The shell: navigation bar, content area, status bar, and the place of the main menu, which
 * arrives after the first frame ({@link MainMenuController}). Forwards navigation to the window.
 */
public final class MainWindowController {

  private static final double PROGRESS_WIDTH = 160;
  private static final double BAR_SPACING = 8;
  private static final double NAV_SPACING = 4;

  private final MainWindow window;

  private final BorderPane root = new BorderPane();
  private final VBox topBar = new VBox();
  private final Label menuPlaceholder = new Label(" ");
  private final ToggleGroup navGroup = new ToggleGroup();
  private final StackPane content = new StackPane();
  private final HBox statusBar = new HBox(BAR_SPACING);
  private final Label statusLabel = new Label();
  private ProgressBar progressBar;
  /** Lets the shown message go when its lifetime has run out (the view model decides). */
  private final PauseTransition statusFade = new PauseTransition();
  private StatusViewModel.Message shownStatus;
  /** Held here: the view model keeps only a weak reference, so an old shell can go. */
  private final ChangeListener<StatusViewModel.Message> statusListener;

  /**
   * Builds the shell in code rather than FXML: it is part of the first frame, and the first FXML
   * load of a run costs more than the shell itself (issue 8, docs/decisions/0005-startup.md).
   */
  public MainWindowController(MainWindow window) {
    this.window = window;
    I18n t = window.i18n();
    root.setId("root");
    root.getStyleClass().add("app-root");

    // The menu bar (MainMenu.fxml) replaces this placeholder right after the first frame.
    menuPlaceholder.setId("menuPlaceholder");
    menuPlaceholder.getStyleClass().addAll("menu-bar", "menu-bar-placeholder");
    menuPlaceholder.setMaxWidth(Double.MAX_VALUE);

    HBox navBar = new HBox(NAV_SPACING,
        navButton("homeNav", t.t("nav.home"), Screen.HOME),
        navButton("wizardNav", t.t("nav.wizard"), Screen.WIZARD),
        navButton("compareNav", t.t("nav.compare"), Screen.COMPARE),
        navButton("followUpNav", t.t("nav.followUp"), Screen.FOLLOW_UP),
        navButton("libraryNav", t.t("libui.nav"), Screen.LIBRARY),
        grower());
    navBar.setId("navBar");
    navBar.getStyleClass().add("nav-bar");
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

    topBar.setId("topBar");
    topBar.getChildren().addAll(menuPlaceholder, navBar);
    content.setId("content");
    content.getStyleClass().add("content");
    statusLabel.setId("statusLabel");
    statusLabel.setText(t.t("status.ready"));
    StatusViewModel status = window.statusModel;
    statusListener = (obs, old, now) -> showStatus(now);
    status.messageProperty().addListener(new WeakChangeListener<>(statusListener));
    statusFade.setOnFinished(e -> status.expired(shownStatus));
    showStatus(status.messageProperty().get());
    statusBar.setId("statusBar");
    statusBar.getStyleClass().add("status-bar");
    statusBar.getChildren().addAll(statusLabel, grower());

    root.setTop(topBar);
    root.setCenter(content);
    root.setBottom(statusBar);
  }

  /** The shell's root node. */
  Parent view() {
    return root;
  }

  private ToggleButton navButton(String id, String text, Screen screen) {
    ToggleButton button = new ToggleButton(text);
    button.setId(id);
    button.getStyleClass().add("nav-button");
    button.setToggleGroup(navGroup);
    button.setUserData(screen);
    return button;
  }

  private static Region grower() {
    Region region = new Region();
    HBox.setHgrow(region, Priority.ALWAYS);
    return region;
  }

  /** Puts the main menu where its placeholder (of the same height) kept its place. */
  void installMenu(MenuBar menuBar) {
    int at = topBar.getChildren().indexOf(menuPlaceholder);
    if (at >= 0) {
      topBar.getChildren().set(at, menuBar);
    }
  }

  void showContent(Screen screen, Parent view) {
    content.getChildren().setAll(view);
    navGroup.getToggles().stream()
        .filter(t -> t.getUserData() == screen)
        .findFirst()
        .ifPresent(t -> t.setSelected(true));
  }

  /** Shows the status message (the idle text when none) until its lifetime has run out. */
  private void showStatus(StatusViewModel.Message m) {
    statusFade.stop();
    shownStatus = m;
    if (m == null) {
      statusLabel.setText(window.i18n().t("status.ready"));
      return;
    }
    statusLabel.setText(m.text());
    statusFade.setDuration(Duration.millis(m.lifetime().toMillis()));
    statusFade.playFromStart();
  }

  /** Shows a running task's progress in the status bar until it ends (issue 7). */
  void track(BackgroundTask<?> task) {
    if (progressBar == null) {
      // Created on first use: an idle progress bar would only slow the first frame (issue 8).
      progressBar = new ProgressBar();
      progressBar.setId("progressBar");
      progressBar.setPrefWidth(PROGRESS_WIDTH);
      statusBar.getChildren().add(progressBar);
    }
    progressBar.progressProperty().bind(task.progressProperty());
    progressBar.visibleProperty().bind(task.runningProperty());
    progressBar.managedProperty().bind(task.runningProperty());
  }
}
