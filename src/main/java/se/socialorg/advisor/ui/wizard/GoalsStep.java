package se.socialorg.advisor.ui.wizard;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import se.socialorg.advisor.engine.Ahp;
import se.socialorg.advisor.engine.AhpResult;
import se.socialorg.advisor.engine.Evaluation;
import se.socialorg.advisor.engine.GoalWeights;
import se.socialorg.advisor.engine.InconsistentJudgement;
import se.socialorg.advisor.present.RecommendationText;
import se.socialorg.advisor.model.Goal;
import se.socialorg.advisor.model.Goals;
import se.socialorg.advisor.model.Judgement;
import se.socialorg.advisor.model.WeightMode;
import se.socialorg.advisor.present.ChartPoint;

/**
 * Step 1: what social media should achieve, weighted by sliders or by pairwise comparisons (AHP)
 * among the most important goals, with a consistency indicator and a pointer to the most
 * inconsistent answer.
 */
final class GoalsStep implements WizardStep {


  private final StepContext c;
  private final GoalsStepViewModel vm;
  private final VBox view = new VBox(16);
  private final VBox pairwiseBox = new VBox(10);
  private final VBox directBox = new VBox(10);
  private final Label consistency = new Label();
  private final Label pointer = new Label();
  private final Map<Goal, Slider> sliders = new EnumMap<>(Goal.class);
  private final Map<Goal, Label> weightLabels = new EnumMap<>(Goal.class);
  private final WizardCharts.Handle weightsChart;
  private List<Goal> pairGoals = List.of();

  GoalsStep(StepContext c, GoalsStepViewModel vm, ParticipantsViewModel participants) {
    this.c = c;
    this.vm = vm;
    ParticipantsPane team = new ParticipantsPane(c, participants);
    ToggleGroup mode = new ToggleGroup();
    ToggleButton direct = StepContext.id(new ToggleButton(c.t("wizard.goals.direct")), "directModeButton");
    ToggleButton pairwise =
        StepContext.id(new ToggleButton(c.t("wizard.goals.pairwise")), "pairwiseModeButton");
    direct.setToggleGroup(mode);
    pairwise.setToggleGroup(mode);
    direct.setTooltip(new Tooltip(c.t("wizard.goals.direct.help")));
    pairwise.setTooltip(new Tooltip(c.t("wizard.goals.pairwise.help")));
    // The toggles show the view model's mode (also after a file is opened) and forward clicks.
    Runnable showMode = () -> (vm.modeProperty().get() == WeightMode.PAIRWISE ? pairwise : direct)
        .setSelected(true);
    showMode.run();
    c.subscriptions().listen(vm.modeProperty(), (obs, old, now) -> showMode.run());
    mode.selectedToggleProperty().addListener((obs, old, now) -> {
      if (now == null) {
        old.setSelected(true);
      } else {
        vm.setMode(now == pairwise ? WeightMode.PAIRWISE : WeightMode.DIRECT);
      }
    });
    HBox modeBar = new HBox(0, direct, pairwise);
    modeBar.getStyleClass().add("segmented");

    GridPane grid = FieldFactory.grid();
    int row = 0;
    for (Goal g : Goal.values()) {
      Label label = new Label(c.t("goal." + g.name()));
      label.setWrapText(true);
      Slider s = new Slider(0, 100, goals().slider(g));
      s.setId("goalSlider_" + g.name());
      s.setBlockIncrement(5);
      s.setMajorTickUnit(25);
      s.setShowTickMarks(true);
      label.setLabelFor(s);
      Tooltip tip = new Tooltip(c.t("goal." + g.name() + ".description"));
      tip.setWrapText(true);
      tip.setMaxWidth(400);
      s.setTooltip(tip);
      label.setTooltip(tip);
      s.setAccessibleHelp(tip.getText());
      Label w = StepContext.id(new Label(), "goalWeight_" + g.name());
      w.setMinWidth(50);
      s.valueProperty().addListener((obs, old, v) -> {
        if (!syncing) {
          vm.setSlider(g, Math.round(v.doubleValue()));
        }
      });
      sliders.put(g, s);
      weightLabels.put(g, w);
      grid.addRow(row++, label, s, w);
    }
    directBox.getChildren().setAll(c.note(c.t("wizard.goals.direct.note")), grid);

    consistency.setId("consistencyLabel");
    pointer.setId("inconsistencyPointer");
    pointer.setWrapText(true);
    pointer.getStyleClass().add("error-text");

    weightsChart = c.services().charts().horizontalBars("weightsChart", c.t("wizard.goals.chart"),
        c.t("wizard.goals.chart.axis"));
    c.services().charts().charts().colourCategories(weightsChart.node(),
        new se.socialorg.advisor.present.ResultCharts(c.i18n()).goalColours());

    view.getChildren().setAll(team.node(), modeBar, directBox, pairwiseBox, weightsChart.node());
    view.setPadding(new Insets(0, 0, 16, 0));
    c.subscriptions().listen(c.session().scenarioProperty(), (obs, old, now) -> syncFromModel());
    c.subscriptions().listen(c.model().evaluationProperty(), (obs, old, e) -> showEvaluation(e));
    // Another member answering: their sliders and questions, their own weights beside them.
    c.subscriptions().listen(vm.memberProperty(), (obs, old, now) -> {
      pairGoals = List.of();
      syncFromModel();
      showEvaluation(c.model().evaluation());
    });
    syncFromModel();
    showEvaluation(c.model().evaluation());
  }

  @Override
  public String key() {
    return "wizard.goals";
  }

  @Override
  public Node view() {
    return view;
  }

  /** True while the sliders show the scenario's weights. */
  private boolean syncing;
  /** The pairwise question's slider of each pair, "FIRST_SECOND". */
  private final java.util.Map<String, Slider> pairSliders = new java.util.HashMap<>();

  private Goals goals() {
    return vm.goals();
  }

  private void syncFromModel() {
    Goals g = goals();
    boolean pairwise = g.mode() == WeightMode.PAIRWISE;
    directBox.setVisible(!pairwise);
    directBox.setManaged(!pairwise);
    pairwiseBox.setVisible(pairwise);
    pairwiseBox.setManaged(pairwise);
    for (Goal goal : Goal.values()) {
      Slider s = sliders.get(goal);
      if (Math.abs(s.getValue() - g.slider(goal)) > 0.5) {
        syncing = true; // showing the scenario is not an edit
        try {
          s.setValue(g.slider(goal));
        } finally {
          syncing = false;
        }
      }
    }
    List<Goal> now = pairwise ? GoalWeights.judgedGoals(g) : List.of();
    if (pairwise && !now.equals(pairGoals)) {
      pairGoals = now;
      buildQuestions(g);
    } else if (pairwise) {
      showJudgements(g);
    }
  }

  /** The pair sliders show the scenario's answers (after Undo, or another case opened). */
  private void showJudgements(Goals g) {
    for (Judgement j : g.judgements()) {
      Slider s = pairSliders.get(j.first().name() + "_" + j.second().name());
      double pos = GoalsStepViewModel.toPosition(j.ratio());
      if (s != null && Math.abs(s.getValue() - pos) > 0.5) {
        syncing = true;
        try {
          s.setValue(pos);
        } finally {
          syncing = false;
        }
      }
    }
  }

  private void buildQuestions(Goals g) {
    pairwiseBox.getChildren().setAll(c.note(c.t("wizard.goals.pairwise.note", pairGoals.size())));
    pairSliders.clear();
    for (Judgement j : g.judgements()) {
      Label a = new Label(c.t("goal." + j.first().name()));
      Label b = new Label(c.t("goal." + j.second().name()));
      a.setMinWidth(180);
      a.setWrapText(true);
      b.setMinWidth(180);
      b.setWrapText(true);
      Slider s = new Slider(-8, 8, GoalsStepViewModel.toPosition(j.ratio()));
      s.setId("pair_" + j.first().name() + "_" + j.second().name());
      s.setMajorTickUnit(1);
      s.setMinorTickCount(0);
      s.setSnapToTicks(true);
      s.setShowTickMarks(true);
      s.setBlockIncrement(1);
      s.setAccessibleText(c.t("wizard.goals.question", a.getText(), b.getText()));
      HBox.setHgrow(s, Priority.ALWAYS);
      Label answer = new Label();
      answer.setId(s.getId() + "_answer");
      answer.setMinWidth(240);
      answer.setWrapText(true);
      Runnable describe = () -> answer.setText(describe(a.getText(), b.getText(),
          (int) Math.round(s.getValue())));
      describe.run();
      pairSliders.put(j.first().name() + "_" + j.second().name(), s);
      s.valueProperty().addListener((obs, old, v) -> {
        int pos = (int) Math.round(v.doubleValue());
        describe.run();
        if (!syncing) {
          vm.setJudgement(j.first(), j.second(), GoalsStepViewModel.toRatio(pos));
        }
      });
      VBox q = new VBox(4, new Label(c.t("wizard.goals.question", a.getText(), b.getText())),
          new HBox(10, a, s, b), answer);
      q.getStyleClass().add("pairwise-question");
      pairwiseBox.getChildren().add(q);
    }
    pairwiseBox.getChildren().addAll(consistency, pointer);
  }

  private String describe(String a, String b, int pos) {
    if (pos == 0) {
      return c.t("wizard.goals.answer.equal");
    }
    return pos < 0 ? c.t("wizard.goals.answer.more", a, 1 - pos, b)
        : c.t("wizard.goals.answer.more", b, 1 + pos, a);
  }

  /** The answering member's own AHP result (pairwise), or null. */
  private AhpResult memberAhp() {
    try {
      return goals().mode() == WeightMode.PAIRWISE ? GoalWeights.of(goals()).ahp() : null;
    } catch (IllegalArgumentException ex) {
      return null;
    }
  }

  private void showEvaluation(Evaluation e) {
    if (e == null) {
      return;
    }
    List<ChartPoint> points = new ArrayList<>();
    double[] own = vm.memberWeights();
    for (Goal g : Goal.values()) {
      double w = own != null ? own[g.ordinal()] : e.weights().getOrDefault(g, 0.0);
      weightLabels.get(g).setText(c.i18n().percent(w, 0));
      points.add(new ChartPoint(c.t("goal." + g.name()), c.t("wizard.goals.chart.series"), w * 100,
          c.i18n().percent(w, 0), c.t("wizard.goals.chart.source"), "", false));
    }
    weightsChart.setPoints(points);
    AhpResult ahp = own != null ? memberAhp() : e.ahp();
    if (ahp == null) {
      consistency.setText("");
      pointer.setText("");
      return;
    }
    consistency.setText(new RecommendationText(c.i18n()).consistency(ahp));
    List<Goal> ahpGoals = own != null ? GoalWeights.judgedGoals(goals()) : e.ahpGoals();
    if (!ahp.acceptable() && ahpGoals.size() >= 3) {
      double[][] m = GoalWeights.matrix(goals(), ahpGoals);
      InconsistentJudgement worst = Ahp.mostInconsistent(m, ahp.weights());
      String a = c.t("goal." + ahpGoals.get(worst.row()).name());
      String b = c.t("goal." + ahpGoals.get(worst.col()).name());
      pointer.setText(c.t("wizard.goals.pointer", a, b, c.i18n().number(worst.given(), 1),
          c.i18n().number(worst.implied(), 1)));
      pointer.setVisible(true);
    } else {
      pointer.setText("");
      pointer.setVisible(false);
    }
  }
}
