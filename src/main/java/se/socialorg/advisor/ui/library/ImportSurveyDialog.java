package se.socialorg.advisor.ui.library;

import java.nio.file.Path;
import java.util.List;
import java.util.function.LongConsumer;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import se.socialorg.advisor.i18n.I18n;
import se.socialorg.advisor.store.survey.SurveyField;
import se.socialorg.advisor.ui.AppExecutor;
import se.socialorg.advisor.ui.Dialogs;

/**
 * The survey import window, a thin view over {@link ImportSurveyViewModel}: the detected format
 * and a preview of the first rows, one drop-down per answer to correct the automatic column
 * match, the survey's name, answer words not understood with a choice of meaning each, the
 * problems found, and the import with a progress bar and Cancel. It is a {@code Dialog<Long>}
 * whose result is the stored survey's id, shown through {@link Dialogs#showCustom}.
 *
 * <p>Node ids: {@code importFile}, {@code importFormat}, {@code previewTable}, {@code
 * mapping_<FIELD>}, {@code surveyName}, {@code importProgress}, {@code importStatus}, {@code
 * importErrors}, {@code importRule}, {@code importPersonal}, {@code importAmbiguous}, {@code
 * unknownAnswers}, {@code meaning_<n>}, {@code skipBadRowsButton}, {@code startImportButton},
 * {@code cancelImportButton}.
 */
public final class ImportSurveyDialog {

  private static final String LIBRARY_CSS = "/se/socialorg/advisor/ui/library/library.css";

  private ImportSurveyDialog() {
  }

  /**
   * Opens the import of {@code file} through {@code dialogs}; {@code onImported} gets the new
   * survey's id when it is stored.
   */
  public static void open(I18n t, Dialogs dialogs, AppExecutor executor, LibraryData data,
      Path file, LongConsumer onImported) {
    ImportSurveyViewModel vm = new ImportSurveyViewModel(t, dialogs, executor,
        ImportSurveys.of(data::importer), Platform::runLater);
    Dialog<Long> dialog = dialog(vm, t, file);
    dialogs.showCustom(dialog, onImported::accept);
    vm.open(file);
  }

  /** The window over {@code vm}; its result is the stored survey's id (null otherwise). */
  static Dialog<Long> dialog(ImportSurveyViewModel vm, I18n t, Path file) {
    Dialog<Long> dialog = new Dialog<>();
    dialog.setTitle(t.t("libui.import.title"));
    dialog.setResizable(true);
    // a hidden close button, so the window's own close box and Escape work
    ButtonType closeType = new ButtonType(t.t("libui.import.close"),
        ButtonBar.ButtonData.CANCEL_CLOSE);
    dialog.getDialogPane().getButtonTypes().setAll(closeType);
    Node close = dialog.getDialogPane().lookupButton(closeType);
    close.setVisible(false);
    close.setManaged(false);
    dialog.setResultConverter(b -> vm.importedProperty().get());

    Button skip = button("skipBadRowsButton", t.t("libui.import.skip"));
    skip.setTooltip(new Tooltip(t.t("libui.import.skip.help")));
    skip.visibleProperty().bind(vm.skipOfferedProperty());
    skip.managedProperty().bind(vm.skipOfferedProperty());
    skip.disableProperty().bind(vm.busyProperty());
    skip.setOnAction(e -> vm.importSkippingBadRows());
    Button start = button("startImportButton", t.t("libui.import.start"));
    start.getStyleClass().add("accent");
    start.setDefaultButton(true);
    start.disableProperty().bind(vm.canImportProperty().not());
    start.setOnAction(e -> vm.importSurvey());
    Button cancel = button("cancelImportButton", "");
    cancel.textProperty().bind(Bindings.when(vm.busyProperty())
        .then(t.t("libui.import.cancel")).otherwise(t.t("libui.import.close")));
    cancel.setOnAction(e -> {
      if (!vm.cancelImport()) {
        dialog.close();
      }
    });
    dialog.setOnCloseRequest(e -> {
      if (dialog.getResult() == null && vm.cancelImport()) {
        e.consume();
      }
    });
    vm.importedProperty().addListener((o, a, id) -> {
      if (id != null) {
        dialog.setResult(id);
        dialog.close();
      }
    });

    ProgressBar progress = new ProgressBar(0);
    progress.setId("importProgress");
    progress.setMaxWidth(Double.MAX_VALUE);
    progress.progressProperty().bind(vm.progressProperty());
    progress.visibleProperty().bind(vm.busyProperty().and(vm.previewReadProperty()));
    progress.managedProperty().bind(progress.visibleProperty());
    HBox.setHgrow(progress, Priority.ALWAYS);
    Region gap = new Region();
    HBox.setHgrow(gap, Priority.ALWAYS);
    skip.setWrapText(true);
    skip.setMinHeight(Region.USE_PREF_SIZE);
    cancel.setMinWidth(Region.USE_PREF_SIZE);
    start.setMinWidth(Region.USE_PREF_SIZE);
    HBox buttons = new HBox(8, progress, gap, skip, cancel, start);
    buttons.setAlignment(javafx.geometry.Pos.CENTER_RIGHT);
    // what happened (answer words to map, errors) stays in sight below the scrolling part
    Label status = text("importStatus", null, vm.statusProperty());
    ListView<String> errors = new ListView<>();
    errors.setId("importErrors");
    errors.setPrefHeight(120);
    errors.getStyleClass().add("import-errors");
    errors.itemsProperty().bind(Bindings.createObjectBinding(
        () -> FXCollections.observableArrayList(vm.errorsProperty().get()),
        vm.errorsProperty()));
    errors.visibleProperty().bind(Bindings.createBooleanBinding(
        () -> !vm.errorsProperty().get().isEmpty(), vm.errorsProperty()));
    errors.managedProperty().bind(errors.visibleProperty());

    VBox unknownBox = new VBox(6);
    unknownBox.setId("unknownAnswers");
    showUnknownWords(vm, t, unknownBox);
    vm.answerWords().wordsProperty().addListener((o, a, b) -> showUnknownWords(vm, t, unknownBox));
    VBox bottom = new VBox(8, unknownBox, status, errors, buttons);
    bottom.setPadding(new Insets(12, 0, 0, 0));

    // Scrolls when the screen is small (1024x700): the written rule and the mapping stay readable.
    ScrollPane scroll = new ScrollPane(body(vm, t, file));
    scroll.setId("importScroll");
    scroll.setFitToWidth(true);
    scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
    scroll.getStyleClass().add("edge-to-edge");

    BorderPane root = new BorderPane(scroll);
    root.setBottom(bottom);
    root.setPadding(new Insets(16, 16, 0, 16));
    dialog.getDialogPane().setContent(root);
    dialog.getDialogPane().setPrefSize(860, 640);
    dialog.getDialogPane().setMinSize(640, 520);
    // A resizable dialog may open at its minimum size on Linux: size it to its content once shown.
    dialog.setOnShown(e -> dialog.getDialogPane().getScene().getWindow().sizeToScene());
    dialog.getDialogPane().getStyleClass().add("library-dialog");
    dialog.getDialogPane().getStylesheets()
        .add(ImportSurveyDialog.class.getResource(LIBRARY_CSS).toExternalForm());
    return dialog;
  }

  private static VBox body(ImportSurveyViewModel vm, I18n t, Path file) {
    Label fileLabel = new Label(t.t("libui.import.file", file.getFileName().toString()));
    fileLabel.setId("importFile");
    fileLabel.getStyleClass().add("section-title");
    fileLabel.setTooltip(new Tooltip(file.toString()));
    Label format = text("importFormat", "text-muted", vm.formatProperty());
    Label remembered = text(null, "text-muted", vm.rememberedProperty());

    Label nameLabel = new Label(t.t("libui.import.name"));
    TextField name = new TextField();
    name.setId("surveyName");
    name.setText(vm.nameProperty().get());
    vm.nameProperty().addListener((o, a, b) -> {
      if (!b.equals(name.getText())) {
        name.setText(b);
      }
    });
    name.textProperty().addListener((o, a, b) -> vm.setName(b));
    name.setPrefColumnCount(24);
    name.setTooltip(new Tooltip(t.t("libui.import.name.help")));
    name.setAccessibleHelp(t.t("libui.import.name.help"));
    name.disableProperty().bind(vm.busyProperty());
    nameLabel.setLabelFor(name);

    // One field a row, so the chosen question shows in full (questions are long sentences).
    GridPane grid = new GridPane();
    grid.setHgap(10);
    grid.setVgap(6);
    ColumnConstraints labels = new ColumnConstraints();
    labels.setMinWidth(Region.USE_PREF_SIZE);
    ColumnConstraints boxes = new ColumnConstraints();
    boxes.setHgrow(Priority.ALWAYS);
    boxes.setFillWidth(true);
    grid.getColumnConstraints().setAll(labels, boxes);
    grid.add(nameLabel, 0, 0);
    grid.add(name, 1, 0);
    int i = 0;
    for (SurveyField f : SurveyField.values()) {
      ComboBox<String> box = mappingBox(vm, t, f);
      Label label = new Label(t.t(f.messageKey()) + (f.required() ? " *" : ""));
      label.setMinWidth(Region.USE_PREF_SIZE);
      label.setLabelFor(box);
      grid.add(label, 0, 1 + i);
      grid.add(box, 1, 1 + i);
      i++;
    }
    Label mappingTitle = new Label(t.t("libui.import.mapping"));
    mappingTitle.getStyleClass().add("section-title");
    Label previewTitle = new Label(t.t("libui.import.preview"));
    previewTitle.getStyleClass().add("section-title");
    TableView<List<String>> preview = previewTable(vm, t);

    Label rule = new Label(t.t("libui.import.rule"));
    rule.setId("importRule");
    rule.setWrapText(true);
    rule.setMinHeight(Region.USE_PREF_SIZE);
    rule.getStyleClass().add("text-muted");
    Label personal = text("importPersonal", "text-muted", vm.personalProperty());
    Label ambiguous = text("importAmbiguous", "warning-text", vm.ambiguousProperty());
    VBox body = new VBox(8, fileLabel, format, remembered, previewTitle, preview, mappingTitle,
        grid, personal, ambiguous, rule);
    VBox.setVgrow(preview, Priority.SOMETIMES);
    return body;
  }

  private static ComboBox<String> mappingBox(ImportSurveyViewModel vm, I18n t, SurveyField f) {
    ComboBox<String> box = new ComboBox<>();
    box.setId("mapping_" + f.name());
    box.setConverter(converter(s -> s.isEmpty() ? t.t("libui.import.notImported") : s));
    box.setMaxWidth(Double.MAX_VALUE);
    String help = t.t(f.required() ? "libui.import.mapping.required" : "libui.import.mapping.help",
        t.t(f.messageKey()));
    Tooltip tip = new Tooltip(help);
    tip.setWrapText(true);
    tip.setMaxWidth(600);
    box.setTooltip(tip);
    // the chosen question in full, as it may be longer than the box
    box.valueProperty().addListener((o, a, b) ->
        tip.setText(b == null || b.isEmpty() ? help : help + "\n\n" + b));
    box.setAccessibleHelp(help);
    box.disableProperty().bind(vm.busyProperty().or(Bindings.createBooleanBinding(
        () -> vm.headersProperty().get().isEmpty(), vm.headersProperty())));
    box.getItems().setAll(vm.mappingChoices());
    box.setValue(vm.mappingProperty(f).get());
    vm.headersProperty().addListener((o, a, b) -> {
      box.getItems().setAll(vm.mappingChoices());
      box.setValue(vm.mappingProperty(f).get());
    });
    vm.mappingProperty(f).addListener((o, a, b) -> box.setValue(b));
    box.setMinWidth(200);
    box.valueProperty().addListener((o, a, b) -> {
      if (b != null && !b.equals(vm.mappingProperty(f).get())) {
        vm.mapField(f, b);
      }
    });
    return box;
  }

  private static TableView<List<String>> previewTable(ImportSurveyViewModel vm, I18n t) {
    TableView<List<String>> preview = new TableView<>();
    preview.setId("previewTable");
    preview.setPlaceholder(new Label(t.t("libui.import.reading")));
    preview.setPrefHeight(130);
    preview.setMinHeight(110);
    preview.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
    vm.rowsProperty().addListener((o, a, rows) -> {
      preview.getColumns().clear();
      List<String> headers = vm.headersProperty().get();
      for (int c = 0; c < headers.size(); c++) {
        int col = c;
        TableColumn<List<String>, String> column = new TableColumn<>(headers.get(c));
        column.setCellValueFactory(cd -> new ReadOnlyStringWrapper(
            col < cd.getValue().size() ? cd.getValue().get(col) : ""));
        column.setSortable(false);
        preview.getColumns().add(column);
      }
      preview.getItems().setAll(rows);
    });
    vm.previewReadProperty().addListener((o, a, read) -> preview.setPlaceholder(
        new Label(t.t(read ? "libui.import.noRows" : "libui.import.reading"))));
    return preview;
  }

  /** One line per word not understood: the word, how often, and a choice of what it means. */
  private static void showUnknownWords(ImportSurveyViewModel vm, I18n t, VBox unknownBox) {
    unknownBox.getChildren().clear();
    List<AnswerWordsViewModel.Word> words = vm.answerWords().wordsProperty().get();
    unknownBox.setVisible(!words.isEmpty());
    unknownBox.setManaged(!words.isEmpty());
    if (words.isEmpty()) {
      return;
    }
    Label title = new Label(t.t("libui.import.unknown.title"));
    title.getStyleClass().add("section-title");
    Label help = new Label(t.t("libui.import.unknown.help"));
    help.setWrapText(true);
    help.setMinHeight(Region.USE_PREF_SIZE);
    GridPane grid = new GridPane();
    grid.setHgap(10);
    grid.setVgap(4);
    int row = 0;
    for (AnswerWordsViewModel.Word w : words) {
      Label label = new Label(t.t("libui.import.unknown.word", w.word(), w.count(),
          t.t(w.field().messageKey())));
      ComboBox<String> meaning = new ComboBox<>();
      meaning.setId("meaning_" + row);
      meaning.getItems().setAll(AnswerWordsViewModel.meaningsFor(w.field()));
      meaning.setConverter(converter(
          s -> t.t("libui.answer." + s.replace("'", "").replace(' ', '_'))));
      meaning.setValue(vm.answerWords().meaningOf(w));
      meaning.valueProperty().addListener((o, a, b) -> vm.mapAnswerWord(w, b));
      label.setLabelFor(meaning);
      grid.add(label, 0, row);
      grid.add(meaning, 1, row);
      row++;
    }
    unknownBox.getChildren().setAll(title, help, grid);
  }

  private static Label text(String id, String style, javafx.beans.value.ObservableValue<String> v) {
    Label label = new Label();
    if (id != null) {
      label.setId(id);
    }
    if (style != null) {
      label.getStyleClass().add(style);
    }
    label.setWrapText(true);
    label.setMinHeight(Region.USE_PREF_SIZE); // wrapped in full, never cut to "…"
    label.textProperty().bind(v);
    label.managedProperty().bind(label.textProperty().isNotEmpty()); // no gap when empty
    return label;
  }

  private static Button button(String id, String text) {
    Button b = new Button(text);
    b.setId(id);
    return b;
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
