package se.socialorg.advisor.ui.wizard;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import se.socialorg.advisor.engine.Evaluation;
import se.socialorg.advisor.engine.Reason;
import se.socialorg.advisor.present.ReasonFormatter;
import se.socialorg.advisor.model.Alternative;
import se.socialorg.advisor.present.Analysis;
import se.socialorg.advisor.present.GroupText;
import se.socialorg.advisor.present.ExecutiveSummary;
import se.socialorg.advisor.present.RecommendationText;
import se.socialorg.advisor.present.ResultCharts;

/**
 * Step 6: the recommendation in one sentence with its confidence, reasons for and against with
 * sources, the score split, sensitivity, robustness, projection, action plan, and the decision
 * actually taken.
 */
final class ResultStep implements WizardStep {

  /** Rows shown in the tornado chart. */
  static final int TORNADO_ROWS = 10;

  private final StepContext c;
  private final ResultStepViewModel vm;
  private final ReasonFormatter reasons;
  private final RecommendationText words;
  private final ResultCharts charts;
  private final VBox view = new VBox(14);
  private final Label recommendation = StepContext.id(new Label(), "recommendationText");
  private final Label confidence = StepContext.id(new Label(), "confidenceText");
  private final VBox reasonsFor = StepContext.id(new VBox(6), "reasonsFor");
  private final VBox reasonsAgainst = StepContext.id(new VBox(6), "reasonsAgainst");
  private final VBox excluded = StepContext.id(new VBox(6), "excludedList");
  private final VBox flips = StepContext.id(new VBox(6), "flipPoints");
  private final VBox plan = StepContext.id(new VBox(8), "actionPlan");
  private final VBox summaryReasons = StepContext.id(new VBox(4), "summaryReasons");
  private final VBox summaryMoney = StepContext.id(new VBox(4), "summaryMoney");
  private final Label returnNote = StepContext.id(new Label(), "returnNote");
  private final Label changeText = StepContext.id(new Label(), "flipSummary");
  private final Label decisionText = StepContext.id(new Label(), "decisionSummary");
  private final Label defaultsNote = StepContext.id(new Label(), "defaultsNote");
  private final VBox assumptions = StepContext.id(new VBox(4), "projectionAssumptionsUsed");
  private final WizardCharts.Handle scoreChart;
  private final WizardCharts.Handle groupChart;
  private final VBox groupLines = StepContext.id(new VBox(6), "groupLines");
  private final WizardCharts.TornadoHandle tornadoChart;
  private final WizardCharts.Handle acceptabilityChart;
  private final WizardCharts.LineHandle projectionChart;
  private final ComboBox<String> metric = StepContext.id(new ComboBox<>(), "projectionMetric");
  private final LiveEvaluator<Analysis> analyser;
  private Analysis latest;

  ResultStep(StepContext c, ResultStepViewModel vm) {
    this.c = c;
    this.vm = vm;
    this.reasons = new ReasonFormatter(c.i18n());
    this.words = new RecommendationText(c.i18n());
    this.charts = new ResultCharts(c.i18n());
    recommendation.getStyleClass().add("recommendation");
    recommendation.setWrapText(true);
    confidence.setWrapText(true);
    recommendation.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
    confidence.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);

    // Models as rows: their names (and "recommended") are read across, never turned.
    scoreChart = c.services().charts().horizontalStacked("scoreChart", c.t("wizard.result.chart.scores"),
        c.t("wizard.result.chart.scores.axis"));
    tornadoChart = c.services().charts().tornado("tornadoChart",
        c.t("wizard.result.chart.tornado"), c.t("wizard.result.chart.tornado.axis"));
    groupChart = c.services().charts().bars("groupChart", c.t("group.chart"),
        c.t("group.chart.axis"));
    groupChart.node().setMinHeight(WizardCharts.HEIGHT + 60);
    // Models on the vertical axis: their names are read across, never turned or dropped.
    acceptabilityChart = c.services().charts().horizontalBars("acceptabilityChart",
        c.t("wizard.result.chart.acceptability"), c.t("wizard.result.chart.acceptability.axis"));
    projectionChart = c.services().charts().lines("projectionChart",
        c.t("wizard.result.chart.projection"), c.t("wizard.result.chart.month"), "");
    scoreChart.node().setMinHeight(WizardCharts.HEIGHT + 80);
    projectionChart.node().setMinHeight(WizardCharts.HEIGHT + 140);
    var painter = c.services().charts().charts();
    painter.colourSeries(scoreChart.node(), charts.goalColours());
    painter.explainHighlight(scoreChart.node(), c.t("chart.highlight.recommended"));
    painter.explainHighlight(acceptabilityChart.node(), c.t("chart.highlight.recommended"));
    painter.explainHighlight(groupChart.node(), c.t("chart.highlight.group"));
    metric.getItems().setAll(vm.metrics());
    metric.setCellFactory(lv -> new ListCell<>() {
      @Override
      protected void updateItem(String item, boolean empty) {
        super.updateItem(item, empty);
        setText(empty || item == null ? null : c.t("wizard.result.metric." + item));
      }
    });
    metric.setButtonCell(metric.getCellFactory().call(null));
    metric.setValue(vm.metricProperty().get());
    metric.valueProperty().addListener((o, a, b) -> vm.showMetric(b));
    c.subscriptions().listen(vm.metricProperty(), (o, a, b) -> {
      metric.setValue(b);
      drawProjection();
    });

    ComboBox<Alternative> decision = StepContext.id(new ComboBox<>(), "decisionChoice");
    decision.getItems().add(null);
    decision.getItems().addAll(Alternative.values());
    decision.setCellFactory(lv -> new ListCell<>() {
      @Override
      protected void updateItem(Alternative item, boolean empty) {
        super.updateItem(item, empty);
        setText(empty ? null : item == null ? c.t("wizard.result.undecided") : reasons.name(item));
      }
    });
    decision.setButtonCell(decision.getCellFactory().call(null));
    decision.setValue(vm.decisionProperty().get().taken());
    TextArea notes = StepContext.id(new TextArea(vm.decisionProperty().get().notes()),
        "decisionNotes");
    notes.setPrefRowCount(4);
    notes.setWrapText(true);
    decision.valueProperty().addListener((o, a, b) -> vm.recordDecision(b));
    notes.textProperty().addListener((o, a, b) -> vm.noteDecision(b));
    Label decisionLabel = new Label(c.t("wizard.result.decision"));
    decisionLabel.setLabelFor(decision);
    Label notesLabel = new Label(c.t("wizard.result.notes"));
    notesLabel.setLabelFor(notes);

    VBox why = new VBox(10, c.sectionTitle("wizard.result.for"), reasonsFor,
        c.sectionTitle("wizard.result.against"), reasonsAgainst,
        c.sectionTitle("wizard.result.excluded"), excluded);
    VBox sensitivity = new VBox(10, tornadoChart.node(), c.sectionTitle("wizard.result.flips"), flips);
    VBox projection = new VBox(10, metric, projectionChart.node(),
        c.note(c.t("advice.projection.caption")),
        c.note(c.t("wizard.result.projection.note")), c.note(c.t("advice.projection.cases")),
        c.sectionTitle("wizard.result.assumptions"),
        assumptions);
    VBox decisionBox = new VBox(10, decisionLabel, decision, notesLabel, notes,
        se.socialorg.advisor.ui.TextLimit.apply(notes, se.socialorg.advisor.ui.TextLimit.NOTES, c.i18n()));
    TabPane tabs = new TabPane(
        tab("tabWhy", "wizard.result.tab.why", why),
        tab("tabScores", "wizard.result.tab.scores", scoreChart.node()),
        tab("tabSensitivity", "wizard.result.tab.sensitivity", sensitivity),
        tab("tabRobustness", "wizard.result.tab.robustness", new VBox(10,
            c.note(c.t("wizard.result.robustness.note", Analysis.DRAWS)), acceptabilityChart.node())),
        tab("tabProjection", "wizard.result.tab.projection", projection),
        tab("tabPlan", "wizard.result.tab.plan", plan),
        tab("tabGroup", "group.result.title", new VBox(10, groupLines, groupChart.node())),
        tab("tabDecision", "wizard.result.tab.decision", decisionBox));
    tabs.setId("resultTabs");
    tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
    TabArea.scrollEachTab(tabs);
    // Export of the decision report (issue 7): in the header, next to the recommendation.
    javafx.scene.control.Button export = StepContext.id(
        new javafx.scene.control.Button(c.t("report.button")), "exportReportButton");
    export.setTooltip(new javafx.scene.control.Tooltip(c.t("report.button.tooltip")));
    export.setOnAction(e -> c.host().exportReport());
    javafx.scene.control.Hyperlink models = StepContext.id(
        new javafx.scene.control.Hyperlink(c.t("help.result.models")), "resultModelsLink");
    models.setOnAction(e -> se.socialorg.advisor.ui.help.HelpWindow.showModels(c.host(),
        latest == null ? null : latest.evaluation().recommended()));
    VBox headline = new VBox(2, recommendation, models);
    javafx.scene.layout.HBox header = new javafx.scene.layout.HBox(12, headline, export);
    javafx.scene.layout.HBox.setHgrow(headline, javafx.scene.layout.Priority.ALWAYS);
    recommendation.setMaxWidth(Double.MAX_VALUE);
    export.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
    for (Label l : List.of(returnNote, changeText, decisionText, defaultsNote)) {
      l.setWrapText(true);
      l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
    }
    defaultsNote.getStyleClass().add("note");
    // The executive summary: the top band of the step, the same words as the PDF's first page.
    VBox summary = StepContext.id(new VBox(6, confidence,
        c.sectionTitle("advice.summary.reasons"), summaryReasons,
        c.sectionTitle("advice.summary.money"), summaryMoney, returnNote,
        c.sectionTitle("advice.summary.change"), changeText, decisionText, defaultsNote),
        "executiveSummary");
    view.getChildren().setAll(header, summary, tabs);

    analyser = new LiveEvaluator<>(c.services().executor(),
        in -> Analysis.of(c.services().engine(), in), this::show);
    c.subscriptions().listen(c.session().scenarioProperty(), (o, a, b) -> {
      if (!a.inputs().equals(b.inputs()) && c.model().step() == WizardModel.RESULT_STEP) {
        analyser.submit(b.inputs());
      }
    });
    c.subscriptions().listen(vm.decisionProperty(), (o, a, b) -> {
      if (decision.getValue() != b.taken()) {
        decision.setValue(b.taken());
      }
      if (latest != null) {
        decisionText.setText(ExecutiveSummary.of(latest, b, c.i18n()).decision());
      }
      if (!notes.getText().equals(b.notes())) {
        notes.setText(b.notes());
      }
    });
  }

  private Tab tab(String id, String key, Node content) {
    Tab t = new Tab(c.t(key), content);
    t.setId(id);
    return t;
  }

  @Override
  public String key() {
    return "wizard.result";
  }

  @Override
  public Node view() {
    return view;
  }

  @Override
  public void shown() {
    analyser.submit(c.session().scenario().inputs());
  }

  /** The latest analysis shown, for tests and export. */
  Analysis latest() {
    return latest;
  }

  private void show(Analysis a) {
    latest = a;
    Evaluation e = a.evaluation();
    Alternative best = e.recommended();
    ExecutiveSummary summary =
        ExecutiveSummary.of(a, c.session().scenario().decision(), c.i18n());
    recommendation.setText(summary.headline());
    confidence.setText(summary.confidence());
    summaryReasons.getChildren().clear();
    for (String r : summary.reasons()) {
      summaryReasons.getChildren().add(line("\u2022 " + r));
    }
    List<String> money = summary.money();
    summaryMoney.getChildren().clear();
    for (int i = 0; i < money.size(); i++) {
      Label l = i < money.size() - 2 ? line("\u2022 " + money.get(i)) : c.note(money.get(i));
      l.setId("summaryMoney" + i);
      summaryMoney.getChildren().add(l);
    }
    returnNote.setText(summary.returnNote());
    changeText.setText(summary.change());
    decisionText.setText(summary.decision());
    defaultsNote.setText(summary.defaultsNote());
    defaultsNote.setVisible(!summary.defaultsNote().isEmpty());
    defaultsNote.setManaged(!summary.defaultsNote().isEmpty());
    fillReasons(reasonsFor, e.reasonsFor(), "reasonFor");
    fillReasons(reasonsAgainst, e.reasonsAgainst(), "reasonAgainst");
    excluded.getChildren().clear();
    for (String x : words.exclusions(e)) {
      excluded.getChildren().add(line(x));
    }
    if (e.excluded().isEmpty()) {
      excluded.getChildren().add(line(c.t("wizard.result.noneExcluded")));
    }
    drawScores(e);
    drawTornado(a);
    drawFlips(a);
    drawAcceptability(a);
    drawProjection();
    drawAssumptions(a);
    drawGroup(a);
    drawPlan(best);
  }

  private void fillReasons(VBox box, List<Reason> list, String idPrefix) {
    box.getChildren().clear();
    int i = 0;
    for (String r : words.reasons(list)) {
      Label l = line("\u2022 " + r);
      l.setId(idPrefix + i++);
      box.getChildren().add(l);
    }
    if (list.isEmpty()) {
      box.getChildren().add(line(c.t("wizard.result.noReasons")));
    }
  }

  private Label line(String text) {
    Label l = new Label(text);
    l.setWrapText(true);
    l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
    return l;
  }

  private void drawScores(Evaluation e) {
    scoreChart.setPoints(charts.scorePoints(e, true));
  }

  String parameterName(String id) {
    return charts.parameterName(id);
  }

  String parameterValue(String id, double v) {
    return charts.parameterValue(id, v);
  }

  /** The group's agreement and each member's weights, or a pointer to adding participants. */
  private void drawGroup(Analysis a) {
    groupLines.getChildren().clear();
    if (a.group() == null) {
      groupLines.getChildren().add(line(c.t("group.section.help")));
      groupChart.setPoints(List.of());
      groupChart.node().setVisible(false);
      groupChart.node().setManaged(false);
      return;
    }
    GroupText text = new GroupText(c.i18n());
    for (String l : text.lines(a.group())) {
      groupLines.getChildren().add(line(l));
    }
    groupChart.node().setVisible(true);
    groupChart.node().setManaged(true);
    groupChart.setPoints(text.memberWeights(a.group()));
  }

  private void drawTornado(Analysis a) {
    tornadoChart.setRows(charts.tornadoRows(a, TORNADO_ROWS));
  }

  private void drawFlips(Analysis a) {
    flips.getChildren().clear();
    int i = 0;
    for (String f : words.flipPoints(a.sensitivity())) {
      Label l = line("\u2022 " + f);
      l.setId("flip" + i++);
      flips.getChildren().add(l);
    }
    if (i == 0) {
      flips.getChildren().add(line(c.t("wizard.result.noFlips")));
    }
  }

  private void drawAcceptability(Analysis a) {
    c.services().charts().charts().colourCategories(acceptabilityChart.node(),
        charts.modelColours(a.evaluation(), true));
    acceptabilityChart.setPoints(charts.acceptabilityPoints(a));
  }

  private void drawProjection() {
    if (latest == null) {
      return;
    }
    String m = metric.getValue();
    String currency = c.session().scenario().inputs().resources().currency();
    c.services().charts().charts().colourSeries(projectionChart.node(),
        charts.projectionColours(latest));
    projectionChart.setPoints(charts.projectionPoints(latest, m, currency),
        charts.metricAxis(m, currency));
  }

  /** The projection's own assumptions, so every figure behind the chart can be seen. */
  private void drawAssumptions(Analysis a) {
    var used = a.projection().assumptions();
    assumptions.getChildren().setAll(line(c.t("wizard.result.assumptions.general",
        used.rampMonths(), c.i18n().number(used.minutesPerPost(), 0))));
    for (var r : a.evaluation().ranking()) {
      var profile = used.profiles().get(r.model());
      assumptions.getChildren().add(line("\u2022 " + c.t("wizard.result.assumptions.model",
          reasons.name(r.model()), c.i18n().number(a.projection().hires().getOrDefault(r.model(), 0.0), 1),
          c.i18n().percent(profile.advocateCoverage(), 0), c.i18n().percent(profile.paidShare(), 0))));
    }
    assumptions.getChildren().add(c.note(c.t("wizard.result.assumptions.where")));
  }

  private void drawPlan(Alternative best) {
    plan.getChildren().clear();
    plan.getChildren().add(c.sectionTitle("plan.title"));
    for (String part : List.of("roles", "coaching", "governance", "first90", "kpis")) {
      Label head = new Label(c.t("plan.part." + part));
      head.getStyleClass().add("plan-heading");
      Label body = line(c.t("plan." + best.name() + "." + part));
      body.setId("plan_" + part);
      plan.getChildren().addAll(head, body);
    }
  }
}
