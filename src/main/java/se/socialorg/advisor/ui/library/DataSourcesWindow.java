package se.socialorg.advisor.ui.library;

import java.util.List;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import se.socialorg.advisor.i18n.I18n;
import se.socialorg.advisor.present.ProvenanceText;
import se.socialorg.advisor.ui.ScreenHost;
import se.socialorg.advisor.present.FigureText;

/**
 * Help > Data sources: every publication the shipped figures come from, with address, years,
 * population and the derived / vendor-claim flags, read from the data library in the background.
 * Node ids: {@code dataSourcesTable}, {@code closeDataSourcesButton}.
 */
public final class DataSourcesWindow {

  private static final Logger LOG = Logger.getLogger(DataSourcesWindow.class.getName());

  private DataSourcesWindow() {}

  /** Opens the window over {@code ownerNode} (any node of the main window). */
  public static Stage show(ScreenHost host, Node ownerNode) {
    I18n t = host.i18n();
    FigureText text = new FigureText(t);
    TableView<LibraryData.SourceRow> table = new TableView<>();
    table.setId("dataSourcesTable");
    table.setPlaceholder(new Label(t.t("libui.sources.loading")));
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    table.getColumns().add(column(t.t("libui.sources.title"), 260,
        r -> ProvenanceText.title(t, r.title())));
    table.getColumns().add(column(t.t("libui.sources.address"), 180, LibraryData.SourceRow::address));
    table.getColumns().add(column(t.t("libui.sources.years"), 90, LibraryData.SourceRow::years));
    table.getColumns().add(column(t.t("libui.sources.population"), 200,
        r -> populations(t, r.populations())));
    table.getColumns().add(column(t.t("libui.sources.flags"), 150, r -> flags(text, r)));
    Label intro = new Label(t.t("libui.sources.intro"));
    intro.setWrapText(true);
    // Its full height: a wrapped label is otherwise cut to one line with an ellipsis.
    intro.setMinHeight(Region.USE_PREF_SIZE);
    Button close = new Button(t.t("libui.form.close"));
    close.setId("closeDataSourcesButton");
    close.setCancelButton(true);
    close.setDefaultButton(true);
    HBox buttons = new HBox(close);
    buttons.setAlignment(javafx.geometry.Pos.CENTER_RIGHT);
    VBox body = new VBox(10, intro, table);
    VBox.setVgrow(table, javafx.scene.layout.Priority.ALWAYS);
    BorderPane root = new BorderPane(body);
    root.setBottom(buttons);
    root.setPadding(new Insets(16));
    BorderPane.setMargin(buttons, new Insets(12, 0, 0, 0));
    root.getStyleClass().add("library-dialog");
    Stage stage = Windows.dialog(ownerNode, t.t("libui.sources.window"), new Scene(root, 980, 520));
    close.setOnAction(e -> stage.close());
    LibraryData data = new LibraryData(host.services().library());
    Task<List<LibraryData.SourceRow>> task = new Task<>() {
      @Override
      protected List<LibraryData.SourceRow> call() {
        return data.sources();
      }
    };
    task.setOnSucceeded(e -> {
      table.getItems().setAll(task.getValue());
      table.setPlaceholder(new Label(t.t("libui.sources.none")));
    });
    task.setOnFailed(e -> {
      LOG.log(Level.WARNING, "Could not list the data sources", task.getException());
      table.setPlaceholder(new Label(t.t("libui.error.load")));
    });
    Windows.open(stage);
    host.services().executor().submit(task);
    return stage;
  }

  /** A source's populations, each in the user's language where shipped. */
  private static String populations(I18n t, List<String> populations) {
    return populations.stream()
        .map(p -> ProvenanceText.population(t, p))
        .collect(Collectors.joining("; "));
  }

  private static String flags(FigureText text, LibraryData.SourceRow r) {
    I18n t = text.i18n();
    if (r.derived() && r.vendorClaim()) {
      return t.t("provenance.derived") + ", " + t.t("provenance.vendorClaim");
    }
    if (r.derived()) {
      return t.t("provenance.derived");
    }
    return r.vendorClaim() ? t.t("provenance.vendorClaim") : t.t("libui.sources.published");
  }

  private static TableColumn<LibraryData.SourceRow, String> column(
      String title, double width, Function<LibraryData.SourceRow, String> value) {
    TableColumn<LibraryData.SourceRow, String> c = new TableColumn<>(title);
    c.setPrefWidth(width);
    c.setCellValueFactory(cd -> new ReadOnlyStringWrapper(value.apply(cd.getValue())));
    return c;
  }
}
