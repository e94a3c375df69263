package se.socialorg.advisor.ui.library;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import se.socialorg.advisor.i18n.I18n;
import se.socialorg.advisor.model.Dataset;
import se.socialorg.advisor.model.ReferenceFigure;
import se.socialorg.advisor.model.SurveySummary;
import se.socialorg.advisor.ui.ScreenHost;
import se.socialorg.advisor.present.ChartPoint;
import se.socialorg.advisor.ui.charts.Charts;
import se.socialorg.advisor.present.FigureText;
import se.socialorg.advisor.present.LibraryCharts;
import se.socialorg.advisor.ui.library.LibraryViewModel.Entry;
import se.socialorg.advisor.ui.library.LibraryViewModel.Kind;
import se.socialorg.advisor.present.LibraryCsv;

/**
 * The data library screen: datasets grouped as published studies, the user's surveys and the
 * user's own figures on the left; a chart above the filtered table in the centre; where the
 * selected figure comes from on the right, with override and reset. Every database access runs
 * as a task on the app executor; this controller only draws the results.
 */
public final class LibraryController {

  private final ScreenHost host;
  private final LibraryModel model;
  private final LibraryViewModel vm;
  private I18n t;
  private FigureText text;
  private LibraryCharts pictures;
  private ProvenancePane provenance;
  private Charts charts;
  private LibraryData data;
  private List<String> datasets = List.of();
  private List<String> countries = List.of();
  private List<ReferenceFigure> loaded = List.of();
  private LibraryData.SurveyView survey;
  private Entry current;
  private ReferenceFigure selected;
  private Long pendingFigure;
  private LibraryChartView chartView;
  private SurveyManagementView surveyManagement;
  private LibraryFilters filters;
  private TableColumn<ReferenceFigure, String> datasetColumn;
  private int generation;

  @FXML private BorderPane libraryView;
  @FXML private Label libraryNotice;
  @FXML private Label countryLabel;
  @FXML private Label yearLabel;
  @FXML private ListView<Entry> datasetList;
  @FXML private ComboBox<String> countryFilter;
  @FXML private ComboBox<Integer> yearFilter;
  @FXML private TextField searchField;
  @FXML private Button addFigureButton;
  @FXML private Button importSurveyButton;
  @FXML private Button importFiguresButton;
  @FXML private Button questionnaireButton;
  @FXML private Label surveyMargin;
  @FXML private TextField surveyNameField;
  @FXML private Button renameSurveyButton;
  @FXML private Button deleteSurveyButton;
  @FXML private Label surveyUsedBy;
  private final SurveyManagerViewModel manager = new SurveyManagerViewModel();
  @FXML private Button exportCsvButton;
  @FXML private Label chartHeading;
  @FXML private ComboBox<String> surveyChartChoice;
  @FXML private StackPane chartHolder;
  @FXML private Label chartHint;
  @FXML private TableView<ReferenceFigure> figureTable;
  @FXML private VBox surveyBox;
  @FXML private FlowPane surveySummary;
  @FXML private TableView<SurveySummary.Group> departmentTable;
  @FXML private VBox provenancePane;
  @FXML private Label provHeading;
  @FXML private Label provValue;
  @FXML private VBox provDetails;
  @FXML private Label provStatus;
  @FXML private Button overrideButton;
  @FXML private Button resetOverrideButton;
  @FXML private Button deleteFigureButton;

  public LibraryController(ScreenHost host, LibraryViewModel vm) {
    this.host = host;
    this.vm = vm;
    this.model = vm.choice();
  }

  @FXML
  private void initialize() {
    t = host.i18n();
    text = new FigureText(t);
    pictures = new LibraryCharts(t);
    charts = new Charts(t, host.dialogs(), host.services().executor());
    chartView = new LibraryChartView(t, charts, chartHolder, this::selectFigure,
        this::showPointDetails);
    data = vm.data();
    provenance = new ProvenancePane(t, provHeading, provValue, provDetails, provStatus,
        overrideButton, resetOverrideButton, deleteFigureButton);
    LibraryTables.datasetList(datasetList, t, this::open);
    filters = new LibraryFilters(model, vm, t, text, countryLabel, countryFilter, yearLabel,
        yearFilter, searchField, this::apply);
    datasetColumn = LibraryTables.figureTable(figureTable, t, text, this::showFigure);
    LibraryTables.departmentTable(departmentTable, t, pictures);
    LibraryTables.help(t, java.util.Map.of(addFigureButton, "libui.addFigure.help",
        importSurveyButton, "libui.importSurvey.help", exportCsvButton, "libui.exportCsv.help",
        overrideButton, "libui.override.help", resetOverrideButton, "libui.resetOverride.help",
        deleteFigureButton, "libui.deleteFigure.help", countryFilter, "libui.filter.country.help",
        yearFilter, "libui.filter.year.help", searchField, "libui.filter.search.help"));
    LibraryTables.help(t, java.util.Map.of(importFiguresButton, "libui.importFigures.help",
        questionnaireButton, "libui.questionnaire.help",
        renameSurveyButton, "libui.survey.rename.help",
        deleteSurveyButton, "libui.survey.delete.help"));
    surveyManagement = new SurveyManagementView(host, vm, manager, pictures, surveyMargin,
        surveyNameField, renameSurveyButton, surveyUsedBy, this::loadChoices);
    surveyChartChoice.getItems().setAll(t.t("libui.survey.chart.willingness"),
        t.t("libui.survey.chart.network"), t.t("libui.survey.chart.departments"));
    surveyChartChoice.getSelectionModel().select(model.surveyChart());
    surveyChartChoice.getSelectionModel().selectedIndexProperty().addListener((o, a, b) -> {
      model.surveyChart(b.intValue());
      if (survey != null) {
        drawSurveyChart();
      }
    });
    surveyChartChoice.setTooltip(new Tooltip(t.t("libui.survey.chart.help")));
    clearProvenance();
    loadChoices(model.selectedKey());
  }

  // ---- set-up ---------------------------------------------------------------------------------

  /** Reads the dataset list (and the library's problem, if any), then shows {@code selectKey}. */
  private void loadChoices(String selectKey) {
    vm.load(data::choices, c -> {
      datasets = c.datasets();
      countries = c.countries();
      showProblem(c);
      List<Entry> entries = vm.entries(c);
      datasetList.getItems().setAll(entries);
      Entry pick = entries.stream().filter(e -> e.key().equals(selectKey)).findFirst()
          .orElse(entries.stream().filter(e -> e.kind() == Kind.DATASET).findFirst().orElse(null));
      if (pick != null) {
        datasetList.getSelectionModel().select(pick);
        datasetList.scrollTo(pick);
        if (current != pick) {
          open(pick);
        }
      }
    });
  }

  private void showProblem(LibraryData.Choices c) {
    Optional<String> message = vm.problem(c, host.services().dataDirectory().database());
    libraryNotice.setText(message.orElse(""));
    libraryNotice.setVisible(message.isPresent());
    libraryNotice.setManaged(message.isPresent());
    // Read-only: what would write to the library cannot work.
    addFigureButton.setDisable(message.isPresent());
    importSurveyButton.setDisable(message.isPresent());
  }

  /** Shows a dataset list entry: its figures, or a survey's summary. */
  private void open(Entry e) {
    current = e;
    model.select(e.key());
    int gen = ++generation;
    boolean isSurvey = e.kind() == Kind.SURVEY;
    chartHeading.setText(isSurvey ? t.t("libui.survey.heading", e.label()) : "");
    chartHeading.setVisible(isSurvey);
    chartHeading.setManaged(isSurvey);
    datasetColumn.setVisible(e.kind() == Kind.ADDED || e.kind() == Kind.CHANGED);
    showSurveyParts(isSurvey);
    if (isSurvey) {
      vm.load(() -> data.survey(e.surveyId()), s -> {
        if (gen == generation) {
          showSurvey(s);
        }
      });
      return;
    }
    survey = null;
    vm.load(() -> vm.figuresOf(e), figs -> {
      if (gen == generation) {
        loaded = figs;
        filters.fill(loaded);
        apply();
      }
    });
  }

  private void showSurveyParts(boolean isSurvey) {
    figureTable.setVisible(!isSurvey);
    surveyBox.setVisible(isSurvey);
    surveyBox.setManaged(isSurvey);
    surveyChartChoice.setVisible(isSurvey);
    surveyChartChoice.setManaged(isSurvey);
    filters.setDisable(isSurvey);
    chartHint.setText(t.t(isSurvey ? "libui.chart.hint.survey" : "libui.chart.hint"));
  }

  /** Filters the loaded figures into the table and the chart. */
  private void apply() {
    if (current == null || current.kind() == Kind.SURVEY) {
      return;
    }
    List<ReferenceFigure> shown = vm.filter(loaded);
    ReferenceFigure keep = selected;
    figureTable.getItems().setAll(shown);
    Long want = pendingFigure != null ? pendingFigure : keep == null ? null : keep.id();
    pendingFigure = null;
    Optional<ReferenceFigure> again = want == null ? Optional.empty()
        : shown.stream().filter(f -> f.id() == want).findFirst();
    if (again.isPresent()) {
      figureTable.getSelectionModel().select(again.get());
      figureTable.scrollTo(again.get());
      showFigure(again.get());
    } else {
      clearProvenance();
    }
    drawFigureChart(shown);
  }

  private void drawFigureChart(List<ReferenceFigure> shown) {
    String dataset = current.kind() == Kind.DATASET ? current.id() : "";
    chartView.draw(pictures.figures(dataset, current.label(), loaded, shown, model.country(), model.year(),
        userCountry()));
  }

  /** A click on a bar: selects its row, or shows it alone when the table filters it out. */
  private void selectFigure(ReferenceFigure f) {
    Optional<ReferenceFigure> row = figureTable.getItems().stream()
        .filter(r -> r.id() == f.id()).findFirst();
    if (row.isPresent()) {
      figureTable.getSelectionModel().select(row.get());
      figureTable.scrollTo(row.get());
    } else {
      figureTable.getSelectionModel().clearSelection();
    }
    showFigure(f);
  }

  private void showPointDetails(ChartPoint p) {
    selected = null;
    provenance.point(p);
  }

  /** The country of the scenario being worked on (its trust inputs), Sweden when unknown. */
  private String userCountry() {
    var trust = host.session().scenario().inputs().trust();
    String c = trust == null ? null : trust.country();
    return c == null || c.isBlank() ? "Sweden" : c;
  }

  private void showFigure(ReferenceFigure f) {
    selected = f;
    provenance.figure(f);
  }

  private void clearProvenance() {
    selected = null;
    provenance.clear();
  }

  private void showSurvey(LibraryData.SurveyView s) {
    survey = s;
    SurveySummary.Group total = s.summary().total();
    surveySummary.getChildren().setAll(LibraryTables.summaryCards(total, t, pictures));
    departmentTable.getItems().setAll(s.summary().byDepartment());
    selected = null;
    provenance.survey(s.info());
    surveyManagement.show(s);
    drawSurveyChart();
  }

  @FXML
  private void onRenameSurvey() {
    surveyManagement.rename();
  }

  @FXML
  private void onDeleteSurvey() {
    surveyManagement.delete();
  }

  @FXML
  private void onQuestionnaire() {
    new QuestionnaireWindow(t, host.dialogs(), host.services().executor()).show(questionnaireButton);
  }

  private void drawSurveyChart() {
    chartView.draw(pictures.survey(model.surveyChart(), survey.info().name(), survey.summary(),
        survey.network(), survey.willingness()));
  }

  /** Change value…: the user's value of a shipped figure, or a new value of their own one. */
  @FXML
  private void onOverride() {
    ReferenceFigure f = selected;
    if (f != null) {
      FigureFormViewModel form = f.shipped() ? FigureFormViewModel.override(t, f)
          : FigureFormViewModel.edit(t, f);
      host.dialogs().showCustom(FigureForm.dialog(form, t),
          r -> vm.saveValue(f, r, this::reload));
    }
  }

  /** Delete figure…: removes a figure the user added, after asking. */
  @FXML
  private void onDeleteFigure() {
    vm.deleteFigure(selected, this::reload);
  }

  @FXML
  private void onResetOverride() {
    vm.resetOverride(selected, this::reload);
  }

  @FXML
  private void onAddFigure() {
    String dataset = current != null && current.kind() == Kind.DATASET ? current.id()
        : Dataset.EDELMAN_INSTITUTIONS.name();
    String country = model.country().isEmpty() ? userCountry() : model.country();
    host.dialogs().showCustom(FigureForm.dialog(FigureFormViewModel.newFigure(t, datasets,
        dataset, countries, country, model.year()), t), r -> vm.addFigure(r, id -> {
          pendingFigure = id;
          model.filterCountry("");
          model.filterYear(0);
          searchField.setText("");
          loadChoices(new Entry(Kind.DATASET, r.dataset(), "", 0).key());
        }));
  }

  @FXML
  private void onImportSurvey() {
    host.dialogs()
        .chooseOpen(t.t("libui.import.choose"), t.t("libui.import.surveyFilter"), "*.xlsx", "*.xls", "*.csv",
            "*.txt")
        .ifPresent(file -> {
          ImportSurveyDialog.open(t, host.dialogs(), host.services().executor(), data, file,
              id -> loadChoices(new Entry(Kind.SURVEY, Long.toString(id), "", id).key()));
        });
  }

  /** A figures file (docs/figures-file.md): stored all or nothing, problems by row and column. */
  @FXML
  private void onImportFigures() {
    host.dialogs()
        .chooseOpen(t.t("libui.importFigures.choose"), t.t("libui.importFigures.filter"),
            "*.csv", "*.xlsx", "*.txt")
        .ifPresent(file -> vm.importFigures(file,
            () -> loadChoices(current == null ? model.selectedKey() : current.key())));
  }

  @FXML
  private void onExportCsv() {
    LibraryCsv csv = new LibraryCsv(t);
    LibraryCsv.Table table;
    String name;
    if (current != null && current.kind() == Kind.SURVEY && survey != null) {
      List<String> headers = new ArrayList<>();
      for (TableColumn<SurveySummary.Group, ?> c : departmentTable.getColumns()) {
        headers.add(c.getText());
      }
      table = csv.departments(headers, departmentTable.getItems());
      name = survey.info().name();
    } else {
      table = csv.figures(figureTable.getItems());
      name = current == null ? "library" : current.label();
    }
    vm.exportCsv(table, name);
  }

  /** After a change: reads the entry again and selects the changed figure. */
  private void reload(long figureId) {
    pendingFigure = figureId;
    loadChoices(current == null ? model.selectedKey() : current.key());
  }

}
