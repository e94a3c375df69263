package se.socialorg.advisor.ui.wizard;

import javafx.css.PseudoClass;
import javafx.geometry.HPos;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.util.Duration;
import org.controlsfx.validation.ValidationMessage;
import org.controlsfx.validation.decoration.GraphicValidationDecoration;
import se.socialorg.advisor.i18n.I18n;
import se.socialorg.advisor.model.InputField;
import se.socialorg.advisor.model.InputWriter;
import se.socialorg.advisor.model.Scenario;
import se.socialorg.advisor.ui.Subscriptions;
import se.socialorg.advisor.ui.scenario.ScenarioSession;

/**
 * Builds labelled inputs for catalogued fields ({@link InputField}): a label bound to the control,
 * a unit, a tooltip with meaning and source. Number fields bind to a step view model's
 * {@link NumberFieldViewModel}, which validates; the field shows its problem (ControlsFX decoration
 * with the message, {@code :invalid} pseudo-class) and Next follows the step's validity.
 *
 * <p>Node ids: {@code <field>Field} for text fields and {@code <field>Slider} for sliders, where
 * {@code <field>} is the enum name in lower camel case (e.g. {@code willingShareField}).
 */
final class FieldFactory {

  private static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");
  private static final String PENDING_PROBLEM = "wizard.pendingProblem";

  private final I18n i18n;
  private final WizardModel model;
  private final Subscriptions subscriptions;
  private final GraphicValidationDecoration decoration = new GraphicValidationDecoration();

  FieldFactory(I18n i18n, WizardModel model, Subscriptions subscriptions) {
    this.i18n = i18n;
    this.model = model;
    this.subscriptions = subscriptions;
  }

  /** A form grid: label, control, unit. */
  static GridPane grid() {
    GridPane g = new GridPane();
    g.setHgap(10);
    g.setVgap(10);
    ColumnConstraints label = new ColumnConstraints();
    label.setMinWidth(180);
    label.setPrefWidth(270);
    label.setHalignment(HPos.LEFT);
    ColumnConstraints control = new ColumnConstraints();
    control.setMinWidth(120);
    control.setPrefWidth(210);
    control.setHgrow(Priority.SOMETIMES);
    ColumnConstraints unit = new ColumnConstraints();
    unit.setMinWidth(85);
    g.getColumnConstraints().setAll(label, control, unit);
    g.getStyleClass().add("form-grid");
    return g;
  }

  static String baseId(InputField f) {
    return NumberFieldViewModel.baseId(f);
  }

  String label(InputField f) {
    return i18n.t("field." + f.name());
  }

  String help(InputField f) {
    return i18n.t("field." + f.name() + ".help");
  }

  String unit(InputField f, String currency) {
    return switch (f.unit()) {
      case MONEY -> currency;
      case SCALE, COUNT -> "";
      default -> i18n.t("unit." + f.unit().name());
    };
  }

  /**
   * Adds a text input row for a step's number input to a grid and returns the text field. The
   * field only shows the view model's text and problem and forwards what is typed: parsing and
   * validation are the view model's ({@link NumberFieldViewModel}).
   */
  TextField number(GridPane grid, int row, NumberFieldViewModel vm, String currency) {
    TextField field = new TextField(vm.textProperty().get());
    field.setId(vm.id());
    field.setPrefColumnCount(10);
    field.setAlignment(javafx.geometry.Pos.CENTER_RIGHT);
    field.focusedProperty().addListener((obs, was, focused) -> {
      if (focused) {
        vm.beginEditing();
      }
    });
    field.textProperty().addListener((obs, old, text) -> vm.type(text));
    subscriptions.listen(vm.textProperty(), (obs, old, now) -> {
      if (!now.equals(field.getText())) {
        field.setText(now);
      }
    });
    if (!vm.isValid()) {
      showProblem(field, vm);
    }
    subscriptions.listen(vm.problemProperty(), (obs, old, now) -> showProblem(field, vm));
    addRow(grid, row, vm.field(), field, currency);
    return field;
  }

  /**
   * Marks the field invalid with its problem (the decoration's tooltip says it), or clears it. A
   * decoration needs the field in a scene (after a language switch the view is built first and
   * shown after), so it is drawn once the field has one.
   */
  private void showProblem(TextField field, NumberFieldViewModel vm) {
    if (field.getScene() == null) {
      if (field.getProperties().putIfAbsent(PENDING_PROBLEM, Boolean.TRUE) == null) {
        field.sceneProperty().addListener(new javafx.beans.InvalidationListener() {
          @Override
          public void invalidated(javafx.beans.Observable o) {
            if (field.getScene() != null) {
              field.sceneProperty().removeListener(this);
              field.getProperties().remove(PENDING_PROBLEM);
              // After the pulse that put it there, when the field has its place.
              javafx.application.Platform.runLater(() -> showProblem(field, vm));
            }
          }
        });
      }
      return;
    }
    String problem = vm.problemProperty().get();
    decoration.removeDecorations(field);
    field.pseudoClassStateChanged(INVALID, !problem.isEmpty());
    if (!problem.isEmpty()) {
      decoration.applyValidationDecoration(ValidationMessage.error(field, problem));
    }
  }

  /** Adds a 0-1 slider row (low ... high) for a scale field and returns the slider. */
  Slider scale(GridPane grid, int row, InputField f) {
    ScenarioSession session = model.session();
    Slider slider = new Slider(f.min(), f.max(), f.read(session.scenario().inputs()));
    slider.setId(baseId(f) + "Slider");
    slider.setBlockIncrement(0.05);
    slider.setMajorTickUnit(0.25);
    slider.setShowTickMarks(true);
    boolean[] showing = {false};
    slider.valueProperty().addListener((obs, old, v) -> {
      if (showing[0]) {
        return; // the scenario's own value, not the user's move (nothing unsaved)
      }
      double value = Math.round(v.doubleValue() * 100) / 100.0;
      session.edit(s -> s.withInputs(InputWriter.write(s.inputs(), f, value)));
    });
    subscriptions.listen(session.scenarioProperty(), (obs, old, now) -> {
      double v = f.read(now.inputs());
      if (Math.abs(v - slider.getValue()) > 0.005) {
        showing[0] = true;
        try {
          slider.setValue(v);
        } finally {
          showing[0] = false;
        }
      }
    });
    Label value = new Label();
    value.setId(baseId(f) + "Value");
    value.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
        () -> scaleWord(slider.getValue()), slider.valueProperty()));
    addRow(grid, row, f, slider, value);
    return slider;
  }

  String scaleWord(double v) {
    int level = (int) Math.min(4, Math.floor(v * 5));
    return i18n.t("scale." + level);
  }

  private void addRow(GridPane grid, int row, InputField f, javafx.scene.control.Control control,
      String currency) {
    addRow(grid, row, f, control, new Label(unit(f, currency == null ? "" : currency)));
  }

  private void addRow(GridPane grid, int row, InputField f, javafx.scene.control.Control control,
      Label unitLabel) {
    Label label = new Label(label(f));
    label.setLabelFor(control);
    label.setWrapText(true);
    label.setId(baseId(f) + "Label");
    Tooltip tip = new Tooltip(help(f));
    tip.setWrapText(true);
    tip.setMaxWidth(420);
    tip.setShowDelay(Duration.millis(300));
    tip.setShowDuration(Duration.seconds(30));
    control.setTooltip(tip);
    label.setTooltip(tip);
    control.setAccessibleHelp(help(f));
    grid.add(label, 0, row);
    grid.add(control, 1, row);
    grid.add(unitLabel, 2, row);
  }

  /** The current scenario, for callers that need more than one field. */
  Scenario scenario() {
    return model.scenario();
  }
}
