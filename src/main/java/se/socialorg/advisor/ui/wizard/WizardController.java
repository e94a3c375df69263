package se.socialorg.advisor.ui.wizard;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import se.socialorg.advisor.engine.Evaluation;
import se.socialorg.advisor.present.ReasonFormatter;
import se.socialorg.advisor.i18n.I18n;
import se.socialorg.advisor.model.Alternative;
import se.socialorg.advisor.ui.ScreenHost;
import se.socialorg.advisor.ui.Subscriptions;

/**
 * The wizard screen: step list, the current step, the live leaning panel, and Back/Next with
 * the reason Next is disabled. Steps are built in code by their own classes (see
 * docs/decisions/0003-wizard-steps-in-code.md); this controller only arranges and navigates.
 */
public final class WizardController {

  private final ScreenHost host;
  private final WizardModel model;
  private final WizardServices services;
  private final Subscriptions subscriptions = new Subscriptions();
  private final List<WizardStep> steps = new ArrayList<>();
  private final List<Button> stepButtons = new ArrayList<>();
  private final Map<Alternative, ProgressBar> leaningBars = new EnumMap<>(Alternative.class);
  private final Map<Alternative, Label> leaningValues = new EnumMap<>(Alternative.class);
  private final LiveEvaluator<Evaluation> live;
  private ReasonFormatter names;
  private final LeaningViewModel leaning;
  private final WizardViewModels models;

  @FXML private BorderPane wizardView;
  @FXML private VBox stepList;
  @FXML private Label stepTitle;
  @FXML private Label stepIntro;
  @FXML private ScrollPane stepScroll;
  @FXML private VBox leaningBox;
  @FXML private Label leaningHeadline;
  @FXML private Label leaningMoved;
  @FXML private Button backButton;
  @FXML private Button nextButton;
  @FXML private Label nextReason;

  public WizardController(ScreenHost host, WizardViewModels models, WizardServices services) {
    this.host = host;
    this.model = models.wizard();
    this.models = models;
    this.leaning = models.leaning();
    this.services = services;
    this.live = LiveEvaluator.evaluations(services.executor(), services.engine(), model::publish);
  }

  @FXML
  private void initialize() {
    I18n i18n = host.i18n();
    names = new ReasonFormatter(i18n);
    models.languageChanged();
    FieldFactory fields = new FieldFactory(i18n, model, subscriptions);
    StepContext ctx = new StepContext(i18n, model, fields, subscriptions, host, services);
    steps.add(new GoalsStep(ctx, models.goals(), models.participants()));
    steps.add(new OrganisationStep(ctx, models.organisation()));
    steps.add(new TrustStep(ctx, models.trust()));
    steps.add(new ReadinessStep(ctx, models.readiness()));
    steps.add(new ResourcesStep(ctx, models.resources()));
    steps.add(new ResultStep(ctx, models.result()));

    for (int i = 0; i < steps.size(); i++) {
      int index = i;
      Button b = new Button(i18n.t("wizard.stepList", i + 1, i18n.t(steps.get(i).key() + ".short")));
      b.setId("stepButton" + i);
      b.setMaxWidth(Double.MAX_VALUE);
      b.getStyleClass().add("step-button");
      b.setOnAction(e -> model.goTo(index));
      stepButtons.add(b);
      stepList.getChildren().add(b);
    }
    for (Alternative a : Alternative.values()) {
      ProgressBar bar = new ProgressBar(0);
      bar.setId("leaningBar_" + a.name());
      bar.getStyleClass().add(se.socialorg.advisor.present.ChartColours.modelClass(a));
      bar.setMaxWidth(Double.MAX_VALUE);
      Label value = new Label();
      value.setId("leaningValue_" + a.name());
      Label name = new Label(names.name(a));
      name.setWrapText(true);
      HBox row = new HBox(6, bar, value);
      HBox.setHgrow(bar, Priority.ALWAYS);
      VBox item = new VBox(2, name, row);
      item.setId("leaning_" + a.name());
      leaningBars.put(a, bar);
      leaningValues.put(a, value);
      leaningBox.getChildren().add(item);
    }

    backButton.setOnAction(e -> model.back());
    nextButton.setOnAction(e -> model.next());
    subscriptions.listen(model.stepProperty(), (o, a, b) -> showStep());
    subscriptions.listen(model.furthestProperty(), (o, a, b) -> updateStepList());
    // Next follows the steps' validity (the view models validate; this only binds).
    nextButton.disableProperty().bind(model.canGoNextProperty().not());
    nextReason.textProperty().bind(model.blockingReasonProperty());
    subscriptions.listen(model.blockingReasonProperty(), (o, a, b) -> updateStepList());
    subscriptions.listen(leaning.evaluationProperty(), (o, a, b) -> showLeaning());
    subscriptions.listen(leaning.moveProperty(), (o, a, b) -> showMove());
    subscriptions.listen(model.session().scenarioProperty(), (o, a, b) -> {
      if (!a.inputs().equals(b.inputs())) {
        live.submit(b.inputs());
      }
    });
    wizardView.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
      if (se.socialorg.advisor.ui.ScenarioMenuItems.handle(e, model.session())) {
        return; // the scenario's Undo/Redo before a text field's own (ADR 0025)
      } else if (e.getCode() == KeyCode.ESCAPE) {
        e.consume();
        host.cancelWizard();
      } else if (e.getCode() == KeyCode.ENTER && entersNext(e.getTarget())) {
        e.consume();
        if (model.canGoNext()) {
          model.next();
        } else {
          // Enter that cannot go on says why, beside Next, rather than doing nothing.
          nextReason.pseudoClassStateChanged(ATTENTION, true);
          nextReason.notifyAccessibleAttributeChanged(javafx.scene.AccessibleAttribute.TEXT);
        }
      }
    });
    showStep();
    showLeaning();
    showMove();
    live.submit(model.scenario().inputs());
  }

  /** Enter means Next, except in multi-line text, open drop-downs and buttons of their own. */
  private static boolean entersNext(Object target) {
    if (target instanceof javafx.scene.control.TextArea
        || target instanceof javafx.scene.control.ButtonBase
        || target instanceof javafx.scene.chart.Chart) {
      return false;
    }
    return !(target instanceof javafx.scene.control.ComboBoxBase<?> box && box.isShowing());
  }

  /** Drops the listeners this view added to the long-lived models. */
  public void dispose() {
    subscriptions.dispose();
  }

  private void showStep() {
    int s = model.step();
    WizardStep step = steps.get(s);
    stepTitle.setText(host.i18n().t(step.key() + ".title"));
    stepIntro.setText(host.i18n().t(step.key() + ".intro"));
    stepScroll.setContent(step.view());
    stepScroll.setVvalue(0);
    step.shown();
    WholeText.keep(step.view());
    StepFocus.focusFirstField(step.view());
    updateStepList();
    updateNav();
  }

  private void updateStepList() {
    for (int i = 0; i < stepButtons.size(); i++) {
      Button b = stepButtons.get(i);
      b.getStyleClass().removeAll("step-done", "step-current", "step-todo");
      b.getStyleClass().add(i == model.step() ? "step-current"
          : i <= model.furthestProperty().get() ? "step-done" : "step-todo");
      b.setDisable(!model.canGoTo(i) && i != model.step());
    }
  }

  /** The reason Next is blocked, marked when Enter was pressed in vain. */
  static final javafx.css.PseudoClass ATTENTION = javafx.css.PseudoClass.getPseudoClass("attention");

  private void updateNav() {
    nextReason.pseudoClassStateChanged(ATTENTION, false);
    backButton.setDisable(!model.canGoBack());
    boolean last = model.step() == WizardModel.RESULT_STEP;
    nextButton.setVisible(!last);
    updateStepList();
  }

  /** Draws the leaning view model: scores best first and the headline. */
  private void showLeaning() {
    Evaluation e = leaning.evaluationProperty().get();
    if (e == null) {
      return;
    }
    List<Alternative> ranked = leaning.ranked();
    List<javafx.scene.Node> items = new ArrayList<>();
    for (Alternative a : Alternative.values()) {
      boolean offered = ranked.contains(a);
      javafx.scene.Node item = leaningBox.lookup("#leaning_" + a.name());
      item.setVisible(offered);
      item.setManaged(offered);
      if (offered) {
        double v = e.total(a);
        leaningBars.get(a).setProgress(Math.max(0, Math.min(1, v)));
        leaningValues.get(a).setText(host.i18n().number(v * 100, 0));
      }
    }
    // Best first, so the panel reads like the ranking; models not offered last.
    for (Alternative a : ranked) {
      items.add(leaningBox.lookup("#leaning_" + a.name()));
    }
    for (Alternative a : Alternative.values()) {
      if (!ranked.contains(a)) {
        items.add(leaningBox.lookup("#leaning_" + a.name()));
      }
    }
    leaningBox.getChildren().setAll(items);
    LeaningViewModel.Lead lead = leaning.lead();
    leaningHeadline.setText(lead == null ? "" : lead.levelWith() == null
        ? host.i18n().t("wizard.leaning.best", names.name(lead.first()),
            host.i18n().number(lead.points(), 0))
        : host.i18n().t("wizard.leaning.level", names.name(lead.first()),
            names.name(lead.levelWith()), host.i18n().number(lead.points(), 0)));
  }

  /** Which model moved after the user's latest change, in the current language. */
  private void showMove() {
    LeaningViewModel.Move m = leaning.moveProperty().get();
    leaningMoved.setText(m == null ? "" : host.i18n().t(
        m.up() ? "wizard.leaning.up" : "wizard.leaning.down", names.name(m.moved()),
        host.i18n().t(m.changeKey())));
  }
}
