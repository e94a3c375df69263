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
  private static final String SEP = "\u0000";

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
  private I18n t;
  private FigureText text;
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

  public LibraryController(ScreenHost host, LibraryModel model) {
    this.host = host;
    this.model = model;
  }

  @FXML
  private void initialize() {
    t = host.i18n();
    text = new FigureText(t);
    charts = new Charts(t, host.dialogs(), host.services().executor());
    data = new LibraryData(host.services().library());
    setUpList();
    setUpFilters();
    setUpFigureTable();
    setUpDepartmentTable();
    help(addFigureButton, "libui.addFigure.help");
    help(importSurveyButton, "libui.importSurvey.help");
    help(questionnaireButton, "libui.questionnaire.help");
    help(renameSurveyButton, "libui.survey.rename.help");
    help(deleteSurveyButton, "libui.survey.delete.help");
    surveyNameField.textProperty().addListener((o, a, b) -> {
      manager.typeName(b);
      renameSurveyButton.setDisable(!manager.canRename());
    });
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

  private void setUpList() {
    datasetList.setCellFactory(v -> new ListCell<>() {
      {
        // Long dataset names wrap instead of scrolling the list sideways.
        setWrapText(true);
        prefWidthProperty().bind(v.widthProperty().subtract(18));
      }

      @Override
      protected void updateItem(Entry e, boolean empty) {
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
        if (e.kind() == Kind.HEADER) {
          getStyleClass().add("dataset-header");
          setDisable(true);
          setId(null);
        } else {
          setId(e.kind() == Kind.SURVEY ? "survey_" + e.surveyId()
              : e.kind() == Kind.DATASET ? "dataset_" + e.id() : "own_" + e.kind());
          if (e.kind() == Kind.DATASET && t.has("libui.dataset." + e.id() + ".help")) {
            setTooltip(new Tooltip(t.t("libui.dataset." + e.id() + ".help")));
          }
        }
      }
    });
    datasetList.setAccessibleText(t.t("libui.datasets"));
    datasetList.getSelectionModel().selectedItemProperty().addListener((o, a, e) -> {
      if (e != null && e.kind() != Kind.HEADER) {
        open(e);
      }
    });
  }

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

  private void setUpFigureTable() {
    figureTable.getStyleClass().add("figure-table");
    figureTable.setPlaceholder(new Label(t.t("libui.table.empty")));
    figureTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    figureTable.getColumns().add(column("libui.column.item", 190, f -> text.item(f.item())));
    figureTable.getColumns().add(column("libui.column.country", 90, f -> text.country(f.country())));
    TableColumn<ReferenceFigure, Integer> year = new TableColumn<>(t.t("libui.column.year"));
    year.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(cd.getValue().year()));
    year.setPrefWidth(60);
    year.setMinWidth(55);
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
    figureTable.getColumns().add(value);
    figureTable.getColumns().add(column("libui.column.status", 150, text::status));
    datasetColumn = column("libui.column.dataset", 150, f -> text.dataset(f.dataset()));
    figureTable.getColumns().add(datasetColumn);
    figureTable.getColumns().add(column("libui.column.source", 220,
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
        showFigure(f);
      }
    });
  }

  private void setUpDepartmentTable() {
    departmentTable.setPlaceholder(new Label(t.t("libui.table.empty")));
    departmentTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    departmentTable.getColumns().add(groupColumn("libui.survey.department", 180, this::department));
    departmentTable.getColumns().add(groupColumn("libui.survey.respondents", 100,
        g -> Integer.toString(g.respondents())));
    departmentTable.getColumns().add(groupColumn("libui.survey.willing", 110,
        g -> share(g.willingShare())));
    departmentTable.getColumns().add(groupColumn("libui.survey.active", 110,
        g -> share(g.activeShare())));
    departmentTable.getColumns().add(groupColumn("libui.survey.averageNetwork", 120,
        g -> number(g.averageNetwork())));
    departmentTable.getColumns().add(groupColumn("libui.survey.medianNetwork", 120,
        g -> number(g.medianNetwork())));
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
    pointFigures.clear();
    String dataset = current.kind() == Kind.DATASET ? current.id() : "";
    List<ChartPoint> points = new ArrayList<>();
    String title;
    boolean horizontal;
    if (Dataset.EDELMAN_INSTITUTIONS.name().equals(dataset)) {
      String country = chartCountry();
      int year = model.year() > 0 ? model.year() : latestYear(country);
      for (ReferenceFigure f : loaded) {
        if (f.year() == year && f.country().equals(country)) {
          points.add(point(f, text.item(f.item()), text.country(f.country()) + " " + year, false));
        }
      }
      if (!FigureRepository.GLOBAL.equals(country)) {
        for (ReferenceFigure f : loaded) {
          if (f.year() == year && f.country().equals(FigureRepository.GLOBAL)) {
            points.add(point(f, text.item(f.item()), text.country(f.country()) + " " + year,
                false));
          }
        }
      }
      title = t.t("libui.chart.institutions", text.country(country), year);
      horizontal = false;
    } else if (Dataset.EDELMAN_TRUST_INDEX.name().equals(dataset)) {
      int year = model.year() > 0 ? model.year() : latestYear(null);
      String mine = model.country().isEmpty() ? userCountry() : model.country();
      String series = t.t("libui.chart.trustIndex.series", year);
      loaded.stream().filter(f -> f.year() == year)
          .sorted(Comparator.comparingDouble(ReferenceFigure::value).reversed())
          .forEach(f -> points.add(point(f, text.country(f.country()), series,
              f.country().equals(mine))));
      title = t.t("libui.chart.trustIndex", year, text.country(mine));
      horizontal = true;
    } else {
      boolean byUnit = Dataset.ADVOCACY_BENCHMARKS.name().equals(dataset);
      Map<String, Double> maxByItem = new LinkedHashMap<>();
      for (ReferenceFigure f : shown) {
        maxByItem.merge(text.item(f.item()), f.value(), Math::max);
      }
      List<ReferenceFigure> sorted = new ArrayList<>(shown);
      sorted.sort(Comparator.comparingDouble(
          (ReferenceFigure f) -> -maxByItem.get(text.item(f.item()))));
      for (ReferenceFigure f : sorted) {
        String series = byUnit ? text.unit(f.unit())
            : text.country(f.country()) + " " + f.year();
        points.add(point(f, text.item(f.item()), series, false));
      }
      title = current.label();
      horizontal = Dataset.EDELMAN_INDUSTRIES.name().equals(dataset)
          || Dataset.EDELMAN_SPOKESPEOPLE.name().equals(dataset) || byUnit;
    }
    String unit = shown.isEmpty() ? (loaded.isEmpty() ? "" : loaded.get(0).unit())
        : shown.get(0).unit();
    drawChart(dataset + ":" + horizontal, title, text.unit(unit), points, horizontal);
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
      ReferenceFigure f = pointFigures.get(p.category() + SEP + p.series());
      if (f != null) {
        selectFigure(f);
      } else {
        showPointDetails(p);
      }
    });
    chartHolder.getChildren().setAll(chart);
  }

  private ChartPoint point(ReferenceFigure f, String category, String series, boolean mine) {
    pointFigures.put(category + SEP + series, f);
    String valueText = t.t("libui.chart.tooltip", text.value(f), text.country(f.country()),
        f.year());
    return new ChartPoint(category, series, f.value(), valueText,
        ProvenanceText.brief(t, f.source()), ProvenanceText.full(t, f.source()), mine);
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

  private String chartCountry() {
    if (!model.country().isEmpty()) {
      return model.country();
    }
    String mine = userCountry();
    boolean present = loaded.stream().anyMatch(f -> f.country().equals(mine));
    if (present) {
      return mine;
    }
    return loaded.stream().map(ReferenceFigure::country)
        .filter(c -> !FigureRepository.GLOBAL.equals(c)).findFirst()
        .orElse(FigureRepository.GLOBAL);
  }

  private int latestYear(String country) {
    return loaded.stream().filter(f -> country == null || f.country().equals(country))
        .mapToInt(ReferenceFigure::year).max().orElse(0);
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
    showSurveyManagement(s);
    drawSurveyChart();
  }

  /** Margin of error, name, delete, and the scenarios that use the survey. */
  private void showSurveyManagement(LibraryData.SurveyView s) {
    SurveySummary.Group total = s.summary().total();
    var w = total.willingInterval();
    var a = total.activeInterval();
    String margin = t.t("libui.survey.margin", share(w.low()), share(w.high()), share(a.low()),
        share(a.high()), total.respondents());
    if (se.socialorg.advisor.model.SampleSize.small(total.respondents(), 0)) {
      margin += " " + t.t("libui.survey.small", total.respondents(),
          se.socialorg.advisor.model.SampleSize.SMALL_SAMPLE);
    }
    surveyMargin.setText(margin);
    manager.show(s.info());
    surveyNameField.setText(s.info().name());
    renameSurveyButton.setDisable(true);
    surveyUsedBy.setText("");
    List<java.nio.file.Path> recent = host.services().preferences().recentFiles();
    String name = s.info().name();
    run(() -> se.socialorg.advisor.store.survey.SurveyRepository.usedBy(name, recent), files -> {
      if (manager.surveyProperty().get() != null && manager.surveyProperty().get().id() == s.info().id()) {
        manager.showUsedBy(files);
        surveyUsedBy.setText(files.isEmpty() ? t.t("libui.survey.usedBy.none")
            : t.t("libui.survey.usedBy", files.stream().map(f -> f.getFileName().toString())
                .collect(java.util.stream.Collectors.joining(", "))));
      }
    });
  }

  @FXML
  private void onRenameSurvey() {
    SurveyInfo s = manager.surveyProperty().get();
    if (!manager.canRename()) {
      return;
    }
    String newName = manager.newName();
    run(() -> data.renameSurvey(s.id(), newName), ok -> {
      manager.renamed();
      loadChoices(new Entry(Kind.SURVEY, Long.toString(s.id()), "", s.id()).key());
    });
  }

  @FXML
  private void onDeleteSurvey() {
    SurveyInfo s = manager.surveyProperty().get();
    if (s == null) {
      return;
    }
    List<java.nio.file.Path> used = manager.usedByProperty().get();
    String message = t.t("libui.survey.delete.message", s.name(), s.respondents())
        + (used.isEmpty() ? "" : " " + t.t("libui.survey.delete.used", used.size()));
    if (!host.dialogs().confirm(t.t("libui.survey.delete.title"), message)) {
      return;
    }
    run(() -> data.deleteSurvey(s.id()), ok -> {
      manager.show(null);
      loadChoices(null);
    });
  }

  @FXML
  private void onQuestionnaire() {
    new QuestionnaireWindow(t, host.dialogs(), host.services().executor()).show(questionnaireButton);
  }

  private void drawSurveyChart() {
    pointFigures.clear();
    List<ChartPoint> points = new ArrayList<>();
    String source = t.t("libui.survey.source", survey.info().name());
    String title;
    String axis = t.t("libui.survey.axis.respondents");
    switch (model.surveyChart()) {
      case 1 -> {
        String series = t.t("libui.survey.respondentsSeries");
        for (HistogramBin b : survey.network()) {
          String label = Double.isInfinite(b.to())
              ? t.t("libui.survey.bin.open", t.number(b.from(), 0))
              : t.t("libui.survey.bin", t.number(b.from(), 0), t.number(b.to() - 1, 0));
          points.add(ChartPoint.of(label, series, b.count(),
              t.t("libui.survey.count", b.count()), source));
        }
        title = t.t("libui.survey.chart.network");
      }
      case 2 -> {
        String willing = t.t("libui.survey.willing");
        String active = t.t("libui.survey.active");
        for (SurveySummary.Group g : survey.summary().byDepartment()) {
          String d = department(g);
          if (!Double.isNaN(g.willingShare())) {
            points.add(ChartPoint.of(d, willing, g.willingShare() * 100, share(g.willingShare()),
                source));
          }
          if (!Double.isNaN(g.activeShare())) {
            points.add(ChartPoint.of(d, active, g.activeShare() * 100, share(g.activeShare()),
                source));
          }
        }
        title = t.t("libui.survey.chart.departments");
        axis = t.t("libui.unit.percent");
      }
      default -> {
        String series = t.t("libui.survey.respondentsSeries");
        long[] w = survey.willingness();
        for (int i = 0; i < w.length; i++) {
          points.add(ChartPoint.of(t.t("libui.survey.willingness." + (i + 1)), series, w[i],
              t.t("libui.survey.count", w[i]), source));
        }
        title = t.t("libui.survey.chart.willingness");
      }
    }
    drawChart("survey:" + model.surveyChart(), title, axis, points, false);
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
    return Double.isNaN(s) ? "\u2013" : t.percent(s, 0);
  }

  private String number(double v) {
    return Double.isNaN(v) ? "\u2013" : t.number(v, 0);
  }

  // ---- actions --------------------------------------------------------------------------------

  /** Change value…: the user's value of a shipped figure, or a new value of their own one. */
  @FXML
  private void onOverride() {
    ReferenceFigure f = selected;
    if (f == null) {
      return;
    }
    if (f.shipped()) {
      FigureForm.override(text, f).show(overrideButton, r -> run(() -> {
        data.override(f.id(), r.value(), r.note());
        return f.id();
      }, id -> reload(id)));
    } else {
      FigureForm.edit(text, f).show(overrideButton, r -> run(() -> {
        data.updateOwnFigure(f.id(), r.value(), r.note());
        return f.id();
      }, id -> reload(id)));
    }
  }

  /** Delete figure…: removes a figure the user added, after asking. */
  @FXML
  private void onDeleteFigure() {
    ReferenceFigure f = selected;
    if (f == null || f.shipped()) {
      return;
    }
    if (!host.dialogs().confirm(t.t("libui.delete.title"), t.t("libui.delete.message",
        text.item(f.item()), text.country(f.country()), Integer.toString(f.year()),
        text.value(f)))) {
      return;
    }
    run(() -> {
      data.deleteOwnFigure(f.id());
      return f.id();
    }, id -> reload(id));
  }

  @FXML
  private void onResetOverride() {
    ReferenceFigure f = selected;
    if (f == null || !f.overridden()) {
      return;
    }
    if (!host.dialogs().confirm(t.t("libui.reset.title"), t.t("libui.reset.message",
        text.item(f.item()), text.value(f.shippedValue(), f.unit())))) {
      return;
    }
    run(() -> {
      data.resetOverride(f.id());
      return f.id();
    }, id -> reload(id));
  }

  @FXML
  private void onAddFigure() {
    String dataset = current != null && current.kind() == Kind.DATASET ? current.id()
        : Dataset.EDELMAN_INSTITUTIONS.name();
    String country = model.country().isEmpty() ? userCountry() : model.country();
    FigureForm.newFigure(text, datasets, dataset, countries, country, model.year())
        .show(addFigureButton, r -> run(() -> data.addFigure(r), id -> {
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
        .chooseOpen(t.t("libui.import.choose"), t.t("libui.import.filter"), "*.xlsx", "*.csv",
            "*.txt")
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
    host.dialogs()
        .chooseSave(t.t("libui.export.title"), LibraryCsv.fileName(name),
            t.t("libui.import.filter"), "*.csv")
        .map(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv") ? p
            : p.resolveSibling(p.getFileName() + ".csv"))
        .ifPresent(file -> run(() -> {
          csv.write(file, table);
          return file;
        }, written -> host.dialogs().info(t.t("libui.export.done.title"),
            t.t("libui.export.done.message", table.rows().size(), written.toString()))));
  }

  /** After a change: reads the entry again and selects the changed figure. */
  private void reload(long figureId) {
    pendingFigure = figureId;
    loadChoices(current == null ? model.selectedKey() : current.key());
  }

  // ---- helpers --------------------------------------------------------------------------------

  private <T> void run(Callable<T> work, Consumer<T> done) {
    Task<T> task = new Task<>() {
      @Override
      protected T call() throws Exception {
        return work.call();
      }
    };
    task.setOnSucceeded(e -> done.accept(task.getValue()));
    task.setOnFailed(e -> {
      LOG.log(Level.WARNING, "Data library work failed", task.getException());
      host.dialogs().error(t.t("libui.error.title"), t.t("libui.error.message"));
    });
    host.services().executor().submit(task);
  }

  private void help(javafx.scene.control.Control c, String key) {
    c.setTooltip(new Tooltip(t.t(key)));
    c.setAccessibleHelp(t.t(key));
  }

  private TableColumn<ReferenceFigure, String> column(String key, double width,
      Function<ReferenceFigure, String> value) {
    TableColumn<ReferenceFigure, String> c = new TableColumn<>(t.t(key));
    c.setPrefWidth(width);
    c.setCellValueFactory(cd -> new ReadOnlyStringWrapper(value.apply(cd.getValue())));
    return c;
  }

  private TableColumn<SurveySummary.Group, String> groupColumn(String key, double width,
      Function<SurveySummary.Group, String> value) {
    TableColumn<SurveySummary.Group, String> c = new TableColumn<>(t.t(key));
    c.setPrefWidth(width);
    c.setCellValueFactory(cd -> new ReadOnlyStringWrapper(value.apply(cd.getValue())));
    return c;
  }
}
