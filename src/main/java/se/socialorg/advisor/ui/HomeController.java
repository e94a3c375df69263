package se.socialorg.advisor.ui;

import java.nio.file.Path;
import java.util.List;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import se.socialorg.advisor.i18n.I18n;
import se.socialorg.advisor.store.scenario.Sample;

/** The home screen: what the app does and for whom, and where to start. */
public final class HomeController {

  private final ScreenHost host;

  @FXML private HBox homeActions;
  @FXML private VBox recentBox;
  @FXML private VBox sampleBox;

  public HomeController(ScreenHost host) {
    this.host = host;
  }

  @FXML
  private void initialize() {
    I18n t = host.i18n();
    Button create = new Button(t.t("home.new"));
    create.setId("newScenarioButton");
    create.getStyleClass().add("accent");
    create.setOnAction(e -> host.fileActions().newScenario());
    Button open = new Button(t.t("home.open"));
    open.setId("openScenarioButton");
    open.setOnAction(e -> host.fileActions().open());
    Button library = new Button(t.t("libui.home.open"));
    library.setId("openLibraryButton");
    library.setTooltip(new Tooltip(t.t("libui.home.open.help")));
    library.setOnAction(e -> host.show(Screen.LIBRARY));
    homeActions.getChildren().setAll(create, open, library);

    show(recentBox, true);
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
      link.setTooltip(new Tooltip(p.toString()));
      link.setOnAction(e -> host.fileActions().open(p));
      recentBox.getChildren().add(link);
    }

    show(sampleBox, true);
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

  private static void show(VBox box, boolean visible) {
    box.setVisible(visible);
    box.setManaged(visible);
  }
}
