package se.socialorg.advisor.ui;


import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import se.socialorg.advisor.i18n.I18n;
import se.socialorg.advisor.store.followup.FollowUpFiles;
import se.socialorg.advisor.store.scenario.Sample;
import se.socialorg.advisor.ui.followup.ReviewNotices;

/**
 * The home screen: what the app does and for whom, and where to start. Built in code rather than
 * FXML because it is the first frame's content (issue 8, docs/decisions/0005-startup.md).
 */
public final class HomeController {

  private static final double SPACING = 18;
  private static final double LIST_SPACING = 8;
  private static final double ACTION_SPACING = 12;
  private static final double COLUMN_SPACING = 32;
  private static final double RECENT_MIN_WIDTH = 220;
  private static final double MAX_WIDTH = 1200;

  private final ScreenHost host;
  private final StackPane view = new StackPane();
  private final VBox body;
  /** Tooltips to add in {@link #complete()}, in order. */
  private final Map<Control, String> tooltips = new LinkedHashMap<>();
  private boolean completed;
  private final HBox homeActions = new HBox(ACTION_SPACING);
  private final VBox recentBox = new VBox(LIST_SPACING);
  private final VBox sampleBox = new VBox(LIST_SPACING);
  /** Says that the library is read-only (shipped figures only) and why; hidden otherwise. */
  private final Label libraryNotice = text("homeLibraryNotice", "", "home-text", "home-notice");

  public HomeController(ScreenHost host) {
    this.host = host;
    I18n t = host.i18n();
    homeActions.setId("homeActions");
    homeActions.getStyleClass().add("home-actions");
    recentBox.setId("recentBox");
    recentBox.setMinWidth(RECENT_MIN_WIDTH);
    sampleBox.setId("sampleBox");
    HBox.setHgrow(recentBox, Priority.SOMETIMES);
    HBox.setHgrow(sampleBox, Priority.ALWAYS);
    body = new VBox(SPACING,
        text("homeTitle", t.t("home.title"), "home-title"),
        text("homePromise", t.t("home.promise"), "home-promise"),
        libraryNotice,
        text("homeAudience", t.t("home.audience"), "home-text"),
        homeActions,
        new HBox(COLUMN_SPACING, recentBox, sampleBox),
        text("homeMethod", t.t("home.method"), "home-text", "text-muted"));
    body.getStyleClass().add("home-body");
    body.setPadding(new Insets(32, 48, 32, 48));
    // Lines a reader can follow on a wide screen: the text stops growing at this width.
    body.setMaxWidth(MAX_WIDTH);
    // Never squeezed: without the scroll pane, what does not fit is cut off at the window's edge.
    body.setMinHeight(Region.USE_PREF_SIZE);
    view.setId("homeView");
    view.getStyleClass().add("home");
    view.setAlignment(Pos.TOP_LEFT);
    view.setMinSize(0, 0);
    view.getChildren().add(body);
    fill(t);
    libraryNotice.setVisible(false);
    libraryNotice.setManaged(false);
    host.services().library().whenOpened(problem -> problem.ifPresent(p -> {
      String message = t.t(se.socialorg.advisor.store.db.Database.FALLBACK_MESSAGE_KEY) + " "
          + t.t(p.messageKey(), host.services().dataDirectory().database().toString());
      javafx.application.Platform.runLater(() -> {
        libraryNotice.setText(message);
        libraryNotice.setVisible(true);
        libraryNotice.setManaged(true);
      });
    }));
  }

  /** The screen's root node. */
  public Parent view() {
    return view;
  }

  /**
   * Adds what a first look does not need: the scroll pane and the tooltips. The window's first
   * frame shows the home screen without them (the scroll pane's two scroll bars alone cost about
   * 90 ms there, issue 8); they follow with the menu bar. The scroll pane is transparent and
   * unpadded, so nothing moves.
   */
  void complete() {
    if (completed) {
      return;
    }
    completed = true;
    ScrollPane scroller = new ScrollPane();
    scroller.setId("homeScroller");
    scroller.setFitToWidth(true);
    view.getChildren().setAll(scroller);
    scroller.setContent(body);
    tooltips.forEach((control, text) -> control.setTooltip(new Tooltip(text)));
    tooltips.clear();
    announceReviews();
  }

  /** A line per recent scenario whose review date has passed (read in the background). */
  private void announceReviews() {
    List<Path> recent = host.services().preferences().recentFiles();
    if (recent.isEmpty()) {
      return;
    }
    BackgroundTask.wrap(() -> ReviewNotices.due(recent, new FollowUpFiles(), LocalDate.now()))
        .onSuccess(notices -> {
          I18n t = host.i18n();
          int i = 0;
          for (ReviewNotices.Notice n : notices) {
            Hyperlink link = new Hyperlink(t.t("home.reviewDue", n.scenario().getFileName().toString(), n.review().toString()));
            link.setId("reviewDue" + i++);
            link.setMnemonicParsing(false);
            link.getStyleClass().add("error-text");
            link.setOnAction(e -> host.fileActions().open(n.scenario()));
            body.getChildren().add(body.getChildren().indexOf(homeActions), link);
          }
        })
        .onFailure(e -> { })
        .executeWith(host.services().executor());
  }

  private static Label text(String id, String text, String... styleClasses) {
    Label label = new Label(text);
    label.setId(id);
    label.getStyleClass().addAll(styleClasses);
    label.setWrapText(true);
    return label;
  }

  private void fill(I18n t) {
    Button create = new Button(t.t("home.new"));
    create.setId("newScenarioButton");
    create.getStyleClass().add("accent");
    create.setOnAction(e -> host.fileActions().newScenario());
    Button open = new Button(t.t("home.open"));
    open.setId("openScenarioButton");
    open.setOnAction(e -> host.fileActions().open());
    Button library = new Button(t.t("libui.home.open"));
    library.setId("openLibraryButton");
    tooltips.put(library, t.t("libui.home.open.help"));
    library.setOnAction(e -> host.show(Screen.LIBRARY));
    Hyperlink models = new Hyperlink(t.t("help.home.models"));
    models.setId("homeModelsLink");
    models.setOnAction(e -> se.socialorg.advisor.ui.help.HelpWindow.showModels(host, null));
    homeActions.setAlignment(Pos.CENTER_LEFT);
    homeActions.getChildren().setAll(create, open, library, models);

    Label recentTitle = new Label(t.t("home.recent"));
    recentTitle.getStyleClass().add("section-title");
    recentBox.getChildren().setAll(recentTitle);
    List<Path> recent = host.services().preferences().recentFiles();
    if (recent.isEmpty()) {
      Label none = new Label(t.t("home.recent.none"));
      none.getStyleClass().add("text-muted");
      recentBox.getChildren().add(none);
    }
    int i = 0;
    for (Path p : recent) {
      Hyperlink link = new Hyperlink(p.getFileName().toString());
      link.setId("recentLink" + i++);
      link.setMnemonicParsing(false);
      tooltips.put(link, p.toString());
      link.setOnAction(e -> host.fileActions().open(p));
      recentBox.getChildren().add(link);
    }

    Label sampleTitle = new Label(t.t("home.samples"));
    sampleTitle.getStyleClass().add("section-title");
    sampleBox.getChildren().setAll(sampleTitle);
    for (Sample s : host.fileActions().samples().list()) {
      Hyperlink link = new Hyperlink(t.t(s.titleKey()));
      link.setId("sample_" + s.id());
      link.setOnAction(e -> host.fileActions().openSample(s));
      Label description = new Label(t.t(s.descriptionKey()));
      description.setWrapText(true);
      description.getStyleClass().add("text-muted");
      sampleBox.getChildren().add(new VBox(0, link, description));
    }
  }
}
