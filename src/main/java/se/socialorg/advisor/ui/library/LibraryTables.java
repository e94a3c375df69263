package se.socialorg.advisor.ui.library;

import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import se.socialorg.advisor.i18n.I18n;
import se.socialorg.advisor.model.ReferenceFigure;
import se.socialorg.advisor.model.SurveySummary;
import se.socialorg.advisor.present.FigureText;
import se.socialorg.advisor.present.LibraryCharts;
import se.socialorg.advisor.present.LibraryCsv;
import se.socialorg.advisor.present.ProvenanceText;

/** The data library's list and tables: cells, columns and row styles, built once per view. */
final class LibraryTables {

  private LibraryTables() {}

  /** The dataset list: wrapped names, headers that cannot be chosen, ids for tests. */
  static void datasetList(ListView<LibraryViewModel.Entry> datasetList, I18n t,
      Consumer<LibraryViewModel.Entry> open) {
    if (datasetList.getParent() instanceof javafx.scene.layout.Region screen) {
      // Wider on a wide screen, so the dataset names fit on one line more often.
      datasetList.prefWidthProperty().bind(javafx.beans.binding.Bindings.max(
          250, screen.widthProperty().multiply(0.17)));
    }
    datasetList.setCellFactory(v -> new ListCell<>() {
      {
        // Long dataset names wrap instead of scrolling the list sideways.
        setWrapText(true);
        prefWidthProperty().bind(v.widthProperty().subtract(18));
      }

      @Override
      protected void updateItem(LibraryViewModel.Entry e, boolean empty) {
        super.updateItem(e, empty);
        getStyleClass().remove("dataset-header");
        setDisable(false);
        setTooltip(null);
        if (empty || e == null) {
          setText(null);
          setId(null);
          return;
        }
        setText(e.label());
        setMnemonicParsing(false);
        if (e.kind() == LibraryViewModel.Kind.HEADER) {
          getStyleClass().add("dataset-header");
          setDisable(true);
          setId(null);
        } else {
          setId(e.kind() == LibraryViewModel.Kind.SURVEY ? "survey_" + e.surveyId()
              : e.kind() == LibraryViewModel.Kind.DATASET ? "dataset_" + e.id() : "own_" + e.kind());
          if (e.kind() == LibraryViewModel.Kind.DATASET && t.has("libui.dataset." + e.id() + ".help")) {
            setTooltip(new Tooltip(t.t("libui.dataset." + e.id() + ".help")));
          }
        }
      }
    });
    datasetList.setAccessibleText(t.t("libui.datasets"));
    datasetList.getSelectionModel().selectedItemProperty().addListener((o, a, e) -> {
      if (e != null && e.kind() != LibraryViewModel.Kind.HEADER) {
        open.accept(e);
      }
    });
  }

  /** The figure table's columns and rows; returns the dataset column (shown for own figures). */
  static TableColumn<ReferenceFigure, String> figureTable(TableView<ReferenceFigure> figureTable,
      I18n t, FigureText text, Consumer<ReferenceFigure> show) {
    TableColumn<ReferenceFigure, String> datasetColumn;
    figureTable.getStyleClass().add("figure-table");
    figureTable.setPlaceholder(new Label(t.t("libui.table.empty")));
    figureTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    TableColumn<ReferenceFigure, String> item =
        column(t, "libui.column.item", 190, f -> text.item(f.item()));
    item.setMaxWidth(320);
    figureTable.getColumns().add(item);
    // Every column but the source has a widest width: a wide window's room goes to the source.
    TableColumn<ReferenceFigure, String> country =
        column(t, "libui.column.country", 90, f -> text.country(f.country()));
    country.setMaxWidth(130);
    figureTable.getColumns().add(country);
    TableColumn<ReferenceFigure, Integer> year = new TableColumn<>(t.t("libui.column.year"));
    year.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(cd.getValue().year()));
    year.setPrefWidth(60);
    year.setMinWidth(55);
    year.setMaxWidth(80);
    figureTable.getColumns().add(year);
    TableColumn<ReferenceFigure, Double> value = new TableColumn<>(t.t("libui.column.value"));
    value.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(cd.getValue().value()));
    value.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
      @Override
      protected void updateItem(Double v, boolean empty) {
        super.updateItem(v, empty);
        ReferenceFigure f = empty || getTableRow() == null ? null : getTableRow().getItem();
        setText(f == null ? null : text.value(f));
      }
    });
    value.setPrefWidth(80);
    value.setMinWidth(70);
    value.setMaxWidth(120);
    figureTable.getColumns().add(value);
    TableColumn<ReferenceFigure, String> status = column(t, "libui.column.status", 150, text::status);
    status.setMaxWidth(160);
    figureTable.getColumns().add(status);
    datasetColumn = column(t, "libui.column.dataset", 150, f -> text.dataset(f.dataset()));
    figureTable.getColumns().add(datasetColumn);
    figureTable.getColumns().add(column(t, "libui.column.source", 220,
        f -> ProvenanceText.brief(t, f.source())));
    figureTable.setRowFactory(tv -> new TableRow<>() {
      @Override
      protected void updateItem(ReferenceFigure f, boolean empty) {
        super.updateItem(f, empty);
        getStyleClass().remove("overridden-row");
        if (!empty && f != null && f.overridden()) {
          getStyleClass().add("overridden-row");
        }
      }
    });
    figureTable.getSelectionModel().selectedItemProperty().addListener((o, a, f) -> {
      if (f != null) {
        show.accept(f);
      }
    });
    return datasetColumn;
  }

  /** The survey's table by department. */
  static void departmentTable(TableView<SurveySummary.Group> departmentTable, I18n t,
      LibraryCharts pictures) {
    LibraryCsv names = new LibraryCsv(t);
    departmentTable.setPlaceholder(new Label(t.t("libui.table.empty")));
    departmentTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    departmentTable.getColumns().add(groupColumn(t, "libui.survey.department", 180, names::department));
    departmentTable.getColumns().add(groupColumn(t, "libui.survey.respondents", 100,
        g -> Integer.toString(g.respondents())));
    departmentTable.getColumns().add(groupColumn(t, "libui.survey.willing", 110,
        g -> pictures.share(g.willingShare())));
    departmentTable.getColumns().add(groupColumn(t, "libui.survey.active", 110,
        g -> pictures.share(g.activeShare())));
    departmentTable.getColumns().add(groupColumn(t, "libui.survey.averageNetwork", 120,
        g -> pictures.number(g.averageNetwork())));
    departmentTable.getColumns().add(groupColumn(t, "libui.survey.medianNetwork", 120,
        g -> pictures.number(g.medianNetwork())));
  }

  /** The country and year filters: "all" in words, countries by their name in the language. */
  static void filters(javafx.scene.control.ComboBox<String> countryFilter,
      javafx.scene.control.ComboBox<Integer> yearFilter, I18n t, FigureText text) {
    countryFilter.setId("countryFilter");
    countryFilter.setConverter(new javafx.util.StringConverter<>() {
      @Override
      public String toString(String c) {
        return c == null || c.isEmpty() ? t.t("libui.filter.allCountries") : text.country(c);
      }

      @Override
      public String fromString(String s) {
        return s;
      }
    });
    yearFilter.setConverter(new javafx.util.StringConverter<>() {
      @Override
      public String toString(Integer y) {
        return y == null || y == 0 ? t.t("libui.filter.allYears") : Integer.toString(y);
      }

      @Override
      public Integer fromString(String s) {
        return null;
      }
    });
  }

  /** A survey's totals as cards: respondents, willing, active, average and median network. */
  static java.util.List<javafx.scene.layout.VBox> summaryCards(SurveySummary.Group total, I18n t,
      LibraryCharts pictures) {
    return java.util.List.of(
        card(t, "summaryRespondents", "libui.survey.respondents",
            Integer.toString(total.respondents())),
        card(t, "summaryWilling", "libui.survey.willing", pictures.share(total.willingShare())),
        card(t, "summaryActive", "libui.survey.active", pictures.share(total.activeShare())),
        card(t, "summaryAverageNetwork", "libui.survey.averageNetwork",
            pictures.number(total.averageNetwork())),
        card(t, "summaryMedianNetwork", "libui.survey.medianNetwork",
            pictures.number(total.medianNetwork())));
  }

  private static javafx.scene.layout.VBox card(I18n t, String id, String key, String value) {
    Label number = new Label(value);
    number.setId(id);
    number.getStyleClass().add("summary-number");
    Label label = new Label(t.t(key));
    label.getStyleClass().add("text-muted");
    javafx.scene.layout.VBox box = new javafx.scene.layout.VBox(2, number, label);
    box.getStyleClass().add("summary-card");
    return box;
  }

  /** Tooltips that are also read to screen readers. */
  static void help(I18n t, java.util.Map<? extends javafx.scene.control.Control, String> keys) {
    keys.forEach((c, key) -> {
      c.setTooltip(new Tooltip(t.t(key)));
      c.setAccessibleHelp(t.t(key));
    });
  }

  private static TableColumn<ReferenceFigure, String> column(I18n t, String key, double width,
      Function<ReferenceFigure, String> value) {
    TableColumn<ReferenceFigure, String> c = new TableColumn<>(t.t(key));
    c.setPrefWidth(width);
    c.setCellValueFactory(cd -> new ReadOnlyStringWrapper(value.apply(cd.getValue())));
    return se.socialorg.advisor.ui.WholeCellText.on(c);
  }

  private static TableColumn<SurveySummary.Group, String> groupColumn(I18n t, String key, double width,
      Function<SurveySummary.Group, String> value) {
    TableColumn<SurveySummary.Group, String> c = new TableColumn<>(t.t(key));
    c.setPrefWidth(width);
    c.setCellValueFactory(cd -> new ReadOnlyStringWrapper(value.apply(cd.getValue())));
    return se.socialorg.advisor.ui.WholeCellText.on(c);
  }
}
