package se.socialorg.advisor.ui.library;

import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.util.StringConverter;
import se.socialorg.advisor.i18n.I18n;
import se.socialorg.advisor.model.ReferenceFigure;
import se.socialorg.advisor.present.FigureText;
import se.socialorg.advisor.present.Numbers;

/**
 * A small window asking for a figure: a new value and note that override a shipped figure, a new
 * value and note for a figure of the user's own, or every field of a new figure. OK checks the
 * input and hands the result over; the window stays open with a message while something is
 * missing or not a number.
 *
 * <p>Node ids: {@code figureDataset}, {@code figureCountry}, {@code figureYear}, {@code
 * figureItem}, {@code figureValue}, {@code figureUnit}, {@code figureSourceTitle}, {@code
 * figureSourceAddress}, {@code figurePopulation}, {@code figureNote}, {@code figureFormWhat}
 * (which figure a change is for), {@code figureFormError}, {@code figureOkButton}, {@code
 * figureCancelButton}.
 */
final class FigureForm {

  /** What the user entered. */
  record Result(
      String dataset, String country, int year, String item, double value, String unit,
      String sourceTitle, String sourceAddress, String population, String note) {}

  /** What the form asks for. */
  private enum Mode {
    /** The user's value for a shipped figure. */
    OVERRIDE,
    /** A new value for a figure the user added. */
    EDIT,
    /** Every field of a new figure. */
    NEW
  }

  private final FigureText text;
  private final I18n t;
  private final Mode mode;
  private final ComboBox<String> dataset = new ComboBox<>();
  private final ComboBox<String> country = new ComboBox<>();
  private final TextField year = new TextField();
  private final TextField item = new TextField();
  private final TextField value = new TextField();
  private final ComboBox<String> unit = new ComboBox<>();
  private final TextField sourceTitle = new TextField();
  private final TextField sourceAddress = new TextField();
  private final TextField population = new TextField();
  private final TextField note = new TextField();
  private final Label error = new Label();
  /** The figure whose value is changed (OVERRIDE and EDIT), else null. */
  private final ReferenceFigure changed;

  private FigureForm(FigureText text, Mode mode, ReferenceFigure changed) {
    this.text = text;
    this.t = text.i18n();
    this.mode = mode;
    this.changed = changed;
  }

  /** Asks for the user's value of a shipped figure. */
  static FigureForm override(FigureText text, ReferenceFigure shipped) {
    FigureForm f = new FigureForm(text, Mode.OVERRIDE, shipped);
    f.value.setText(text.csvNumber(shipped.value()));
    f.note.setText(shipped.overridden() ? shipped.note() : "");
    return f;
  }

  /** Asks for a new value and note of a figure the user added. */
  static FigureForm edit(FigureText text, ReferenceFigure own) {
    FigureForm f = new FigureForm(text, Mode.EDIT, own);
    f.value.setText(text.csvNumber(own.value()));
    f.note.setText(own.note());
    return f;
  }

  /** Asks for a new figure; the lists offer what the library already has. */
  static FigureForm newFigure(FigureText text, List<String> datasets, String datasetChoice,
      List<String> countries, String countryChoice, int yearChoice) {
    FigureForm f = new FigureForm(text, Mode.NEW, null);
    f.dataset.getItems().setAll(datasets);
    f.dataset.setConverter(converter(text::dataset));
    f.dataset.setValue(datasets.contains(datasetChoice) ? datasetChoice
        : datasets.isEmpty() ? null : datasets.get(0));
    f.country.setEditable(true);
    f.country.getItems().setAll(countries);
    f.country.getEditor().setText(countryChoice == null ? "" : countryChoice);
    f.year.setText(yearChoice > 0 ? Integer.toString(yearChoice) : "");
    f.unit.getItems().setAll(FigureText.PERCENT, FigureText.SHARE, FigureText.FACTOR);
    f.unit.setConverter(converter(text::unit));
    f.unit.setValue(FigureText.PERCENT);
    return f;
  }

  /** Shows the window over {@code ownerNode}; {@code onOk} gets the checked input. */
  Stage show(Node ownerNode, Consumer<Result> onOk) {
    GridPane grid = new GridPane();
    grid.setHgap(10);
    grid.setVgap(8);
    int row = 0;
    if (mode != Mode.NEW) {
      Label what = new Label(mode == Mode.OVERRIDE
          ? t.t("libui.form.override.what", text.item(changed.item()),
              text.country(changed.country()), Integer.toString(changed.year()),
              text.value(changed.shippedValue(), changed.unit()))
          : t.t("libui.form.edit.what", text.item(changed.item()),
              text.country(changed.country()), Integer.toString(changed.year()),
              changed.source().sourceTitle()));
      what.setId("figureFormWhat");
      what.setWrapText(true);
      what.setMaxWidth(420);
      grid.add(what, 0, row++, 2, 1);
    } else {
      row = add(grid, row, "libui.form.dataset", "figureDataset", dataset);
      row = add(grid, row, "libui.form.country", "figureCountry", country);
      row = add(grid, row, "libui.form.year", "figureYear", year);
      row = add(grid, row, "libui.form.item", "figureItem", item);
    }
    row = add(grid, row, "libui.form.value", "figureValue", value);
    if (mode == Mode.NEW) {
      row = add(grid, row, "libui.form.unit", "figureUnit", unit);
      row = add(grid, row, "libui.form.sourceTitle", "figureSourceTitle", sourceTitle);
      row = add(grid, row, "libui.form.sourceAddress", "figureSourceAddress", sourceAddress);
      row = add(grid, row, "libui.form.population", "figurePopulation", population);
    }
    add(grid, row, "libui.form.note", "figureNote", note);
    error.setId("figureFormError");
    error.getStyleClass().add("error-text");
    error.setWrapText(true);
    error.setMaxWidth(440);
    Button ok = new Button(t.t("libui.form.ok"));
    ok.setId("figureOkButton");
    ok.setDefaultButton(true);
    ok.getStyleClass().add("accent");
    Button cancel = new Button(t.t("libui.form.cancel"));
    cancel.setId("figureCancelButton");
    cancel.setCancelButton(true);
    Region gap = new Region();
    HBox.setHgrow(gap, Priority.ALWAYS);
    HBox buttons = new HBox(8, gap, cancel, ok);
    VBox body = new VBox(12, grid, error);
    BorderPane root = new BorderPane(body);
    root.setBottom(buttons);
    root.setPadding(new Insets(16));
    BorderPane.setMargin(buttons, new Insets(12, 0, 0, 0));
    root.getStyleClass().add("library-dialog");
    String title = switch (mode) {
      case OVERRIDE -> "libui.form.override.title";
      case EDIT -> "libui.form.edit.title";
      case NEW -> "libui.form.add.title";
    };
    Stage stage = Windows.dialog(ownerNode, t.t(title), new Scene(root));
    cancel.setOnAction(e -> stage.close());
    ok.setOnAction(e -> {
      Result r = check();
      if (r != null) {
        stage.close();
        onOk.accept(r);
      }
    });
    Windows.open(stage);
    value.requestFocus();
    return stage;
  }

  /** The input, or null after showing what is wrong. */
  private Result check() {
    Double typed = Numbers.parse(value.getText(), t.locale());
    if (typed == null) {
      return fail("libui.form.error.value");
    }
    double v = typed;
    if (mode != Mode.NEW) {
      return new Result(changed.dataset(), changed.country(), changed.year(),
          changed.item(), v, changed.unit(), "", "", "", note.getText().strip());
    }
    String c = country.getEditor().getText() == null ? "" : country.getEditor().getText().strip();
    int y;
    try {
      y = Integer.parseInt(year.getText().strip());
    } catch (NumberFormatException e) {
      y = -1;
    }
    if (dataset.getValue() == null) {
      return fail("libui.form.error.dataset");
    }
    if (c.isEmpty()) {
      return fail("libui.form.error.country");
    }
    if (y < 1900 || y > 2100) {
      return fail("libui.form.error.year");
    }
    if (item.getText().isBlank()) {
      return fail("libui.form.error.item");
    }
    if (sourceTitle.getText().isBlank()) {
      return fail("libui.form.error.source");
    }
    return new Result(dataset.getValue(), c, y, item.getText().strip(), v, unit.getValue(),
        sourceTitle.getText().strip(), sourceAddress.getText().strip(),
        population.getText().strip(), note.getText().strip());
  }

  private Result fail(String key) {
    error.setText(t.t(key));
    return null;
  }

  private int add(GridPane grid, int row, String key, String id, Control control) {
    Label label = new Label(t.t(key));
    label.setLabelFor(control);
    control.setId(id);
    control.setTooltip(new Tooltip(t.t(key + ".help")));
    control.setAccessibleHelp(t.t(key + ".help"));
    control.setPrefWidth(300);
    grid.add(label, 0, row);
    grid.add(control, 1, row);
    return row + 1;
  }

  private static StringConverter<String> converter(java.util.function.Function<String, String> f) {
    return new StringConverter<>() {
      @Override
      public String toString(String s) {
        return s == null ? "" : f.apply(s);
      }

      @Override
      public String fromString(String s) {
        return s;
      }
    };
  }
}
