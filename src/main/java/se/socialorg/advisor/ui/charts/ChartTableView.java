package se.socialorg.advisor.ui.charts;

import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import se.socialorg.advisor.i18n.I18n;
import se.socialorg.advisor.present.ChartTable;
import se.socialorg.advisor.ui.Dialogs;

/** A chart's data as a table ({@link ChartTable}), in a window of its own: "Show as table". */
final class ChartTableView {

  private ChartTableView() {}

  /** The table of {@code data}: a column per heading, headings wrapped at word boundaries. */
  static TableView<List<String>> table(String id, ChartTable data) {
    TableView<List<String>> table = new TableView<>();
    table.setId(id);
    for (int i = 0; i < data.headers().size(); i++) {
      int column = i;
      TableColumn<List<String>, String> c = new TableColumn<>();
      Label heading = new Label(data.headers().get(i));
      heading.setWrapText(true);
      c.setGraphic(heading);
      c.setCellValueFactory(r -> new ReadOnlyStringWrapper(r.getValue().get(column)));
      c.setPrefWidth(column == 3 ? 260 : 160);
      table.getColumns().add(c);
    }
    table.setItems(FXCollections.observableArrayList(data.rows()));
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    table.setPrefSize(720, 360);
    table.setAccessibleText(data.title());
    return table;
  }

  /**
   * Makes a chart reachable by keyboard (its focus visible) and readable as a table: Enter or
   * Space on it, or "Show as table…" in its context menu, runs {@code show}.
   */
  static void install(javafx.scene.chart.Chart chart, I18n i18n, Runnable show) {
    chart.setFocusTraversable(true);
    chart.setAccessibleHelp(i18n.t("chart.table.help"));
    chart.addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
      if (e.getCode() == javafx.scene.input.KeyCode.ENTER
          || e.getCode() == javafx.scene.input.KeyCode.SPACE) {
        e.consume();
        show.run();
      }
    });
    javafx.scene.control.MenuItem asTable =
        new javafx.scene.control.MenuItem(i18n.t("chart.table.show"));
    asTable.setId(chart.getId() + "-showTable");
    asTable.setOnAction(e -> show.run());
    ChartExport.contextMenuOf(chart).getItems().add(asTable);
  }

  /** Shows the table in a window with a Close button. */
  static void show(Dialogs dialogs, I18n i18n, String chartId, ChartTable data) {
    Dialog<ButtonType> dialog = new Dialog<>();
    dialog.setTitle(i18n.t("chart.table.title", data.title()));
    dialog.getDialogPane().setContent(table(chartId + "-table", data));
    dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
    dialog.setResizable(true);
    dialogs.showCustom(dialog, closed -> { });
  }
}
