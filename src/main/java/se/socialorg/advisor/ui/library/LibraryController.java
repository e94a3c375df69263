package se.socialorg.advisor.ui.library;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.concurrent.Task;
import javafx.fxml.FXML;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import se.socialorg.advisor.i18n.I18n;
import se.socialorg.advisor.model.Dataset;
import se.socialorg.advisor.model.ReferenceFigure;
import se.socialorg.advisor.model.SurveySummary;
import se.socialorg.advisor.store.db.Database;
import se.socialorg.advisor.store.db.FigureFilter;
import se.socialorg.advisor.store.db.FigureRepository;
import se.socialorg.advisor.store.survey.CsvExport;
import se.socialorg.advisor.store.survey.HistogramBin;
import se.socialorg.advisor.store.survey.SurveyInfo;
import se.socialorg.advisor.present.ProvenanceText;
import se.socialorg.advisor.ui.ScreenHost;
import se.socialorg.advisor.present.ChartPoint;
import se.socialorg.advisor.ui.charts.Charts;
import se.socialorg.advisor.present.FigureText;
import se.socialorg.advisor.present.LibraryCharts;
import se.socialorg.advisor.present.LibraryCsv;

/**
 * The data library screen: datasets grouped as published studies, the user's surveys and the
 * user's own figures on the left; a chart above the filtered table in the centre; where the
 * selected figure comes from on the right, with override and reset. Every database access runs
 * as a task on the app executor; this controller only draws the results.
 */
public final class LibraryController {

  private static final Logger LOG = Logger.getLogger(LibraryController.class.getName());
  private static final String CHART_ID = "libraryChart";

  /** Kinds of entries in the dataset list. */
  enum Kind {
    HEADER,
    DATASET,
    SURVEY,
    ADDED,
    CHANGED
  }

  /** One line of the dataset list. */
  record Entry(Kind kind, String id, String label, long surveyId) {
    String key() {
      return kind + ":" + id;
    }
  }

  private final ScreenHost host;
  private final LibraryModel model;
  private final LibraryViewModel vm;
  private I18n t;
  private FigureText text;
  private LibraryCharts pictures;
  private Charts charts;
  private LibraryData data;
  private List<String> datasets = List.of();
  private List<String> countries = List.of();
  private List<ReferenceFigure> loaded = List.of();
  private LibraryData.SurveyView survey;
  private Entry current;
  private ReferenceFigure selected;
  private Long pendingFigure;
  private XYChart<?, ?> chart;
  private String chartKey = "";
  private final Map<String, ReferenceFigure> pointFigures = new LinkedHashMap<>();
  private boolean updatingFilters;
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
    data = vm.data();
    LibraryTables.datasetList(datasetList, t, this::open);
    setUpFilters();
    datasetColumn = LibraryTables.figureTable(figureTable, t, text, this::showFigure);
    LibraryTables.departmentTable(departmentTable, t, pictures);
    help(addFigureButton, "libui.addFigure.help");
    help(importSurveyButton, "libui.importSurvey.help");
    help(exportCsvButton, "libui.exportCsv.help");
    help(overrideButton, "libui.override.help");
    help(resetOverrideButton, "libui.resetOverride.help");
    help(deleteFigureButton, "libui.deleteFigure.help");
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

  private void setUpFilters() {
    countryLabel.setLabelFor(countryFilter);
    yearLabel.setLabelFor(yearFilter);
    countryFilter.setId("countryFilter");
    countryFilter.setConverter(new StringConverter<>() {
      @Override
      public String toString(String c) {
        return c == null || c.isEmpty() ? t.t("libui.filter.allCountries") : text.country(c);
      }

      @Override
      public String fromString(String s) {
        return s;
      }
    });
    yearFilter.setConverter(new StringConverter<>() {
      @Override
      public String toString(Integer y) {
        return y == null || y == 0 ? t.t("libui.filter.allYears") : Integer.toString(y);
      }

      @Override
      public Integer fromString(String s) {
        return null;
      }
    });
    help(countryFilter, "libui.filter.country.help");
    help(yearFilter, "libui.filter.year.help");
    help(searchField, "libui.filter.search.help");
    countryFilter.valueProperty().addListener((o, a, b) -> {
      if (!updatingFilters) {
        model.filterCountry(b);
        apply();
      }
    });
    yearFilter.valueProperty().addListener((o, a, b) -> {
      if (!updatingFilters) {
        model.filterYear(b);
        apply();
      }
    });
    searchField.setText(model.search());
    searchField.textProperty().addListener((o, a, b) -> {
      model.search(b);
      apply();
    });
  }

  // ---- loading --------------------------------------------------------------------------------

  /** Reads the dataset list (and the library's problem, if any), then shows {@code selectKey}. */
  private void loadChoices(String selectKey) {
    run(data::choices, c -> {
      datasets = c.datasets();
      countries = c.countries();
      showProblem(c);
      List<Entry> entries = new ArrayList<>();
      entries.add(new Entry(Kind.HEADER, "published", t.t("libui.group.published"), 0));
      List<String> own = new ArrayList<>();
      for (String d : c.datasets()) {
        if (Dataset.fromId(d).isPresent()) {
          entries.add(new Entry(Kind.DATASET, d, text.dataset(d), 0));
        } else {
          own.add(d);
        }
      }
      entries.add(new Entry(Kind.HEADER, "surveys", t.t("libui.group.surveys"), 0));
      if (c.surveys().isEmpty()) {
        entries.add(new Entry(Kind.HEADER, "noSurveys", t.t("libui.group.noSurveys"), 0));
      }
      for (SurveyInfo s : c.surveys()) {
        entries.add(new Entry(Kind.SURVEY, Long.toString(s.id()),
            t.t("libui.survey.entry", s.name(), s.respondents()), s.id()));
      }
      entries.add(new Entry(Kind.HEADER, "own", t.t("libui.group.own"), 0));
      entries.add(new Entry(Kind.ADDED, "added", t.t("libui.own.added"), 0));
      entries.add(new Entry(Kind.CHANGED, "changed", t.t("libui.own.changed"), 0));
      for (String d : own) {
        entries.add(new Entry(Kind.DATASET, d, text.dataset(d), 0));
      }
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
    Optional<String> message = c.problem().map(p -> t.t(Database.FALLBACK_MESSAGE_KEY) + " "
        + t.t(p.messageKey(), host.services().dataDirectory().database().toString()));
    libraryNotice.setText(message.orElse(""));
    libraryNotice.setVisible(message.isPresent());
    libraryNotice.setManaged(message.isPresent());
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
      run(() -> data.survey(e.surveyId()), s -> {
        if (gen == generation) {
          showSurvey(s);
        }
      });
      return;
    }
    survey = null;
    run(() -> figuresOf(e), figs -> {
      if (gen == generation) {
        loaded = figs;
        fillFilters();
        apply();
      }
    });
  }

  private List<ReferenceFigure> figuresOf(Entry e) {
    return switch (e.kind()) {
      case DATASET -> data.figures(FigureFilter.all().withDataset(e.id()));
      case ADDED -> data.figures(FigureFilter.all()).stream().filter(ReferenceFigure::userFigure)
          .toList();
      case CHANGED -> data.figures(FigureFilter.all()).stream()
          .filter(ReferenceFigure::overridden).toList();
      default -> List.of();
    };
  }

  private void showSurveyParts(boolean isSurvey) {
    figureTable.setVisible(!isSurvey);
    surveyBox.setVisible(isSurvey);
    surveyBox.setManaged(isSurvey);
    surveyChartChoice.setVisible(isSurvey);
    surveyChartChoice.setManaged(isSurvey);
    countryFilter.setDisable(isSurvey);
    yearFilter.setDisable(isSurvey);
    searchField.setDisable(isSurvey);
    chartHint.setText(t.t(isSurvey ? "libui.chart.hint.survey" : "libui.chart.hint"));
  }

  private void fillFilters() {
    updatingFilters = true;
    try {
      List<String> cs = new ArrayList<>();
      cs.add("");
      loaded.stream().map(ReferenceFigure::country).distinct()
          .sorted(Comparator.comparing((String c) -> !FigureRepository.GLOBAL.equals(c))
              .thenComparing(text::country))
          .forEach(cs::add);
      countryFilter.getItems().setAll(cs);
      if (!cs.contains(model.country())) {
        model.filterCountry("");
      }
      countryFilter.setValue(model.country());
      List<Integer> ys = new ArrayList<>();
      ys.add(0);
      new TreeSet<>(loaded.stream().map(ReferenceFigure::year).toList()).descendingSet()
          .forEach(ys::add);
      yearFilter.getItems().setAll(ys);
      if (!ys.contains(model.year())) {
        model.filterYear(0);
      }
      yearFilter.setValue(model.year());
    } finally {
      updatingFilters = false;
    }
  }

  /** Filters the loaded figures into the table and the chart. */
  private void apply() {
    if (current == null || current.kind() == Kind.SURVEY) {
      return;
    }
    String needle = model.search().strip().toLowerCase(Locale.ROOT);
    List<ReferenceFigure> shown = loaded.stream()
        .filter(f -> model.country().isEmpty() || f.country().equals(model.country()))
        .filter(f -> model.year() == 0 || f.year() == model.year())
        .filter(f -> needle.isEmpty() || haystack(f).contains(needle))
        .toList();
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

  private String haystack(ReferenceFigure f) {
    return String.join("\n", f.dataset(), text.dataset(f.dataset()), f.country(),
        text.country(f.country()), f.item(), text.item(f.item()), Integer.toString(f.year()),
        f.source().sourceTitle(), f.source().population(), ProvenanceText.title(t, f.source()),
        ProvenanceText.population(t, f.source()), f.note()).toLowerCase(Locale.ROOT);
  }

  // ---- charts of figures ----------------------------------------------------------------------

  private void drawFigureChart(List<ReferenceFigure> shown) {
    String dataset = current.kind() == Kind.DATASET ? current.id() : "";
    draw(pictures.figures(dataset, current.label(), loaded, shown, model.country(), model.year(),
        userCountry()));
  }

  private void draw(LibraryCharts.Picture picture) {
    pointFigures.clear();
    pointFigures.putAll(picture.figures());
    drawChart(picture.key(), picture.title(), picture.axis(), picture.points(),
        picture.horizontal());
  }

  private void drawChart(String key, String title, String axis, List<ChartPoint> points,
      boolean horizontal) {
    if (points.isEmpty()) {
      chart = null;
      chartKey = "";
      Label none = new Label(t.t("libui.chart.empty"));
      none.setId("libraryChartEmpty");
      none.setWrapText(true);
      chartHolder.getChildren().setAll(none);
      return;
    }
    if (chart != null && chartKey.equals(key)) {
      charts.update(chart, points);
      chart.setTitle(title);
      chart.getYAxis().setLabel(horizontal ? null : axis);
      chart.getXAxis().setLabel(horizontal ? axis : null);
      return;
    }
    chart = horizontal ? charts.horizontalBars(CHART_ID, title, axis, points)
        : charts.bars(CHART_ID, title, axis, points);
    chartKey = key;
    chart.setMinSize(200, 140);
    charts.onDetails(chart, p -> {
      ReferenceFigure f = pointFigures.get(LibraryCharts.pointKey(p));
      if (f != null) {
        selectFigure(f);
      } else {
        showPointDetails(p);
      }
    });
    chartHolder.getChildren().setAll(chart);
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
    provHeading.setText(p.category() + " \u2014 " + p.series());
    provValue.setText(p.valueText());
    provDetails.getChildren().setAll(new Label(p.detailsOrSummary()));
    provStatus.setText("");
    enableFigureActions(null);
  }

  /** The country of the scenario being worked on (its trust inputs), Sweden when unknown. */
  private String userCountry() {
    try {
      String c = host.session().scenario().inputs().trust().country();
      return c == null || c.isBlank() ? "Sweden" : c;
    } catch (NullPointerException e) {
      return "Sweden";
    }
  }

  // ---- provenance -----------------------------------------------------------------------------

  private void showFigure(ReferenceFigure f) {
    selected = f;
    provHeading.setText(t.t("libui.provenance.heading", text.item(f.item()),
        text.country(f.country()), f.year()));
    provValue.setText(text.value(f));
    provDetails.getChildren().setAll(
        detail("libui.provenance.source", ProvenanceText.title(t, f.source()), "provSource"),
        detail("libui.provenance.address",
            f.source().sourceUrl().isBlank() ? "\u2013" : f.source().sourceUrl(), "provAddress"),
        detail("libui.provenance.year", Integer.toString(f.year()), "provYear"),
        detail("libui.provenance.population",
            f.source().population().isBlank() ? "\u2013" : ProvenanceText.population(t, f.source()),
            "provPopulation"),
        detail("libui.provenance.derived", text.yesNo(f.source().derived()), "provDerived"),
        detail("libui.provenance.vendorClaim", text.yesNo(f.source().vendorClaim()),
            "provVendorClaim"),
        detail("libui.provenance.dataset", text.dataset(f.dataset()), "provDataset"));
    String status;
    if (f.overridden()) {
      status = t.t("libui.provenance.overridden", text.value(f),
          text.value(f.shippedValue(), f.unit()))
          + (f.note().isBlank() ? "" : "\n" + t.t("libui.provenance.note", f.note()));
    } else if (f.shipped()) {
      status = t.t("libui.provenance.shipped");
    } else {
      status = t.t("libui.provenance.own")
          + (f.note().isBlank() ? "" : "\n" + t.t("libui.provenance.note", f.note()));
    }
    provStatus.setText(status);
    enableFigureActions(f);
  }

  /**
   * The actions on the selected figure: a shipped one can be given the user's value and restored,
   * one the user added can be changed and deleted; nothing when no figure is selected.
   */
  private void enableFigureActions(ReferenceFigure f) {
    overrideButton.setDisable(f == null);
    resetOverrideButton.setDisable(f == null || !f.overridden());
    deleteFigureButton.setDisable(f == null || f.shipped());
  }

  private VBox detail(String key, String value, String id) {
    Label name = new Label(t.t(key));
    name.getStyleClass().add("provenance-label");
    Label v = new Label(value);
    v.setId(id);
    v.setWrapText(true);
    name.setLabelFor(v);
    return new VBox(1, name, v);
  }

  private void clearProvenance() {
    selected = null;
    provHeading.setText(t.t("libui.provenance.none"));
    provValue.setText("");
    provDetails.getChildren().clear();
    provStatus.setText("");
    enableFigureActions(null);
  }

  // ---- surveys --------------------------------------------------------------------------------

  private void showSurvey(LibraryData.SurveyView s) {
    survey = s;
    SurveySummary.Group total = s.summary().total();
    surveySummary.getChildren().setAll(
        card("summaryRespondents", "libui.survey.respondents",
            Integer.toString(total.respondents())),
        card("summaryWilling", "libui.survey.willing", share(total.willingShare())),
        card("summaryActive", "libui.survey.active", share(total.activeShare())),
        card("summaryAverageNetwork", "libui.survey.averageNetwork",
            number(total.averageNetwork())),
        card("summaryMedianNetwork", "libui.survey.medianNetwork",
            number(total.medianNetwork())));
    departmentTable.getItems().setAll(s.summary().byDepartment());
    selected = null;
    provHeading.setText(s.info().name());
    provValue.setText(t.t("libui.survey.entry.respondents", s.info().respondents()));
    provDetails.getChildren().setAll(
        detail("libui.survey.file", s.info().sourceFile(), "provSource"),
        detail("libui.survey.importedAt", s.info().importedAt().replace('T', ' ')
            .replaceAll("\\.\\d+", "").replace("Z", " UTC"), "provYear"));
    provStatus.setText(t.t("libui.survey.useInWizard"));
    enableFigureActions(null);
    drawSurveyChart();
  }

  private void drawSurveyChart() {
    draw(pictures.survey(model.surveyChart(), survey.info().name(), survey.summary(),
        survey.network(), survey.willingness()));
  }

  private VBox card(String id, String key, String value) {
    Label number = new Label(value);
    number.setId(id);
    number.getStyleClass().add("summary-number");
    Label label = new Label(t.t(key));
    label.getStyleClass().add("text-muted");
    VBox box = new VBox(2, number, label);
    box.getStyleClass().add("summary-card");
    return box;
  }

  private String department(SurveySummary.Group g) {
    return new LibraryCsv(t).department(g);
  }

  private String share(double s) {
    return pictures.share(s);
  }

  private String number(double v) {
    return pictures.number(v);
  }

  // ---- actions --------------------------------------------------------------------------------

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
        .chooseOpen(t.t("libui.import.choose"), t.t("libui.import.filter"), "*.csv", "*.txt")
        .ifPresent(file -> {
          new ImportSurveyDialog(t, host.services().executor(), data, file,
              id -> loadChoices(new Entry(Kind.SURVEY, Long.toString(id), "", id).key()))
              .show(importSurveyButton);
        });
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

  // ---- helpers --------------------------------------------------------------------------------

  private <T> void run(se.socialorg.advisor.ui.BackgroundTask.Work<T> work, Consumer<T> done) {
    vm.load(work, done);
  }

  private void help(javafx.scene.control.Control c, String key) {
    c.setTooltip(new Tooltip(t.t(key)));
    c.setAccessibleHelp(t.t(key));
  }
}
