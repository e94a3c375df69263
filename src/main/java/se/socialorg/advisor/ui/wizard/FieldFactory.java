package se.socialorg.advisor.ui.wizard;

import java.util.Locale;
import javafx.geometry.HPos;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.util.Duration;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import se.socialorg.advisor.i18n.I18n;
import se.socialorg.advisor.model.InputField;
import se.socialorg.advisor.model.InputWriter;
import se.socialorg.advisor.model.Scenario;
import se.socialorg.advisor.present.Numbers;
import se.socialorg.advisor.ui.Subscriptions;
import se.socialorg.advisor.ui.scenario.ScenarioSession;

/**
 * Builds labelled inputs for catalogued fields ({@link InputField}): a label bound to the control,
 * a unit, a tooltip with meaning and source, validation as the user types (ControlsFX decoration
 * plus the wizard's Next blocking), and two-way sync with the scenario.
 *
 * <p>Node ids: {@code <field>Field} for text fields and {@code <field>Slider} for sliders, where
 * {@code <field>} is the enum name in lower camel case (e.g. {@code willingShareField}).
 */
final class FieldFactory {

  private final I18n i18n;
  private final WizardModel model;
  private final ValidationSupport validation;
  private final Subscriptions subscriptions;
  private final java.util.Map<InputField, TextField> shown = new java.util.EnumMap<>(InputField.class);

  FieldFactory(I18n i18n, WizardModel model, ValidationSupport validation,
      Subscriptions subscriptions) {
    this.i18n = i18n;
    this.model = model;
    this.validation = validation;
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
    String[] parts = f.name().toLowerCase(Locale.ROOT).split("_");
    StringBuilder sb = new StringBuilder(parts[0]);
    for (int i = 1; i < parts.length; i++) {
      sb.append(Character.toUpperCase(parts[i].charAt(0))).append(parts[i].substring(1));
    }
    return sb.toString();
  }

  /** Shares are shown as percentages; everything else as stored. */
  private static double displayFactor(InputField f) {
    return f.unit() == InputField.Unit.SHARE ? 100 : 1;
  }

  private static int decimals(InputField f) {
    return switch (f.unit()) {
      case SHARE, PER_WEEK, FACTOR -> 1;
      default -> 0;
    };
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

  String format(InputField f, double modelValue) {
    return i18n.number(modelValue * displayFactor(f), decimals(f));
  }

  /** Parses typed text in the user's locale ({@link Numbers#parse}); null when not a number. */
  Double parse(String text) {
    return Numbers.parse(text, i18n.locale());
  }

  /** The problem with a typed text, or null when it is a valid value for the field. */
  String problem(InputField f, String text) {
    Double shown = parse(text);
    String min = i18n.number(f.min() * displayFactor(f), decimals(f));
    String max = i18n.number(f.max() * displayFactor(f), decimals(f));
    if (shown == null) {
      return i18n.t("wizard.invalid.number", label(f), min, max);
    }
    double v = shown / displayFactor(f);
    if (!f.accepts(v)) {
      return i18n.t("wizard.invalid.range", label(f), min, max);
    }
    return null;
  }

  /** Adds a text input row for the field to a grid and returns the text field. */
  TextField number(GridPane grid, int row, InputField f, int step, String currency) {
    ScenarioSession session = model.session();
    TextField field = new TextField();
    field.setId(baseId(f) + "Field");
    field.setPrefColumnCount(10);
    field.setAlignment(javafx.geometry.Pos.CENTER_RIGHT);
    double[] known = {f.read(session.scenario().inputs())};
    // The value the user started from: an invalid text puts it back, so what the field cannot
    // hold never drives the live scores (not even "15" on the way to an invalid "150").
    double[] settled = {known[0]};
    field.focusedProperty().addListener((obs, was, focused) -> {
      if (focused && problem(f, field.getText()) == null) {
        settled[0] = f.read(session.scenario().inputs());
      }
    });
    field.setText(format(f, known[0]));
    shown.put(f, field);
    // True while the field shows the scenario's value: showing is not an edit, even when the
    // shown text reads back a little differently (rounded), so opening never marks it unsaved.
    boolean[] showing = {false};
    field.textProperty().addListener((obs, old, text) -> {
      String problem = problem(f, text);
      model.setProblem(field.getId(), step, problem);
      if (showing[0]) {
        return;
      }
      if (problem != null && Math.abs(known[0] - settled[0]) > 1e-12) {
        known[0] = settled[0];
        double value = settled[0];
        session.edit(s -> s.withInputs(InputWriter.write(s.inputs(), f, value)));
      }
      if (problem == null) {
        double v = parse(text) / displayFactor(f);
        if (f.unit() == InputField.Unit.PERSONS || f.unit() == InputField.Unit.COUNT
            || f.unit() == InputField.Unit.YEAR || f.unit() == InputField.Unit.MONTHS) {
          v = Math.round(v);
        }
        known[0] = v;
        double value = v;
        session.edit(s -> s.withInputs(InputWriter.write(s.inputs(), f, value)));
      }
    });
    subscriptions.listen(session.scenarioProperty(), (obs, old, now) -> {
      double v = f.read(now.inputs());
      if (Math.abs(v - known[0]) > 1e-12) {
        known[0] = v;
        settled[0] = v;
        showing[0] = true;
        try {
          field.setText(format(f, v));
        } finally {
          showing[0] = false;
        }
      }
    });
    validation.registerValidator(field, false, (c, text) ->
        ValidationResult.fromErrorIf(c, problem(f, (String) text), problem(f, (String) text) != null));
    addRow(grid, row, f, field, currency);
    return field;
  }

  /**
   * Shows the scenario's values in these fields again, replacing whatever was typed (valid or
   * not): after a reset the fields say what the scenario holds and block nothing.
   */
  void showScenarioValues(java.util.Collection<InputField> fields) {
    for (InputField f : fields) {
      TextField field = shown.get(f);
      if (field != null) {
        field.setText(format(f, f.read(model.session().scenario().inputs())));
      }
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
        return; // the scenario's own value, not the user's move
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
