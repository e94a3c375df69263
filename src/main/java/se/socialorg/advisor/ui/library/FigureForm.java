package se.socialorg.advisor.ui.library;

import java.util.function.Function;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import se.socialorg.advisor.i18n.I18n;
import se.socialorg.advisor.present.FigureText;

/**
 * The figure form as a {@link Dialog}: it binds its fields to a {@link FigureFormViewModel},
 * shows the first problem under them and enables OK only when the input is complete. Show it
 * through {@code Dialogs.showCustom}.
 *
 * <p>Node ids: {@code figureDataset}, {@code figureCountry}, {@code figureYear}, {@code
 * figureItem}, {@code figureValue}, {@code figureUnit}, {@code figureSourceTitle}, {@code
 * figureSourceAddress}, {@code figurePopulation}, {@code figureNote}, {@code figureFormWhat}
 * (which figure a change is for), {@code figureFormError}, {@code figureOkButton}, {@code
 * figureCancelButton}.
 */
final class FigureForm {

  private static final String LIBRARY_CSS = "/se/socialorg/advisor/ui/library/library.css";

  private FigureForm() {}

  /** A dialog for {@code vm}; its result is the checked input, or null on Cancel. */
  static Dialog<FigureFormViewModel.Result> dialog(FigureFormViewModel vm, I18n t) {
    FigureText text = new FigureText(t);
    GridPane grid = new GridPane();
    grid.setHgap(10);
    grid.setVgap(8);
    int row = 0;
    TextField value = new TextField();
    if (vm.mode() != FigureFormViewModel.Mode.NEW) {
      Label what = new Label(vm.what());
      what.setId("figureFormWhat");
      what.setWrapText(true);
      what.setMaxWidth(420);
      grid.add(what, 0, row++, 2, 1);
    } else {
      ComboBox<String> dataset = new ComboBox<>();
      dataset.getItems().setAll(vm.datasets());
      dataset.setConverter(converter(text::dataset));
      dataset.valueProperty().bindBidirectional(vm.datasetProperty());
      ComboBox<String> country = new ComboBox<>();
      country.setEditable(true);
      country.getItems().setAll(vm.countries());
      country.getEditor().textProperty().bindBidirectional(vm.countryProperty());
      row = add(t, grid, row, "libui.form.dataset", "figureDataset", dataset);
      row = add(t, grid, row, "libui.form.country", "figureCountry", country);
      row = add(t, grid, row, "libui.form.year", "figureYear", field(vm.yearProperty()));
      row = add(t, grid, row, "libui.form.item", "figureItem", field(vm.itemProperty()));
    }
    value.textProperty().bindBidirectional(vm.valueProperty());
    row = add(t, grid, row, "libui.form.value", "figureValue", value);
    if (vm.mode() == FigureFormViewModel.Mode.NEW) {
      ComboBox<String> unit = new ComboBox<>();
      unit.getItems().setAll(vm.units());
      unit.setConverter(converter(text::unit));
      unit.valueProperty().bindBidirectional(vm.unitProperty());
      row = add(t, grid, row, "libui.form.unit", "figureUnit", unit);
      row = add(t, grid, row, "libui.form.sourceTitle", "figureSourceTitle",
          field(vm.sourceTitleProperty()));
      row = add(t, grid, row, "libui.form.sourceAddress", "figureSourceAddress",
          field(vm.sourceAddressProperty()));
      row = add(t, grid, row, "libui.form.population", "figurePopulation",
          field(vm.populationProperty()));
    }
    add(t, grid, row, "libui.form.note", "figureNote", field(vm.noteProperty()));
    Label error = new Label();
    error.setId("figureFormError");
    error.getStyleClass().add("error-text");
    error.setWrapText(true);
    error.setMaxWidth(440);
    error.textProperty().bind(vm.problemProperty());

    Dialog<FigureFormViewModel.Result> dialog = new Dialog<>();
    dialog.setTitle(vm.title());
    VBox content = new VBox(12, grid, error);
    content.setPadding(new javafx.geometry.Insets(16, 16, 4, 16));
    dialog.getDialogPane().setContent(content);
    dialog.getDialogPane().getStyleClass().add("library-dialog");
    dialog.getDialogPane().getStylesheets()
        .add(FigureForm.class.getResource(LIBRARY_CSS).toExternalForm());
    ButtonType okType = new ButtonType(t.t("libui.form.ok"), ButtonBar.ButtonData.OK_DONE);
    ButtonType cancelType =
        new ButtonType(t.t("libui.form.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
    dialog.getDialogPane().getButtonTypes().setAll(cancelType, okType);
    Button ok = (Button) dialog.getDialogPane().lookupButton(okType);
    ok.setId("figureOkButton");
    ok.getStyleClass().add("accent");
    ok.disableProperty().bind(vm.validProperty().not());
    dialog.getDialogPane().lookupButton(cancelType).setId("figureCancelButton");
    dialog.setResultConverter(b -> b == okType ? vm.result().orElse(null) : null);
    dialog.setOnShown(e -> value.requestFocus());
    return dialog;
  }

  private static TextField field(javafx.beans.property.StringProperty p) {
    TextField f = new TextField();
    f.textProperty().bindBidirectional(p);
    return f;
  }

  private static int add(I18n t, GridPane grid, int row, String key, String id, Control control) {
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

  private static StringConverter<String> converter(Function<String, String> f) {
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
