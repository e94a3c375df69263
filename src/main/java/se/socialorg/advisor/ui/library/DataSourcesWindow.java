package se.socialorg.advisor.ui.library;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import se.socialorg.advisor.i18n.I18n;
import se.socialorg.advisor.present.ProvenanceText;
import se.socialorg.advisor.ui.BackgroundTask;
import se.socialorg.advisor.ui.ScreenHost;
import se.socialorg.advisor.present.FigureText;

/**
 * Help > Data sources: every publication the shipped figures come from, with address, years,
 * population and the derived / vendor-claim flags, read from the data library in the background.
 * A {@code Dialog} shown through {@code Dialogs}. Node ids: {@code dataSourcesTable}, {@code
 * closeDataSourcesButton}.
 */
public final class DataSourcesWindow {

  private static final String LIBRARY_CSS = "/se/socialorg/advisor/ui/library/library.css";

  private DataSourcesWindow() {}

  /**
   * Opens the window over the main window, through the host's {@code Dialogs}; {@code ownerNode}
   * is any node of the main window.
   */
  public static void show(ScreenHost host, Node ownerNode) {
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
    VBox body = new VBox(10, intro, table);
    VBox.setVgrow(table, javafx.scene.layout.Priority.ALWAYS);
    body.setPadding(new Insets(16, 16, 0, 16));
    Dialog<Void> dialog = new Dialog<>();
    dialog.setTitle(t.t("libui.sources.window"));
    dialog.setResizable(true);
    dialog.setResultConverter(b -> null); // nothing to hand back: it only shows
    dialog.getDialogPane().setContent(body);
    dialog.getDialogPane().setPrefSize(980, 520);
    dialog.getDialogPane().getStyleClass().add("library-dialog");
    dialog.getDialogPane().getStylesheets()
        .add(DataSourcesWindow.class.getResource(LIBRARY_CSS).toExternalForm());
    ButtonType closeType = new ButtonType(t.t("libui.form.close"),
        ButtonBar.ButtonData.CANCEL_CLOSE);
    dialog.getDialogPane().getButtonTypes().setAll(closeType);
    Button close = (Button) dialog.getDialogPane().lookupButton(closeType);
    close.setId("closeDataSourcesButton");
    close.setDefaultButton(true);
    LibraryData data = new LibraryData(host.services().library());
    host.dialogs().showCustom(dialog, none -> {});
    BackgroundTask.wrap(data::sources)
        .onSuccess(rows -> {
          table.getItems().setAll(rows);
          table.setPlaceholder(new Label(t.t("libui.sources.none")));
        })
        .onFailure(e -> table.setPlaceholder(new Label(t.t("libui.error.load"))))
        .executeWith(host.services().executor());
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
    return se.socialorg.advisor.ui.WholeCellText.on(c);
  }
}
