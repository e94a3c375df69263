package se.socialorg.advisor.ui.wizard;

import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import se.socialorg.advisor.model.InputField;
import se.socialorg.advisor.model.MaturityStage;
import se.socialorg.advisor.model.SharedFunctions;

/** Step 2: size, experts, units, countries, regulation, maturity, shared functions, culture. */
final class OrganisationStep implements WizardStep {

  private final StepContext c;
  private final OrganisationStepViewModel vm;
  private final VBox view = new VBox(14);

  OrganisationStep(StepContext c, OrganisationStepViewModel vm) {
    this.c = c;
    this.vm = vm;
    GridPane grid = FieldFactory.grid();
    FieldFactory f = c.fields();
    int row = 0;
    for (InputField number : OrganisationStepViewModel.NUMBERS) {
      f.number(grid, row++, vm.field(number), null);
    }
    f.scale(grid, row++, InputField.REGULATION);
    f.scale(grid, row++, InputField.CULTURE_OPENNESS);

    ComboBox<MaturityStage> maturity = enumCombo("maturityChoice", MaturityStage.values(), "maturity.");
    Label maturityDescription = StepContext.id(c.note(""), "maturityDescription");
    maturity.setValue(vm.maturityProperty().get());
    maturityDescription.setText(c.t(vm.maturityDescriptionKeyProperty().get()));
    maturity.valueProperty().addListener((obs, old, v) -> vm.chooseMaturity(v));
    Label maturityLabel = label("wizard.org.maturity", maturity, "wizard.org.maturity.help");
    grid.add(maturityLabel, 0, row);
    grid.add(maturity, 1, row++);
    grid.add(maturityDescription, 1, row++, 2, 1);

    ComboBox<SharedFunctions> shared =
        enumCombo("sharedFunctionsChoice", SharedFunctions.values(), "wizard.org.shared.");
    shared.setValue(vm.sharedFunctionsProperty().get());
    shared.valueProperty().addListener((obs, old, v) -> vm.chooseSharedFunctions(v));
    grid.add(label("wizard.org.shared", shared, "wizard.org.shared.help"), 0, row);
    grid.add(shared, 1, row++);

    c.subscriptions().listen(vm.maturityProperty(), (obs, old, now) -> maturity.setValue(now));
    c.subscriptions().listen(vm.maturityDescriptionKeyProperty(),
        (obs, old, now) -> maturityDescription.setText(c.t(now)));
    c.subscriptions().listen(vm.sharedFunctionsProperty(), (obs, old, now) -> shared.setValue(now));
    view.getChildren().setAll(namesView(), grid, c.note(c.t("wizard.org.source")));
  }

  /** Organisation and scenario name: a thin view over {@link CaseNamesViewModel}. */
  private Node namesView() {
    CaseNamesViewModel names = vm.names();
    GridPane grid = FieldFactory.grid();
    TextField org = nameField("organisationNameField", names.organisationProperty().get(),
        names::nameOrganisation);
    TextField scenario = nameField("scenarioNameField", names.scenarioNameProperty().get(),
        names::nameScenario);
    org.setPromptText(c.t("wizard.names.organisation.prompt"));
    scenario.setPromptText(c.t("wizard.names.scenario.prompt"));
    grid.add(label("wizard.names.organisation", org, "wizard.names.organisation.help"), 0, 0);
    grid.add(org, 1, 0);
    grid.add(label("wizard.names.scenario", scenario, "wizard.names.scenario.help"), 0, 1);
    grid.add(scenario, 1, 1);
    TextField author = nameField("authorField", names.authorProperty().get(), names::nameAuthor);
    author.setPromptText(c.t("wizard.names.author.prompt"));
    grid.add(label("wizard.names.author", author, "wizard.names.author.help"), 0, 2);
    grid.add(author, 1, 2);
    javafx.scene.control.DatePicker date = new javafx.scene.control.DatePicker(
        names.dateProperty().get());
    date.setId("caseDateField");
    date.valueProperty().addListener((obs, old, now) -> names.date(now));
    grid.add(label("wizard.names.date", date, "wizard.names.date.help"), 0, 3);
    grid.add(date, 1, 3);
    // Each name is limited to what the case keeps, with a visible count (issue 14).
    grid.add(se.socialorg.advisor.ui.TextLimit.apply(org, CaseNamesViewModel.MAX_LENGTH, c.i18n()), 2, 0);
    grid.add(se.socialorg.advisor.ui.TextLimit.apply(scenario, CaseNamesViewModel.MAX_LENGTH, c.i18n()),
        2, 1);
    grid.add(se.socialorg.advisor.ui.TextLimit.apply(author, CaseNamesViewModel.MAX_LENGTH, c.i18n()),
        2, 2);
    Label problem = StepContext.id(c.note(""), "namesProblem");
    problem.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
        () -> names.problemKeyProperty().get().isEmpty() ? ""
            : c.t(names.problemKeyProperty().get(), CaseNamesViewModel.MAX_LENGTH),
        names.problemKeyProperty()));
    problem.managedProperty().bind(problem.textProperty().isNotEmpty());
    grid.add(problem, 1, 4);
    c.subscriptions().listen(c.session().scenarioProperty(), (obs, old, now) -> {
      // Also while focused: Undo puts back a name the user is typing (the text differs then).
      if (!org.getText().strip().equals(now.organisationName())) {
        org.setText(now.organisationName());
      }
      if (!scenario.getText().strip().equals(now.name())) {
        scenario.setText(now.name());
      }
      if (!author.getText().strip().equals(now.author())) {
        author.setText(now.author());
      }
      if (!java.util.Objects.equals(date.getValue(), names.dateProperty().get())) {
        date.setValue(names.dateProperty().get());
      }
    });
    return grid;
  }

  private static TextField nameField(String id, String text,
      java.util.function.Consumer<String> typed) {
    TextField f = new TextField(text);
    f.setId(id);
    f.setMaxWidth(Double.MAX_VALUE);
    f.textProperty().addListener((obs, old, now) -> typed.accept(now));
    return f;
  }

  private Label label(String key, javafx.scene.control.Control control, String helpKey) {
    Label l = new Label(c.t(key));
    l.setWrapText(true);
    l.setLabelFor(control);
    Tooltip tip = new Tooltip(c.t(helpKey));
    tip.setWrapText(true);
    tip.setMaxWidth(420);
    control.setTooltip(tip);
    l.setTooltip(tip);
    control.setAccessibleHelp(tip.getText());
    return l;
  }

  private <E extends Enum<E>> ComboBox<E> enumCombo(String id, E[] values, String keyPrefix) {
    ComboBox<E> box = new ComboBox<>();
    box.setId(id);
    box.getItems().setAll(values);
    box.setMaxWidth(Double.MAX_VALUE);
    box.setCellFactory(lv -> new ListCell<>() {
      @Override
      protected void updateItem(E item, boolean empty) {
        super.updateItem(item, empty);
        setText(empty || item == null ? null : c.t(keyPrefix + item.name()));
      }
    });
    box.setButtonCell(box.getCellFactory().call(null));
    return box;
  }

  @Override
  public String key() {
    return "wizard.org";
  }

  @Override
  public Node view() {
    return view;
  }
}
