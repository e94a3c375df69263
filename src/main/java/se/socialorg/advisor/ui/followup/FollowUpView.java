package se.socialorg.advisor.ui.followup;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import se.socialorg.advisor.engine.FollowUpResult;
import se.socialorg.advisor.present.ReasonFormatter;
import se.socialorg.advisor.i18n.I18n;
import se.socialorg.advisor.model.FollowUp;
import se.socialorg.advisor.model.Kpi;
import se.socialorg.advisor.model.PlanItem;
import se.socialorg.advisor.model.PlanStatus;
import se.socialorg.advisor.present.Numbers;
import se.socialorg.advisor.store.survey.SurveyInfo;
import se.socialorg.advisor.ui.ScreenHost;

/**
 * The follow-up screen, built in code: it binds to {@link FollowUpViewModel} and forwards the
 * manager's actions to it; nothing is decided here.
 */
public final class FollowUpView {

  private static final double GAP = FollowUpNodes.GAP;

  private final ScreenHost host;
  private final FollowUpViewModel model;
  private final I18n t;
  private final VBox body = new VBox(14);
  private final ScrollPane view = new ScrollPane(body);
  private final Label followedLabel = FollowUpNodes.label("followUpModel");
  private final Label problem = FollowUpNodes.label("followUpProblem");
  private final Label message = FollowUpNodes.label("followUpMessage");
  private final Label reviewNotice = FollowUpNodes.label("followUpReviewDue");
  private final DatePicker decidedOn = new DatePicker();
  private final TextField owner = new TextField();
  private final TextField reviews = new TextField();
  private final VBox planBox = new VBox(6);
  private final GridPane targets = new GridPane();
  private final VBox previewBox = new VBox(6);
  private final ListView<String> importList = new ListView<>();
  private final VBox resultsBox = new VBox(GAP);
  private final VBox surveyBox = new VBox(6);
  private final FollowUpResultsView results;
  private final ActualsPreviewView previewView;
  /** Kept so the weak listeners live as long as this view. */
  private final List<Object> keep = new ArrayList<>();

  public FollowUpView(ScreenHost host, FollowUpViewModel model) {
    this.host = host;
    this.model = model;
    this.t = host.i18n();
    this.results = new FollowUpResultsView(host, model, resultsBox);
    this.previewView = new ActualsPreviewView(t, model, previewBox);
    view.setId("followUpView");
    view.setFitToWidth(true);
    body.setPadding(new Insets(24, 32, 24, 32));
    build();
    ChangeListener<Object> redraw = (o, a, b) -> refresh();
    keep.add(redraw);
    model.followUpProperty().addListener(new WeakChangeListener<>(redraw));
    model.resultProperty().addListener(new WeakChangeListener<>(redraw));
    model.whatIfProperty().addListener(new WeakChangeListener<>(redraw));
    model.actuals().previewProperty().addListener(new WeakChangeListener<>(redraw));
    model.actuals().overlapPendingProperty().addListener(new WeakChangeListener<>(redraw));
    model.needsFileProperty().addListener(new WeakChangeListener<>(redraw));
    model.repeatSurvey().surveyComparisonProperty().addListener(new WeakChangeListener<>(redraw));
    problem.textProperty().bind(model.problemProperty());
    message.textProperty().bind(model.messageProperty());
    for (Label l : List.of(problem, message, reviewNotice)) {
      l.managedProperty().bind(l.textProperty().isNotEmpty());
    }
    for (DatePicker d : List.of(decidedOn)) {
      d.setConverter(FollowUpNodes.isoDates());
    }
    refresh();
  }

  public Parent view() {
    return view;
  }

  private void build() {
    Label title = FollowUpNodes.label("followUpTitle");
    title.setText(t.t("followup.title"));
    title.getStyleClass().add("home-title");
    Label intro = FollowUpNodes.label("followUpIntro");
    intro.setText(t.t("followup.intro"));
    problem.getStyleClass().add("error-text");
    reviewNotice.getStyleClass().add("error-text");
    message.getStyleClass().add("text-muted");

    decidedOn.setId("decidedOn");
    owner.setId("decisionOwner");
    reviews.setId("reviewDates");
    reviews.setPromptText(t.t("followup.reviews.prompt"));
    reviews.setPrefColumnCount(22);
    Button saveRecord = FollowUpNodes.button("saveDecisionRecord", t.t("followup.record.save"));
    saveRecord.setOnAction(e -> model.recordDecision(decidedOn.getValue(), owner.getText(), reviews.getText()));
    GridPane record = FollowUpNodes.grid();
    record.addRow(0, new Label(t.t("followup.record.model")), followedLabel);
    record.addRow(1, FollowUpNodes.labelFor(t.t("followup.record.date"), decidedOn), decidedOn);
    record.addRow(2, FollowUpNodes.labelFor(t.t("followup.record.owner"), owner), owner);
    record.addRow(3, FollowUpNodes.labelFor(t.t("followup.record.reviews"), reviews), reviews);
    record.add(saveRecord, 1, 4);

    Button prefillPlan = FollowUpNodes.button("prefillPlan", t.t("followup.plan.prefill"));
    prefillPlan.setOnAction(e -> model.prefillPlan());
    TextField action = new TextField();
    action.setId("newAction");
    action.setPromptText(t.t("followup.plan.action"));
    TextField actionOwner = new TextField();
    actionOwner.setId("newActionOwner");
    actionOwner.setPromptText(t.t("followup.plan.owner"));
    DatePicker due = new DatePicker();
    due.setConverter(FollowUpNodes.isoDates());
    due.setId("newActionDue");
    due.setPromptText(t.t("followup.plan.due"));
    Button add = FollowUpNodes.button("addAction", t.t("followup.plan.add"));
    add.setOnAction(e -> {
      if (model.addAction(action.getText(), actionOwner.getText(), due.getValue())) {
        action.clear();
        actionOwner.clear();
        due.setValue(null);
      }
    });
    HBox newAction = new HBox(GAP, action, actionOwner, due, add);

    Button prefillTargets = FollowUpNodes.button("prefillTargets", t.t("followup.targets.prefill"));
    prefillTargets.setOnAction(e -> model.prefillTargets());
    targets.setHgap(GAP);
    targets.setVgap(6);
    targets.setId("targetGrid");

    Button importButton = FollowUpNodes.button("importActuals", t.t("followup.import.button"));
    importButton.setOnAction(e -> host.dialogs()
        .chooseOpen(t.t("followup.import.button"), t.t("followup.import.filter"), "*.csv", "*.xlsx", "*.xls", "*.txt")
        .ifPresent(model.actuals()::previewImport));
    previewBox.setId("importPreview");
    importList.setId("importList");
    importList.setPrefHeight(110);
    Button removeImport = FollowUpNodes.button("removeImport", t.t("followup.import.remove"));
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
    Button addCost = FollowUpNodes.button("addCost", t.t("followup.cost.add"));
    addCost.setOnAction(e -> number(costAmount.getText()).ifPresentOrElse(
        v -> model.setCost(costMonth.getText(), v), () -> model.setCost(costMonth.getText(), Double.NaN)));
    HBox cost = new HBox(GAP, new Label(t.t("followup.cost")), costMonth, costAmount, addCost);

    ComboBox<SurveyInfo> repeat = new ComboBox<>(model.repeatSurvey().surveys());
    repeat.setId("repeatSurvey");
    repeat.setPromptText(t.t("followup.survey.choose"));
    repeat.setConverter(FollowUpNodes.converter(SurveyInfo::name));
    Button compareSurvey = FollowUpNodes.button("compareSurvey", t.t("followup.survey.compare"));
    compareSurvey.setOnAction(e -> model.repeatSurvey().compareSurvey(repeat.getValue()));
    surveyBox.setId("surveyChange");
    model.repeatSurvey().loadSurveys();

    resultsBox.setId("followUpResults");
    body.getChildren().addAll(
        title, intro, reviewNotice, problem, message,
        FollowUpNodes.section(t, "followup.record"), record,
        FollowUpNodes.section(t, "followup.plan"), prefillPlan, planBox, newAction,
        FollowUpNodes.section(t, "followup.targets"), prefillTargets, targets,
        FollowUpNodes.section(t, "followup.actuals"), FollowUpNodes.wrapped(t.t("followup.import.help")), importButton, previewBox,
        importList, removeImport, cost,
        FollowUpNodes.section(t, "followup.results"), resultsBox,
        FollowUpNodes.section(t, "followup.survey"), FollowUpNodes.wrapped(t.t("followup.survey.help")), new HBox(GAP, repeat, compareSurvey),
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
    previewView.draw(model.actuals().previewProperty().get());
    importList.setItems(FXCollections.observableArrayList(model.imports().stream()
        .map(r -> t.t("followup.import.row", r.fileName(), r.source(), r.from().toString(), r.to().toString(), r.importedAt()))
        .toList()));
    results.draw(model.resultProperty().get(), model.whatIfProperty().get());
    drawSurvey(model.repeatSurvey().surveyComparisonProperty().get());
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
      when.setConverter(FollowUpNodes.isoDates());
      when.setId("planDue" + i);
      ComboBox<PlanStatus> status = new ComboBox<>(FXCollections.observableArrayList(PlanStatus.values()));
      status.setId("planStatus" + i);
      status.setConverter(FollowUpNodes.converter(s -> t.t("followup.status.plan." + s.name())));
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
      Button remove = FollowUpNodes.button("planRemove" + i, t.t("followup.plan.remove"));
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
      Label name = FollowUpNodes.labelFor(t.t("followup.kpi." + k.name(), currency), field);
      Label status = new Label();
      status.setId("targetStatus_" + k.name());
      if (r != null && r.targetStatus().containsKey(k)) {
        status.setText(t.t("followup.kpi.actual", t.number(r.actualPerMonth().get(k), 0), FollowUpNodes.statusText(t, r.targetStatus().get(k))));
      }
      targets.addRow(row++, name, field, status);
    }
  }

  private java.util.Optional<Double> number(String text) {
    try {
      return java.util.Optional.ofNullable(Numbers.parse(text, t.locale()));
    } catch (RuntimeException e) {
      return java.util.Optional.empty();
    }
  }
}
