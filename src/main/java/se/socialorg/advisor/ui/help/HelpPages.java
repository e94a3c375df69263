package se.socialorg.advisor.ui.help;

import java.util.List;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import se.socialorg.advisor.model.Alternative;
import se.socialorg.advisor.present.help.GlossaryEntry;
import se.socialorg.advisor.present.help.HelpContent;
import se.socialorg.advisor.present.help.HelpPage;
import se.socialorg.advisor.present.help.HelpSection;
import se.socialorg.advisor.present.help.ModelHelp;
import se.socialorg.advisor.present.help.OrgDiagram;

/**
 * The Help window's four pages, built from the view model and bound to it; each is made anew when
 * shown. Node ids: {@code introPage}, {@code modelsPage}, {@code glossaryPage}, {@code howPage}
 * and those named below.
 */
final class HelpPages {

  private final HelpViewModel vm;
  private final HelpContent content;
  private final Runnable close;

  HelpPages(HelpViewModel vm, Runnable close) {
    this.vm = vm;
    this.content = vm.content();
    this.close = close;
  }

  Node page(HelpPage page) {
    return switch (page) {
      case INTRO -> intro();
      case MODELS -> models();
      case GLOSSARY -> glossary();
      case HOW -> how();
    };
  }

  /** The introduction, one pane at a time, with Back, Next and "don’t show again". */
  private Node intro() {
    IntroViewModel intro = vm.intro();
    List<HelpSection> panes = content.introPanes();
    Label title = id(label("", "help-title"), "introTitle");
    Label text = id(label("", "help-intro-text"), "introText");
    Label position = id(label("", "help-muted"), "introPosition");
    Button back = id(new Button(t("help.intro.back")), "introBack");
    Button next = id(new Button(), "introNext");
    next.setDefaultButton(true);
    back.disableProperty().bind(intro.firstProperty());
    back.setOnAction(e -> intro.back());
    next.setOnAction(e -> {
      if (intro.lastProperty().get()) {
        close.run();
      } else {
        intro.next();
      }
    });
    CheckBox dontShow = id(new CheckBox(t("help.intro.dontShowAgain")), "introDontShowAgain");
    dontShow.setSelected(intro.dontShowAgainProperty().get());
    dontShow.selectedProperty().addListener((o, a, b) -> intro.setDontShowAgain(b));
    // The first pane shows the three models every organisation is offered, side by side.
    HBox models = id(new HBox(24), "introModels");
    for (Alternative a : List.of(Alternative.CENTRALISED, Alternative.HUB_AND_SPOKE,
        Alternative.DISTRIBUTED_ADVOCACY)) {
      ModelHelp m = content.model(a);
      OrgDiagramView diagram = new OrgDiagramView(m.diagram(), m.diagramText());
      Label name = label(m.name(), "help-term");
      name.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
      VBox box = new VBox(4, diagram, name);
      box.setAlignment(Pos.TOP_CENTER);
      models.getChildren().add(box);
    }
    Runnable fill = () -> {
      int i = intro.paneProperty().get();
      models.setVisible(i == 0);
      models.setManaged(i == 0);
      title.setText(panes.get(i).title());
      text.setText(panes.get(i).text());
      position.setText(content.i18n().t("help.intro.position", i + 1, panes.size()));
      next.setText(t(intro.lastProperty().get() ? "help.intro.done" : "help.intro.next"));
    };
    fill.run();
    Platform.runLater(next::requestFocus);
    // A weak listener: the page goes with its window, the view model stays.
    javafx.beans.InvalidationListener onPane = o -> fill.run();
    intro.paneProperty().addListener(new javafx.beans.WeakInvalidationListener(onPane));
    title.getProperties().put("fill", onPane);
    dontShow.setWrapText(true);
    Region spring = new Region();
    HBox.setHgrow(spring, Priority.ALWAYS);
    for (Region r : List.of(position, back, next)) {
      r.setMinWidth(Region.USE_PREF_SIZE);
    }
    HBox buttons = new HBox(10, spring, position, back, next);
    buttons.setAlignment(Pos.CENTER_LEFT);
    Region fillHeight = new Region();
    VBox.setVgrow(fillHeight, Priority.ALWAYS);
    VBox page = new VBox(14, title, text, models, fillHeight, buttons, dontShow);
    return pageOf(page, "introPage");
  }

  /** The five models, each with what it is, when it fits and its diagram. */
  private Node models() {
    VBox list = new VBox(14, label(content.title(HelpPage.MODELS), "help-title"),
        label(t("help.models.intro"), null));
    Alternative first = vm.modelProperty().get();
    Node firstCard = null;
    for (ModelHelp m : content.models()) {
      Node card = modelCard(m, m.model() == first);
      list.getChildren().add(card);
      if (m.model() == first) {
        firstCard = card;
      }
    }
    ScrollPane scroll = scroll(list, "modelsPage");
    if (firstCard != null) {
      Node target = firstCard;
      // Once laid out, the chosen model is scrolled to the top of the page.
      Platform.runLater(() -> Platform.runLater(() -> scrollTo(scroll, target)));
    }
    return scroll;
  }

  private Node modelCard(ModelHelp m, boolean selected) {
    OrgDiagramView diagram = new OrgDiagramView(m.diagram(), m.diagramText());
    diagram.setId("modelDiagram_" + m.model().name());
    Label caption = label(m.diagramText(), "help-muted");
    VBox legend = new VBox(4);
    for (OrgDiagram.Role role : m.diagram().roles()) {
      Label item = label(t(role.legendKey()), null);
      item.setGraphic(OrgDiagramView.legendNode(role));
      legend.getChildren().add(item);
    }
    VBox picture = new VBox(6, diagram, caption, legend);
    // One width for every card, so the five pictures line up; the text takes the rest.
    double width = diagram.naturalWidth() + 12;
    picture.setMinWidth(width);
    picture.setPrefWidth(width);
    picture.setMaxWidth(width);
    VBox words = new VBox(6, label(m.name(), "help-heading"), label(m.text(), null),
        label(t("help.models.fits"), "help-term"), label(m.fits(), null));
    HBox.setHgrow(words, Priority.ALWAYS);
    words.setMinWidth(200);
    HBox card = new HBox(16, picture, words);
    card.setId("modelCard_" + m.model().name());
    card.getStyleClass().add("help-card");
    if (selected) {
      card.getStyleClass().add("help-card-selected");
    }
    return card;
  }

  /** The glossary: a search field and the matching words. */
  private Node glossary() {
    TextField search = id(new TextField(vm.queryProperty().get()), "glossarySearch");
    search.setPromptText(t("help.glossary.prompt"));
    search.setAccessibleText(t("help.glossary.search"));
    search.textProperty().addListener((o, a, b) -> vm.search(b));
    VBox entries = id(new VBox(10), "glossaryList");
    Runnable fill = () -> {
      entries.getChildren().clear();
      if (vm.glossary().isEmpty()) {
        entries.getChildren().add(id(label(content.i18n().t("help.glossary.none",
            vm.queryProperty().get()), "help-muted"), "glossaryNone"));
      }
      for (GlossaryEntry e : vm.glossary()) {
        VBox entry = new VBox(2, label(e.term(), "help-term"), label(e.text(), null));
        entry.setId("glossary_" + e.id());
        entries.getChildren().add(entry);
      }
    };
    fill.run();
    javafx.collections.ListChangeListener<GlossaryEntry> onChange = c -> fill.run();
    vm.glossary().addListener(new javafx.collections.WeakListChangeListener<>(onChange));
    entries.getProperties().put("fill", onChange);
    VBox page = new VBox(12, label(content.title(HelpPage.GLOSSARY), "help-title"), search,
        entries);
    Platform.runLater(search::requestFocus);
    return scroll(page, "glossaryPage");
  }

  /** How the advice is made, for a manager. */
  private Node how() {
    VBox page = new VBox(12, label(content.title(HelpPage.HOW), "help-title"),
        label(t("help.how.intro"), "help-muted"));
    for (HelpSection s : content.howSections()) {
      VBox section = new VBox(4, label(s.title(), "help-heading"), label(s.text(), null));
      section.setId("how_" + s.id());
      page.getChildren().add(section);
    }
    return scroll(page, "howPage");
  }

  private static void scrollTo(ScrollPane scroll, Node target) {
    double room = scroll.getContent().getBoundsInLocal().getHeight()
        - scroll.getViewportBounds().getHeight();
    double top = target.getBoundsInParent().getMinY();
    scroll.setVvalue(room <= 0 ? 0 : Math.min(1, top / room));
  }

  private ScrollPane scroll(VBox page, String id) {
    page.getStyleClass().add("help-page");
    page.setFillWidth(true);
    ScrollPane scroll = new ScrollPane(page);
    scroll.setFitToWidth(true);
    scroll.setId(id);
    return scroll;
  }

  private static Node pageOf(VBox page, String id) {
    page.getStyleClass().add("help-page");
    page.setId(id);
    page.setPadding(new Insets(16, 20, 16, 20));
    return page;
  }

  private String t(String key) {
    return content.i18n().t(key);
  }

  private static Label label(String text, String styleClass) {
    Label l = new Label(text);
    l.setWrapText(true);
    // Its full height: a wrapped label is otherwise cut to one line with an ellipsis.
    l.setMinHeight(Region.USE_PREF_SIZE);
    if (styleClass != null) {
      l.getStyleClass().add(styleClass);
    }
    return l;
  }

  private static <T extends Node> T id(T node, String id) {
    node.setId(id);
    return node;
  }
}
