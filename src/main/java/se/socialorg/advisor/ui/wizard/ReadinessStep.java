package se.socialorg.advisor.ui.wizard;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.layout.Region;
import se.socialorg.advisor.ui.library.QuestionnaireWindow;
import se.socialorg.advisor.ui.library.SurveyImports;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import se.socialorg.advisor.model.Dataset;
import se.socialorg.advisor.model.InputField;
import se.socialorg.advisor.model.Readiness;
import se.socialorg.advisor.model.ReferenceFigure;
import se.socialorg.advisor.store.db.FigureRepository;
import se.socialorg.advisor.store.survey.HistogramBin;
import se.socialorg.advisor.store.survey.SurveyInfo;
import se.socialorg.advisor.present.ProvenanceText;
import se.socialorg.advisor.present.ChartPoint;

/**
 * Step 4: how ready employees are. From an imported survey (with its charts) or estimates;
 * defaults are the reference benchmarks, marked as assumptions with their source.
 */
final class ReadinessStep implements WizardStep {

  private static final SurveyInfo ESTIMATES = ReadinessStepViewModel.ESTIMATES;

  private final StepContext c;
  private final ReadinessStepViewModel vm;
  private final VBox view = new VBox(14);
  private final ComboBox<SurveyInfo> survey = StepContext.id(new ComboBox<>(), "surveyChoice");
  private final Label assumptions;
  private final WizardCharts.Handle benchmarkChart;
  private final WizardCharts.Handle willingnessChart;
  private final WizardCharts.Handle networkChart;
  private List<ReferenceFigure> benchmarks = List.of();
  private boolean loading;
  private long pendingSurvey = -1;

  ReadinessStep(StepContext c, ReadinessStepViewModel vm) {
    this.c = c;
    this.vm = vm;
    survey.setMaxWidth(440);
    survey.setCellFactory(lv -> new ListCell<>() {
      @Override
      protected void updateItem(SurveyInfo item, boolean empty) {
        super.updateItem(item, empty);
        setText(empty || item == null ? null : describe(item));
      }
    });
    survey.setButtonCell(survey.getCellFactory().call(null));
    survey.getItems().setAll(ESTIMATES);
    survey.setValue(ESTIMATES);
    Label surveyLabel = new Label(c.t("wizard.readiness.survey"));
    surveyLabel.setLabelFor(survey);

    GridPane grid = FieldFactory.grid();
    grid.add(surveyLabel, 0, 0);
    grid.add(survey, 1, 0, 2, 1); // over the unit column too: survey names are long
    survey.setMaxWidth(440);
    int row = 1;
    for (InputField f : ReadinessStepViewModel.NUMBERS) {
      c.fields().number(grid, row++, vm.field(f), null);
    }
    assumptions = StepContext.id(c.note(""), "readinessAssumptions");

    benchmarkChart = c.services().charts().bars("readinessChart",
        c.t("wizard.readiness.chart.benchmarks"), c.t("wizard.readiness.chart.axis"));
    willingnessChart = c.services().charts().bars("willingnessChart",
        c.t("wizard.readiness.chart.willingness"), c.t("wizard.readiness.chart.respondents"));
    networkChart = c.services().charts().bars("networkChart",
        c.t("wizard.readiness.chart.network"), c.t("wizard.readiness.chart.respondents"));
    FlowPane charts = new FlowPane(12, 12, benchmarkChart.node(), willingnessChart.node(),
        networkChart.node());
    Button importSurvey = new Button(c.t("wizard.readiness.importSurvey"));
    importSurvey.setId("readinessImportSurvey");
    importSurvey.setTooltip(new javafx.scene.control.Tooltip(c.t("libui.importSurvey.help")));
    Button questionnaire = new Button(c.t("libui.questionnaire"));
    questionnaire.setId("readinessQuestionnaire");
    questionnaire.setTooltip(new javafx.scene.control.Tooltip(c.t("libui.questionnaire.help")));
    questionnaire.setOnAction(e -> new QuestionnaireWindow(c.i18n(), c.host().dialogs(),
        c.services().executor()).show(questionnaire));
    importSurvey.setOnAction(e -> SurveyImports.start(c.i18n(), c.host().dialogs(),
        c.services().executor(), c.host().services().library(), importSurvey, id -> {
          pendingSurvey = id;
          shown();
        }));
    importSurvey.setMinWidth(Region.USE_PREF_SIZE);
    questionnaire.setMinWidth(Region.USE_PREF_SIZE);
    // a row of its own under the fields, so both buttons keep their words (Swedish is longer)
    FlowPane surveyActions = new FlowPane(8, 8, importSurvey, questionnaire);
    surveyActions.setId("readinessSurveyActions");
    grid.add(surveyActions, 0, row, GridPane.REMAINING, 1);
    view.getChildren().setAll(grid, assumptions, charts);

    survey.valueProperty().addListener((o, a, b) -> {
      if (!loading && b != null) {
        chooseSurvey(b);
      }
    });
    c.subscriptions().listen(vm.readinessProperty(), (o, a, b) -> refresh());
    refresh();
  }

  @Override
  public String key() {
    return "wizard.readiness";
  }

  @Override
  public Node view() {
    return view;
  }

  @Override
  public void shown() {
    WizardData data = c.services().data();
    c.services().run(() -> {
        return new Loaded(data.surveys(),
            data.figures(Dataset.ADVOCACY_BENCHMARKS, FigureRepository.GLOBAL, null));
    }, loaded -> {
      loading = true;
      List<SurveyInfo> items = vm.choices(loaded.surveys());
      survey.getItems().setAll(items);
      survey.setValue(vm.chosen(items));
      loading = false;
      long wanted = pendingSurvey;
      pendingSurvey = -1;
      items.stream().filter(s -> s != ESTIMATES && s.id() == wanted).findFirst()
          .ifPresent(survey::setValue);
      benchmarks = loaded.benchmarks();
      refresh();
      if (survey.getValue() != ESTIMATES) {
        drawSurvey(survey.getValue());
      }
    });
  }

  private record Loaded(List<SurveyInfo> surveys, List<ReferenceFigure> benchmarks) {}

  private String describe(SurveyInfo s) {
    return s == ESTIMATES ? c.t("wizard.readiness.estimates")
        : c.t("wizard.readiness.surveyItem", s.name(), s.respondents());
  }

  private void chooseSurvey(SurveyInfo s) {
    if (s == ESTIMATES) {
      vm.useEstimates();
      willingnessChart.setPoints(List.of());
      networkChart.setPoints(List.of());
      return;
    }
    WizardData data = c.services().data();
    c.services().run(() -> {
        return data.readiness(s.id());
    }, r -> {
      vm.useSurvey(r);
      drawSurvey(s);
    });
  }

  private void drawSurvey(SurveyInfo s) {
    WizardData data = c.services().data();
    c.services().run(() -> {
        return new SurveyCharts(data.willingness(s.id()), data.networkHistogram(s.id()));
    }, charts -> {
      String source = c.t("wizard.readiness.surveySource", s.name(), s.respondents());
      List<ChartPoint> w = new ArrayList<>();
      for (int i = 0; i < charts.willingness().length; i++) {
        w.add(new ChartPoint(Integer.toString(i + 1), c.t("wizard.readiness.chart.answers"),
            charts.willingness()[i], c.i18n().number(charts.willingness()[i], 0), source, "", i >= 3));
      }
      willingnessChart.setPoints(w);
      List<ChartPoint> n = new ArrayList<>();
      for (HistogramBin b : charts.network()) {
        String label = c.i18n().number(b.from(), 0) + "\u2013" + c.i18n().number(b.to(), 0);
        n.add(new ChartPoint(label, c.t("wizard.readiness.chart.answers"), b.count(),
            c.i18n().number(b.count(), 0), source, "", false));
      }
      networkChart.setPoints(n);
    });
  }

  private record SurveyCharts(long[] willingness, List<HistogramBin> network) {}

  private void refresh() {
    Readiness r = vm.readinessProperty().get();
    assumptions.setText(String.join("\n", vm.assumptionNotes()));
    List<ChartPoint> pts = new ArrayList<>();
    String yours = c.t("wizard.readiness.chart.yours");
    String yourSource = vm.yourSource();
    pts.add(new ChartPoint(c.t("wizard.readiness.chart.willing"), yours, r.willingShare() * 100,
        c.i18n().percent(r.willingShare(), 0), yourSource, "", false));
    pts.add(new ChartPoint(c.t("wizard.readiness.chart.active"), yours, r.activeShare() * 100,
        c.i18n().percent(r.activeShare(), 0), yourSource, "", false));
    benchmark("potential_advocate_share").ifPresent(f -> pts.add(new ChartPoint(
        c.t("wizard.readiness.chart.willing"), c.t("wizard.readiness.chart.benchmark"), f.value(),
        c.t("value.percent", c.i18n().number(f.value(), 0)), ProvenanceText.brief(c.i18n(), f.source()),
        ProvenanceText.full(c.i18n(), f.source()), false)));
    benchmark("active_advocate_stall_share").ifPresent(f -> pts.add(new ChartPoint(
        c.t("wizard.readiness.chart.active"), c.t("wizard.readiness.chart.benchmark"), f.value(),
        c.t("value.percent", c.i18n().number(f.value(), 0)), ProvenanceText.brief(c.i18n(), f.source()),
        ProvenanceText.full(c.i18n(), f.source()), false)));
    benchmarkChart.setPoints(pts);
  }

  private Optional<ReferenceFigure> benchmark(String item) {
    return benchmarks.stream().filter(f -> f.item().equals(item)).findFirst();
  }
}
