package se.socialorg.advisor.ui.followup;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.chart.BarChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import se.socialorg.advisor.engine.Figures;
import se.socialorg.advisor.engine.FollowUpResult;
import se.socialorg.advisor.engine.KpiStatus;
import se.socialorg.advisor.engine.Measure;
import se.socialorg.advisor.engine.MonthComparison;
import se.socialorg.advisor.engine.ReasonFormatter;
import se.socialorg.advisor.engine.WhatIf;
import se.socialorg.advisor.i18n.I18n;
import se.socialorg.advisor.model.FollowUp;
import se.socialorg.advisor.model.Kpi;
import se.socialorg.advisor.model.KpiTarget;
import se.socialorg.advisor.model.PlanItem;
import se.socialorg.advisor.model.PlanStatus;
import se.socialorg.advisor.present.ChartPoint;
import se.socialorg.advisor.present.Numbers;
import se.socialorg.advisor.store.followup.ActualsPreview;
import se.socialorg.advisor.store.followup.PlatformField;
import se.socialorg.advisor.store.followup.Row;
import se.socialorg.advisor.store.survey.SurveyInfo;
import se.socialorg.advisor.ui.ScreenHost;
import se.socialorg.advisor.ui.charts.Charts;

/**
 * The follow-up screen, built in code: it binds to {@link FollowUpViewModel} and forwards the
 * manager's actions to it; nothing is decided here.
 */
public final class FollowUpView {

  private static final double GAP = 10;

  private final ScreenHost host;
  private final FollowUpViewModel model;
  private final I18n t;
  private final VBox body = new VBox(14);
  private final ScrollPane view = new ScrollPane(body);
  private final Label followedLabel = label("followUpModel");
  private final Label problem = label("followUpProblem");
  private final Label message = label("followUpMessage");
  private final Label reviewNotice = label("followUpReviewDue");
  private final DatePicker decidedOn = new DatePicker();
  private final TextField owner = new TextField();
  private final TextField reviews = new TextField();
  private final VBox planBox = new VBox(6);
  private final GridPane targets = new GridPane();
  private final VBox previewBox = new VBox(6);
  private final ListView<String> importList = new ListView<>();
  private final VBox resultsBox = new VBox(GAP);
  private final VBox surveyBox = new VBox(6);
  private final Charts charts;
  private final BarChart<String, Number> chart;
  /** Kept so the weak listeners live as long as this view. */
  private final List<Object> keep = new ArrayList<>();

  public FollowUpView(ScreenHost host, FollowUpViewModel model) {
    this.host = host;
    this.model = model;
    this.t = host.i18n();
    this.charts = new Charts(t, host.dialogs(), host.services().executor());
    this.chart = charts.bars("followUpChart", t.t("followup.chart"), t.t("followup.chart.axis"), List.of());
    chart.setPrefHeight(300);
    if (chart.getYAxis() instanceof javafx.scene.chart.NumberAxis y) {
      y.setTickLabelFormatter(new StringConverter<>() {
        @Override
        public String toString(Number n) {
          return t.number(n.doubleValue(), 0);
        }

        @Override
        public Number fromString(String s) {
          return null;
        }
      });
    }
    view.setId("followUpView");
    view.setFitToWidth(true);
    body.setPadding(new Insets(24, 32, 24, 32));
    build();
    ChangeListener<Object> redraw = (o, a, b) -> refresh();
    keep.add(redraw);
    model.followUpProperty().addListener(new WeakChangeListener<>(redraw));
    model.resultProperty().addListener(new WeakChangeListener<>(redraw));
    model.whatIfProperty().addListener(new WeakChangeListener<>(redraw));
    model.previewProperty().addListener(new WeakChangeListener<>(redraw));
    model.overlapPendingProperty().addListener(new WeakChangeListener<>(redraw));
    model.needsFileProperty().addListener(new WeakChangeListener<>(redraw));
    model.surveyComparisonProperty().addListener(new WeakChangeListener<>(redraw));
    problem.textProperty().bind(model.problemProperty());
    message.textProperty().bind(model.messageProperty());
    for (Label l : List.of(problem, message, reviewNotice)) {
      l.managedProperty().bind(l.textProperty().isNotEmpty());
    }
    for (DatePicker d : List.of(decidedOn)) {
      d.setConverter(isoDates());
    }
    refresh();
  }

  public Parent view() {
    return view;
  }

  private void build() {
    Label title = label("followUpTitle");
    title.setText(t.t("followup.title"));
    title.getStyleClass().add("home-title");
    Label intro = label("followUpIntro");
    intro.setText(t.t("followup.intro"));
    problem.getStyleClass().add("error-text");
    reviewNotice.getStyleClass().add("error-text");
    message.getStyleClass().add("text-muted");

    decidedOn.setId("decidedOn");
    owner.setId("decisionOwner");
    reviews.setId("reviewDates");
    reviews.setPromptText(t.t("followup.reviews.prompt"));
    reviews.setPrefColumnCount(22);
    Button saveRecord = button("saveDecisionRecord", t.t("followup.record.save"));
    saveRecord.setOnAction(e -> model.recordDecision(decidedOn.getValue(), owner.getText(), reviews.getText()));
    GridPane record = grid();
    record.addRow(0, new Label(t.t("followup.record.model")), followedLabel);
    record.addRow(1, labelFor(t.t("followup.record.date"), decidedOn), decidedOn);
    record.addRow(2, labelFor(t.t("followup.record.owner"), owner), owner);
    record.addRow(3, labelFor(t.t("followup.record.reviews"), reviews), reviews);
    record.add(saveRecord, 1, 4);

    Button prefillPlan = button("prefillPlan", t.t("followup.plan.prefill"));
    prefillPlan.setOnAction(e -> model.prefillPlan());
    TextField action = new TextField();
    action.setId("newAction");
    action.setPromptText(t.t("followup.plan.action"));
    TextField actionOwner = new TextField();
    actionOwner.setId("newActionOwner");
    actionOwner.setPromptText(t.t("followup.plan.owner"));
    DatePicker due = new DatePicker();
    due.setConverter(isoDates());
    due.setId("newActionDue");
    due.setPromptText(t.t("followup.plan.due"));
    Button add = button("addAction", t.t("followup.plan.add"));
    add.setOnAction(e -> {
      if (model.addAction(action.getText(), actionOwner.getText(), due.getValue())) {
        action.clear();
        actionOwner.clear();
        due.setValue(null);
      }
    });
    HBox newAction = new HBox(GAP, action, actionOwner, due, add);

    Button prefillTargets = button("prefillTargets", t.t("followup.targets.prefill"));
    prefillTargets.setOnAction(e -> model.prefillTargets());
    targets.setHgap(GAP);
    targets.setVgap(6);
    targets.setId("targetGrid");

    Button importButton = button("importActuals", t.t("followup.import.button"));
    importButton.setOnAction(e -> host.dialogs()
        .chooseOpen(t.t("followup.import.button"), t.t("followup.import.filter"), "*.csv", "*.xlsx", "*.txt")
        .ifPresent(model::previewImport));
    previewBox.setId("importPreview");
    importList.setId("importList");
    importList.setPrefHeight(110);
    Button removeImport = button("removeImport", t.t("followup.import.remove"));
    removeImport.setOnAction(e -> {
      int i = importList.getSelectionModel().getSelectedIndex();
      if (i >= 0 && host.dialogs().confirm(t.t("followup.import.remove"), t.t("followup.import.removeConfirm", model.imports().get(i).fileName()))) {
        model.removeImport(i);
      }
    });
    TextField costMonth = new TextField();
    costMonth.setId("costMonth");
    costMonth.setPromptText(t.t("followup.cost.month"));
    costMonth.setPrefColumnCount(8);
    TextField costAmount = new TextField();
    costAmount.setId("costAmount");
    costAmount.setPromptText(t.t("followup.cost.amount"));
    Button addCost = button("addCost", t.t("followup.cost.add"));
    addCost.setOnAction(e -> number(costAmount.getText()).ifPresentOrElse(
        v -> model.setCost(costMonth.getText(), v), () -> model.setCost(costMonth.getText(), Double.NaN)));
    HBox cost = new HBox(GAP, new Label(t.t("followup.cost")), costMonth, costAmount, addCost);

    ComboBox<SurveyInfo> repeat = new ComboBox<>(model.surveys());
    repeat.setId("repeatSurvey");
    repeat.setPromptText(t.t("followup.survey.choose"));
    repeat.setConverter(converter(SurveyInfo::name));
    Button compareSurvey = button("compareSurvey", t.t("followup.survey.compare"));
    compareSurvey.setOnAction(e -> model.compareSurvey(repeat.getValue()));
    surveyBox.setId("surveyChange");
    model.loadSurveys();

    resultsBox.setId("followUpResults");
    body.getChildren().addAll(
        title, intro, reviewNotice, problem, message,
        section("followup.record"), record,
        section("followup.plan"), prefillPlan, planBox, newAction,
        section("followup.targets"), prefillTargets, targets,
        section("followup.actuals"), wrapped(t.t("followup.import.help")), importButton, previewBox,
        importList, removeImport, cost,
        section("followup.results"), resultsBox,
        section("followup.survey"), wrapped(t.t("followup.survey.help")), new HBox(GAP, repeat, compareSurvey),
        surveyBox);
  }

  private void refresh() {
    FollowUp f = model.followUp();
    ReasonFormatter names = new ReasonFormatter(t);
    followedLabel.setText(model.followedProperty().get() == null ? "" : names.name(model.followedProperty().get()));
    LocalDate due = model.reviewDue();
    reviewNotice.setText(due == null ? "" : t.t("followup.reviewDue", due.toString()));
    if (model.needsFileProperty().get()) {
      reviewNotice.setText(t.t("followup.problem.saveFirst"));
    }
    decidedOn.setValue(f.decidedOn());
    owner.setText(f.owner());
    reviews.setText(String.join(", ", f.reviewDates().stream().map(LocalDate::toString).toList()));
    drawPlan(f);
    drawTargets(f);
    drawPreview(model.previewProperty().get());
    importList.setItems(FXCollections.observableArrayList(model.imports().stream()
        .map(r -> t.t("followup.import.row", r.fileName(), r.source(), r.from().toString(), r.to().toString(), r.importedAt()))
        .toList()));
    drawResults(model.resultProperty().get(), model.whatIfProperty().get());
    drawSurvey(model.surveyComparisonProperty().get());
  }

  private void drawSurvey(FollowUpViewModel.SurveyComparison c) {
    surveyBox.getChildren().clear();
    if (c == null) {
      return;
    }
    Label head = new Label(t.t("followup.survey.against",
        c.before().isBlank() ? t.t("followup.survey.estimate") : c.before(), c.after()));
    head.setWrapText(true);
    surveyBox.getChildren().add(head);
    surveyBox.getChildren().add(change("surveyWilling", "followup.survey.willing", c.willing()));
    surveyBox.getChildren().add(change("surveyActive", "followup.survey.active", c.active()));
  }

  private Label change(String id, String key, se.socialorg.advisor.engine.SurveyChange c) {
    String before = Double.isNaN(c.beforeLow()) ? t.percent(c.before(), 0)
        : t.t("followup.survey.share", t.percent(c.before(), 0), t.percent(c.beforeLow(), 0), t.percent(c.beforeHigh(), 0));
    String after = Double.isNaN(c.afterLow()) ? t.percent(c.after(), 0)
        : t.t("followup.survey.share", t.percent(c.after(), 0), t.percent(c.afterLow(), 0), t.percent(c.afterHigh(), 0));
    String verdict = Double.isNaN(c.changeLow()) ? t.t("followup.survey.noInterval")
        : c.clear() ? t.t("followup.survey.clear", t.number(c.changeLow() * 100, 0), t.number(c.changeHigh() * 100, 0))
        : t.t("followup.survey.unclear", t.number(c.changeLow() * 100, 0), t.number(c.changeHigh() * 100, 0));
    Label l = new Label(t.t(key, before, after, t.number(c.change() * 100, 0), verdict));
    l.setId(id);
    l.setWrapText(true);
    return l;
  }

  private void drawPlan(FollowUp f) {
    planBox.getChildren().clear();
    if (f.plan().isEmpty()) {
      Label none = new Label(t.t("followup.plan.none"));
      none.getStyleClass().add("text-muted");
      planBox.getChildren().add(none);
    }
    for (int i = 0; i < f.plan().size(); i++) {
      int index = i;
      PlanItem p = f.plan().get(i);
      Label action = new Label(p.action());
      action.setPrefWidth(260);
      action.setWrapText(true);
      TextField who = new TextField(p.owner());
      who.setId("planOwner" + i);
      who.setPromptText(t.t("followup.plan.owner"));
      DatePicker when = new DatePicker(p.due());
      when.setConverter(isoDates());
      when.setId("planDue" + i);
      ComboBox<PlanStatus> status = new ComboBox<>(FXCollections.observableArrayList(PlanStatus.values()));
      status.setId("planStatus" + i);
      status.setConverter(converter(s -> t.t("followup.status.plan." + s.name())));
      status.setValue(p.status());
      Runnable save = () -> model.updateAction(index, who.getText(), when.getValue(), status.getValue());
      who.setOnAction(e -> save.run());
      who.focusedProperty().addListener((o, a, b) -> {
        if (!b && !who.getText().equals(p.owner())) {
          save.run();
        }
      });
      when.setOnAction(e -> save.run());
      status.setOnAction(e -> save.run());
      Button remove = button("planRemove" + i, t.t("followup.plan.remove"));
      remove.setOnAction(e -> model.removeAction(index));
      HBox row = new HBox(GAP, action, who, when, status, remove);
      if (p.overdue(LocalDate.now())) {
        row.getStyleClass().add("diff-row");
      }
      planBox.getChildren().add(row);
    }
  }

  private void drawTargets(FollowUp f) {
    targets.getChildren().clear();
    FollowUpResult r = model.resultProperty().get();
    String currency = host.session().scenario().inputs().resources().currency();
    int row = 0;
    for (Kpi k : Kpi.values()) {
      TextField field = new TextField();
      field.setId("target_" + k.name());
      field.setPrefColumnCount(10);
      f.target(k).ifPresent(tg -> field.setText(t.number(tg.perMonth(), 0)));
      field.setOnAction(e -> number(field.getText()).ifPresentOrElse(v -> model.setTarget(k, v), () -> model.setTarget(k, Double.NaN)));
      Label name = labelFor(t.t("followup.kpi." + k.name(), currency), field);
      Label status = new Label();
      status.setId("targetStatus_" + k.name());
      if (r != null && r.targetStatus().containsKey(k)) {
        status.setText(t.t("followup.kpi.actual", t.number(r.actualPerMonth().get(k), 0), statusText(r.targetStatus().get(k))));
      }
      targets.addRow(row++, name, field, status);
    }
  }

  private void drawPreview(ActualsPreview p) {
    previewBox.getChildren().clear();
    if (p == null) {
      return;
    }
    Label kind = new Label(t.t("followup.preview.kind", p.fileName(), t.t("followup.source." + p.source().name()), p.rows()));
    kind.setId("previewKind");
    kind.setWrapText(true);
    previewBox.getChildren().add(kind);
    if (p.source() == se.socialorg.advisor.model.ActualsSource.ADVOCACY_PLATFORM) {
      Label m = new Label(t.t("followup.preview.mapping.help"));
      m.setId("previewMapping");
      m.setWrapText(true);
      previewBox.getChildren().add(m);
      FlowPane fields = new FlowPane(GAP, 6);
      List<String> choices = new ArrayList<>();
      choices.add(t.t("followup.preview.column.none"));
      choices.addAll(p.headers());
      for (PlatformField field : PlatformField.values()) {
        ComboBox<String> column = new ComboBox<>(FXCollections.observableArrayList(choices));
        column.setId("map_" + field.name());
        Integer at = p.mapping().get(field);
        column.getSelectionModel().select(at == null ? 0 : at + 1);
        column.setOnAction(e -> model.mapColumn(field, column.getSelectionModel().getSelectedIndex() - 1));
        fields.getChildren().add(new HBox(4, labelFor(t.t(field.messageKey()), column), column));
      }
      previewBox.getChildren().add(fields);
      for (PlatformField missing : p.missing()) {
        Label l = new Label(t.t("followup.preview.missing", t.t(missing.messageKey())));
        l.getStyleClass().add("error-text");
        previewBox.getChildren().add(l);
      }
      if (p.mapping().containsKey(PlatformField.REACH) && !p.mapping().containsKey(PlatformField.IMPRESSIONS)) {
        Label l = new Label(t.t("followup.preview.reach"));
        l.setWrapText(true);
        previewBox.getChildren().add(l);
      }
    }
    TableView<Row> table = new TableView<>(FXCollections.observableArrayList(p.sample()));
    table.setId("previewTable");
    table.setPrefHeight(200);
    for (int c = 0; c < p.headers().size(); c++) {
      int col = c;
      TableColumn<Row, String> tc = new TableColumn<>(p.headers().get(c));
      tc.setCellValueFactory(x -> new ReadOnlyStringWrapper(x.getValue().cell(col)));
      table.getColumns().add(tc);
    }
    Button confirm = button("confirmImport", t.t("followup.preview.import"));
    confirm.setDisable(!p.missing().isEmpty());
    confirm.setOnAction(e -> model.confirmImport(false));
    Button replace = button("replaceImport", t.t("followup.preview.replace"));
    replace.setVisible(model.overlapPendingProperty().get());
    replace.setManaged(model.overlapPendingProperty().get());
    replace.setOnAction(e -> model.confirmImport(true));
    Button cancel = button("cancelImport", t.t("followup.preview.cancel"));
    cancel.setOnAction(e -> model.cancelImport());
    ListView<String> errors = new ListView<>(model.importErrors());
    errors.setId("importErrors");
    errors.setPrefHeight(90);
    previewBox.getChildren().addAll(table, new HBox(GAP, confirm, replace, cancel), errors);
  }

  private void drawResults(FollowUpResult r, WhatIf w) {
    resultsBox.getChildren().clear();
    if (r == null) {
      Label none = new Label(t.t("followup.results.none"));
      none.getStyleClass().add("text-muted");
      resultsBox.getChildren().add(none);
      return;
    }
    String currency = host.session().scenario().inputs().resources().currency();
    Label covered = new Label(t.t("followup.results.covered", r.months(), r.start().toString()));
    covered.setId("followUpCovered");
    covered.setWrapText(true);
    resultsBox.getChildren().add(covered);
    if (!r.gaps().isEmpty()) {
      Label gaps = new Label(t.t("followup.results.gaps", String.join(", ", r.gaps().stream().map(Object::toString).toList())));
      gaps.setId("followUpGaps");
      gaps.setWrapText(true);
      resultsBox.getChildren().add(gaps);
    }
    FlowPane status = new FlowPane(GAP, 6);
    status.setId("kpiStatus");
    for (Measure m : Measure.values()) {
      KpiStatus s = r.status().get(m);
      Label l = new Label(s == null
          ? t.t("followup.results.notProjected", t.t("followup.measure." + key(m)))
          : t.t("followup.cli.statusLine", t.t("followup.measure." + key(m)), statusText(s), r.actual().get(m) / r.projected().get(m)));
      l.setId("kpiStatus_" + m.name());
      l.getStyleClass().add("compare-card");
      status.getChildren().add(l);
    }
    resultsBox.getChildren().add(status);
    List<ChartPoint> points = new ArrayList<>();
    for (MonthComparison m : r.monthly()) {
      String month = m.month().toString();
      if (!m.gap()) {
        points.add(new ChartPoint(month, t.t("followup.chart.actual"), m.cumulativeActual().impressions(),
            t.number(m.cumulativeActual().impressions(), 0), t.t("followup.chart.actualSource"), "", false));
        points.add(new ChartPoint(month, t.t("followup.chart.projected"), m.cumulativeProjected().impressions(),
            t.number(m.cumulativeProjected().impressions(), 0), t.t("wizard.result.projection.source"), "", false));
      }
    }
    charts.update(chart, points);
    resultsBox.getChildren().add(chart);
    resultsBox.getChildren().add(table(r, currency));
    if (w != null) {
      var p = w.adopted().projection();
      Label what = new Label(t.t("followup.cli.whatIf", t.percent(p.organicVisibility(), 1), t.percent(p.brandClickThrough(), 2),
          p.months(), w.observed().impressions(), w.observed().clicks(), w.observed().roi(),
          w.assumed().impressions(), w.assumed().clicks(), w.assumed().roi()));
      what.setId("whatIf");
      what.setWrapText(true);
      ReasonFormatter names = new ReasonFormatter(t);
      Label holds = new Label(w.recommendationHolds()
          ? t.t("followup.cli.holds", names.name(w.recommendedAfter()))
          : t.t("followup.cli.changes", names.name(w.recommendedBefore()), names.name(w.recommendedAfter())));
      holds.setId("recommendationHolds");
      Label best = new Label(t.t("followup.bestReturn", names.name(w.bestReturnAfter())));
      best.setId("bestReturn");
      Button adopt = button("adoptObserved", t.t("followup.adopt"));
      adopt.setOnAction(e -> model.adoptObserved());
      resultsBox.getChildren().addAll(what, holds, best, adopt);
    }
  }

  private TableView<MonthComparison> table(FollowUpResult r, String currency) {
    TableView<MonthComparison> table = new TableView<>(FXCollections.observableArrayList(r.monthly()));
    table.setId("followUpTable");
    table.setPrefHeight(Math.min(400, 60 + 28 * r.monthly().size()));
    table.getColumns().add(column(t.t("followup.cli.col.month"), m -> m.month().toString()));
    for (Measure x : Measure.values()) {
      String unit = x == Measure.COST || x == Measure.VALUE ? " (" + currency + ")" : "";
      TableColumn<MonthComparison, String> group = new TableColumn<>(t.t("followup.measure." + key(x)) + unit);
      group.getColumns().add(column(t.t("followup.chart.actual"),
          m -> m.gap() ? t.t("followup.cli.gap") : n(m.actual().get(x))));
      if (x != Measure.ENGAGEMENT) {
        group.getColumns().add(column(t.t("followup.cli.col.projected"), m -> m.gap() ? "" : n(m.projected().get(x))));
      }
      table.getColumns().add(group);
    }
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
    return table;
  }

  private TableColumn<MonthComparison, String> column(String title, java.util.function.Function<MonthComparison, String> value) {
    TableColumn<MonthComparison, String> c = new TableColumn<>(title);
    c.setCellValueFactory(x -> new ReadOnlyStringWrapper(value.apply(x.getValue())));
    return c;
  }

  private String n(double v) {
    return Double.isNaN(v) ? t.t("followup.cli.none") : t.number(v, 0);
  }

  private String statusText(KpiStatus s) {
    return t.t("followup.status." + s.name().toLowerCase(Locale.ROOT));
  }

  private static String key(Measure m) {
    return m.name().toLowerCase(Locale.ROOT);
  }

  private java.util.Optional<Double> number(String text) {
    try {
      return java.util.Optional.ofNullable(Numbers.parse(text, t.locale()));
    } catch (RuntimeException e) {
      return java.util.Optional.empty();
    }
  }

  private Label section(String key) {
    Label l = new Label(t.t(key));
    l.getStyleClass().add("section-title");
    return l;
  }

  private static Label label(String id) {
    Label l = new Label();
    l.setId(id);
    l.setWrapText(true);
    l.setMinHeight(Region.USE_PREF_SIZE);
    return l;
  }

  private static Label wrapped(String text) {
    Label l = new Label(text);
    l.setWrapText(true);
    l.setMinHeight(Region.USE_PREF_SIZE);
    return l;
  }

  private static Label labelFor(String text, Node control) {
    Label l = new Label(text);
    l.setLabelFor(control);
    return l;
  }

  private static Button button(String id, String text) {
    Button b = new Button(text);
    b.setId(id);
    return b;
  }

  private static GridPane grid() {
    GridPane g = new GridPane();
    g.setHgap(GAP);
    g.setVgap(6);
    return g;
  }

  /** Dates as 2027-03-01 in both languages, like the review dates typed beside them. */
  private static StringConverter<LocalDate> isoDates() {
    return new StringConverter<>() {
      @Override
      public String toString(LocalDate d) {
        return d == null ? "" : d.toString();
      }

      @Override
      public LocalDate fromString(String s) {
        try {
          return s == null || s.isBlank() ? null : LocalDate.parse(s.strip());
        } catch (java.time.format.DateTimeParseException e) {
          return null;
        }
      }
    };
  }

  private static <T> StringConverter<T> converter(java.util.function.Function<T, String> text) {
    return new StringConverter<>() {
      @Override
      public String toString(T value) {
        return value == null ? "" : text.apply(value);
      }

      @Override
      public T fromString(String s) {
        return null;
      }
    };
  }
}
