package se.socialorg.advisor.ui.scenario;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ListChangeListener;
import javafx.collections.WeakListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.chart.BarChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import se.socialorg.advisor.engine.Evaluation;
import se.socialorg.advisor.engine.RankedAlternative;
import se.socialorg.advisor.present.ReasonFormatter;
import se.socialorg.advisor.i18n.I18n;
import se.socialorg.advisor.model.Alternative;
import se.socialorg.advisor.model.Goal;
import se.socialorg.advisor.model.InputField;
import se.socialorg.advisor.model.Scenario;
import se.socialorg.advisor.store.scenario.ScenarioFiles;
import se.socialorg.advisor.present.InputValues;
import se.socialorg.advisor.ui.ScreenHost;
import se.socialorg.advisor.present.ChartPoint;
import se.socialorg.advisor.ui.charts.Charts;

/**
 * The view of the comparison: every input in a row (rows that differ are highlighted), each
 * scenario's recommendation and scores, and one chart of the scores. It draws what {@link
 * CompareViewModel} holds and forwards the buttons to it.
 */
public final class CompareController {

  /** At most this many scenarios side by side. */
  public static final int MAX = CompareViewModel.MAX;

  private final ScreenHost host;
  private final CompareViewModel model;
  private Charts charts;
  private BarChart<String, Number> chart;

  /** One row of the table: a label and one text per scenario. */
  record Row(String label, List<String> values) {
    boolean differs() {
      return values.stream().distinct().count() > 1;
    }
  }

  @FXML private VBox compareView;
  @FXML private Button addCompareButton;
  @FXML private Button addCurrentButton;
  @FXML private Button clearCompareButton;
  @FXML private HBox compareRecommendations;
  @FXML private TableView<Row> compareTable;
  @FXML private VBox compareChartBox;
  @FXML private Label compareHint;
  @FXML private Button compareExportPdfButton;
  @FXML private Button compareExportCsvButton;
  @FXML private Label compareStatus;

  public CompareController(ScreenHost host, CompareViewModel model) {
    this.host = host;
    this.model = model;
  }

  @FXML
  private void initialize() {
    I18n t = host.i18n();
    charts = new Charts(t, host.dialogs(), host.services().executor());
    chart = charts.bars("compareChart", t.t("compare.chart"), t.t("compare.chart.axis"), List.of());
    chart.setPrefHeight(320);
    compareChartBox.getChildren().setAll(chart);
    java.util.Map<String, String> modelColours = new java.util.LinkedHashMap<>();
    for (Alternative a : Alternative.values()) {
      modelColours.put(new ReasonFormatter(t).name(a),
          se.socialorg.advisor.present.ChartColours.modelClass(a));
    }
    charts.colourSeries(chart, modelColours);
    charts.explainHighlight(chart, t.t("chart.highlight.compare"));
    addCompareButton.setOnAction(e -> addFile());
    addCurrentButton.setOnAction(e -> addCurrent());
    clearCompareButton.setOnAction(e -> model.clear());
    addCompareButton.disableProperty().bind(model.fullProperty());
    addCurrentButton.disableProperty().bind(model.fullProperty());
    compareExportPdfButton.setOnAction(e -> model.exportPdf());
    compareExportCsvButton.setOnAction(e -> model.exportCsv());
    compareExportPdfButton.disableProperty().bind(model.exportableProperty().not());
    compareExportCsvButton.disableProperty().bind(model.exportableProperty().not());
    // The view is made again on a language switch: the status line is said in the new language.
    model.languageChanged();
    compareStatus.textProperty().bind(model.statusProperty());
    compareStatus.managedProperty().bind(compareStatus.textProperty().isNotEmpty());
    compareTable.setRowFactory(tv -> new TableRow<>() {
      @Override
      protected void updateItem(Row row, boolean empty) {
        super.updateItem(row, empty);
        getStyleClass().remove("diff-row");
        if (!empty && row != null && row.differs()) {
          getStyleClass().add("diff-row");
        }
      }
    });
    compareTable.setPlaceholder(new Label(t.t("compare.empty")));
    // The view goes with the language; the model stays. A weak listener lets an old view go.
    ListChangeListener<CompareViewModel.Compared> redraw = c -> refresh();
    compareView.getProperties().put(ListChangeListener.class, redraw);
    model.compared().addListener(new WeakListChangeListener<>(redraw));
    refresh();
  }

  /** Adds the scenario being edited (unsaved changes included). */
  void addCurrent() {
    model.addCurrent(host.session().displayName(ScenarioFiles.EXTENSION),
        host.session().scenario(), host.session().file());
  }

  /** Asks for a scenario file and adds it. */
  void addFile() {
    I18n t = host.i18n();
    host.dialogs().chooseOpen(t.t("compare.add"), t.t("file.filter"), "*" + ScenarioFiles.EXTENSION)
        .ifPresent(this::addFile);
  }

  /** Reads and adds a file (in the background); a bad file is reported and changes nothing. */
  public void addFile(Path file) {
    model.addFile(file);
  }

  List<CompareViewModel.Compared> compared() {
    return model.compared();
  }

  private void refresh() {
    List<CompareViewModel.Compared> compared = model.compared();
    I18n t = host.i18n();
    ReasonFormatter names = new ReasonFormatter(t);
    compareHint.setText(compared.size() < 2 ? t.t("compare.hint", MAX) : "");

    compareTable.getColumns().clear();
    TableColumn<Row, String> labelCol = new TableColumn<>(t.t("compare.input"));
    labelCol.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().label()));
    labelCol.setPrefWidth(280);
    se.socialorg.advisor.ui.WholeCellText.on(labelCol);
    compareTable.getColumns().add(labelCol);
    for (int i = 0; i < compared.size(); i++) {
      int index = i;
      TableColumn<Row, String> col = new TableColumn<>(compared.get(i).title());
      col.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().values().get(index)));
      col.setPrefWidth(170);
      se.socialorg.advisor.ui.WholeCellText.on(col);
      compareTable.getColumns().add(col);
    }
    compareTable.setItems(rows(t, names));

    compareRecommendations.getChildren().clear();
    List<ChartPoint> points = new ArrayList<>();
    for (int i = 0; i < compared.size(); i++) {
      CompareViewModel.Compared c = compared.get(i);
      Label l = new Label(t.t("compare.recommends", c.title(), names.name(c.evaluation().recommended()),
          t.number(c.evaluation().margin(), 3)));
      l.setId("compareRecommendation" + i);
      l.setWrapText(true);
      l.setMaxWidth(260);
      l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
      l.getStyleClass().add("compare-card");
      compareRecommendations.getChildren().add(l);
      for (RankedAlternative r : c.evaluation().ranking()) {
        // A group of bars per scenario, a bar per model in the model's own colour.
        points.add(new ChartPoint(c.title(), names.name(r.model()), r.score(),
            t.number(r.score(), 3), t.t("compare.chart.source", c.title()), "",
            r.model() == c.evaluation().recommended()));
      }
    }
    charts.update(chart, points);
  }

  private ObservableList<Row> rows(I18n t, ReasonFormatter names) {
    ObservableList<Row> rows = FXCollections.observableArrayList();
    if (model.compared().isEmpty()) {
      return rows;
    }
    ReasonFormatter n = names;
    rows.add(row(t.t("compare.recommended"), c -> n.name(c.evaluation().recommended())));
    for (Alternative a : Alternative.values()) {
      rows.add(row(t.t("compare.score", n.name(a)), c -> {
        double v = c.evaluation().total(a);
        return Double.isNaN(v) ? t.t("compare.notOffered") : t.number(v, 3);
      }));
    }
    for (Goal g : Goal.values()) {
      rows.add(row(t.t("compare.weight", t.t("goal." + g.name())),
          c -> t.percent(c.evaluation().weights().getOrDefault(g, 0.0), 0)));
    }
    rows.add(row(t.t("wizard.org.maturity"),
        c -> t.t("maturity." + c.scenario().inputs().organisation().maturity().name())));
    rows.add(row(t.t("wizard.org.shared"),
        c -> t.t("wizard.org.shared." + c.scenario().inputs().organisation().sharedFunctions().name())));
    rows.add(row(t.t("wizard.trust.country"),
        c -> se.socialorg.advisor.present.CountryNames.of(t, c.scenario().inputs().trust().country())));
    rows.add(row(t.t("wizard.trust.industry"), c -> c.scenario().inputs().trust().industry()));
    for (InputField f : InputField.values()) {
      rows.add(row(t.t("field." + f.name()), c -> InputValues.text(t, f,
          f.read(c.scenario().inputs()), c.scenario().inputs().resources().currency())));
    }
    rows.add(row(t.t("wizard.resources.currency"), c -> c.scenario().inputs().resources().currency()));
    rows.add(row(t.t("wizard.result.decision"), c -> c.scenario().decision().taken() == null
        ? t.t("wizard.result.undecided") : n.name(c.scenario().decision().taken())));
    if (model.compared().stream().anyMatch(c -> c.followUp() != null || !c.plan().targets().isEmpty())) {
      rows.add(row(t.t("compare.followUp.months"),
          c -> c.followUp() == null ? t.t("compare.followUp.none") : t.number(c.followUp().months(), 0)));
      for (se.socialorg.advisor.engine.Measure m : List.of(se.socialorg.advisor.engine.Measure.IMPRESSIONS,
          se.socialorg.advisor.engine.Measure.CLICKS, se.socialorg.advisor.engine.Measure.VALUE)) {
        String measure = t.t("followup.measure." + m.name().toLowerCase(java.util.Locale.ROOT));
        rows.add(row(t.t("compare.followUp.actual", measure), c -> c.followUp() == null ? ""
            : actualAgainst(t, c.followUp().actual().get(m), c.followUp().projected().get(m),
                c.followUp().status().get(m))));
      }
      for (se.socialorg.advisor.model.Kpi k : se.socialorg.advisor.model.Kpi.values()) {
        String kpi = k == se.socialorg.advisor.model.Kpi.COST ? t.t("followup.measure.cost")
            : t.t("followup.kpi." + k.name());
        rows.add(row(t.t("compare.followUp.target", kpi), c -> {
          var target = c.plan().target(k);
          if (target.isEmpty()) {
            return "";
          }
          Double actual = c.followUp() == null ? null : c.followUp().actualPerMonth().get(k);
          return actual == null || actual.isNaN() ? t.number(target.get().perMonth(), 0)
              : actualAgainst(t, actual, target.get().perMonth(), c.followUp().targetStatus().get(k));
        }));
      }
    }
    return rows;
  }

  /** "actual / expected (status)" with the numbers in the manager's locale. */
  private static String actualAgainst(I18n t, double actual, double expected,
      se.socialorg.advisor.engine.KpiStatus status) {
    if (Double.isNaN(actual)) {
      return t.t("followup.cli.none");
    }
    String s = status == null ? "" : t.t("followup.status." + status.name().toLowerCase(java.util.Locale.ROOT));
    return t.t("compare.followUp.against", t.number(actual, 0), Double.isNaN(expected) ? t.t("followup.cli.none")
        : t.number(expected, 0), s);
  }

  private Row row(String label, Function<CompareViewModel.Compared, String> value) {
    List<String> values = new ArrayList<>();
    for (CompareViewModel.Compared c : model.compared()) {
      values.add(Objects.requireNonNullElse(value.apply(c), ""));
    }
    return new Row(label, values);
  }
}
