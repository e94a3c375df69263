package se.socialorg.advisor.ui.wizard;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import se.socialorg.advisor.model.Participant;
import se.socialorg.advisor.store.group.JudgementForms;

/**
 * The management team on the goals step: a thin view of {@link ParticipantsViewModel}. It binds
 * and forwards; the checks and the edits are the view model's.
 */
final class ParticipantsPane {

  private final StepContext c;
  private final ParticipantsViewModel vm;
  private final VBox rows = new VBox(6);
  private final TitledPane pane;

  ParticipantsPane(StepContext c, ParticipantsViewModel vm) {
    this.c = c;
    this.vm = vm;
    TextField name = StepContext.id(new TextField(), "participantName");
    TextField role = StepContext.id(new TextField(), "participantRole");
    TextField weight = StepContext.id(new TextField(), "participantWeight");
    name.setPromptText(c.t("group.name"));
    role.setPromptText(c.t("group.role"));
    weight.setPromptText("1");
    weight.setPrefColumnCount(4);
    weight.setTooltip(new Tooltip(c.t("group.weight.help")));
    Label nameLabel = new Label(c.t("group.name"));
    nameLabel.setLabelFor(name);
    Label roleLabel = new Label(c.t("group.role"));
    roleLabel.setLabelFor(role);
    Label weightLabel = new Label(c.t("group.weight"));
    weightLabel.setLabelFor(weight);
    Button add = StepContext.id(new Button(c.t("group.add")), "addParticipantButton");
    add.setDefaultButton(false);
    add.setOnAction(e -> {
      if (vm.addParticipant(name.getText(), role.getText(), weight.getText())) {
        name.clear();
        role.clear();
        weight.clear();
      }
    });
    GridPane form = FieldFactory.grid();
    form.addRow(0, nameLabel, name);
    form.addRow(1, roleLabel, role);
    form.addRow(2, weightLabel, weight);
    add.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
    Label problem = StepContext.id(new Label(), "participantProblem");
    problem.getStyleClass().add("error-text");
    problem.setWrapText(true);
    problem.textProperty().bind(vm.problemProperty());
    Label answering = StepContext.id(new Label(), "answeringLabel");
    answering.getStyleClass().add("section-title");
    answering.setWrapText(true);
    answering.textProperty().bind(vm.answeringProperty());
    Button own = StepContext.id(new Button(c.t("group.own")), "ownWeightsButton");
    own.setOnAction(e -> vm.answerAsScenario());
    Label status = StepContext.id(new Label(), "groupStatus");
    status.setWrapText(true);
    status.textProperty().bind(vm.statusProperty());
    // The view model's list follows the scenario first (it listened earlier); redraw after it.
    c.subscriptions().listen(c.session().scenarioProperty(), (o, a, b) -> {
      if (!a.inputs().participants().equals(b.inputs().participants())) {
        drawRows();
      }
    });
    drawRows();
    Button sheet = StepContext.id(new Button(c.t("group.sheet.save")), "saveSheetButton");
    sheet.setOnAction(e -> c.host().dialogs()
        .chooseSave(c.t("group.sheet.save.title"), c.t("group.sheet.fileName") + ".xlsx",
            c.t("group.sheet.filter"), "*.xlsx", "*.csv")
        .ifPresent(f -> vm.saveSheet(goalsMode(), f, c.services().executor())));
    Button importAnswers = StepContext.id(new Button(c.t("group.import")), "importAnswersButton");
    importAnswers.setOnAction(e -> vm.chooseAndImportAnswers(c.host().dialogs(), c.services().executor()));
    Button openForm = StepContext.id(new Button(c.t("group.form.open")), "openFormButton");
    openForm.setOnAction(e -> c.host().dialogs()
        .chooseOpen(c.t("group.form.open"), c.t("group.form.filter"), "*" + JudgementForms.EXTENSION)
        .ifPresent(f -> vm.openForm(f, c.services().executor())));
    Button saveForm = StepContext.id(new Button(c.t("group.form.save")), "saveFormButton");
    saveForm.disableProperty().bind(vm.formOpenProperty().not());
    saveForm.setOnAction(e -> vm.saveForm(c.services().executor()));
    Label collected = StepContext.id(new Label(), "collectedLabel");
    collected.setWrapText(true);
    collected.textProperty().bind(vm.collectedProperty());
    VBox content = new VBox(10, c.note(c.t("group.section.help")), rows, form, add, problem, status,
        new HBox(10, answering, own), new HBox(10, sheet, importAnswers),
        new HBox(10, openForm, saveForm), collected);
    pane = StepContext.id(new TitledPane(c.t("group.section"), content), "participantsPane");
    pane.setExpanded(!vm.participants().isEmpty());
  }

  TitledPane node() {
    return pane;
  }

  /** Sliders unless the scenario's own goals are weighed pairwise. */
  private se.socialorg.advisor.model.WeightMode goalsMode() {
    return c.session().scenario().inputs().goals().mode();
  }

  private void drawRows() {
    rows.getChildren().clear();
    for (int i = 0; i < vm.participants().size(); i++) {
      Participant p = vm.participants().get(i);
      final int index = i;
      String who = p.role().isBlank() ? p.name() : p.name() + " (" + p.role() + ")";
      Label label = StepContext.id(new Label(who), "participant_" + i);
      Label state = StepContext.id(new Label(c.t(p.answered() ? "group.answered" : "group.notAnswered")),
          "participantState_" + i);
      state.getStyleClass().add("text-muted");
      Button answer = StepContext.id(new Button(c.t("group.answer")), "answerButton_" + i);
      answer.setOnAction(e -> vm.answerFor(index));
      Button remove = StepContext.id(new Button(c.t("group.remove")), "removeParticipantButton_" + i);
      remove.setOnAction(e -> vm.removeParticipant(index));
      Button form = StepContext.id(new Button(c.t("group.form.send")), "sendFormButton_" + i);
      form.setOnAction(e -> c.host().dialogs()
          .chooseSave(c.t("group.form.send.title"), p.name().strip() + JudgementForms.EXTENSION,
              c.t("group.form.filter"), "*" + JudgementForms.EXTENSION)
          .ifPresent(f -> vm.sendForm(index, f, c.services().executor())));
      for (Button b : java.util.List.of(answer, form, remove)) {
        b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
      }
      state.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
      label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
      // Wraps onto a second line in a narrow window instead of cutting the buttons short.
      javafx.scene.layout.FlowPane row = new javafx.scene.layout.FlowPane(10, 6,
          label, state, answer, form, remove);
      row.setPrefWrapLength(480);
      rows.getChildren().add(row);
    }
  }
}
