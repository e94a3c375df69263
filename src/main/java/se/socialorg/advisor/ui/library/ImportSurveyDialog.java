package se.socialorg.advisor.ui.library;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
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
import se.socialorg.advisor.store.survey.AnswerMapping;
import se.socialorg.advisor.store.survey.DetectedFormat;
import se.socialorg.advisor.store.survey.ImportError;
import se.socialorg.advisor.store.survey.ImportPreview;
import se.socialorg.advisor.store.survey.ImportResult;
import se.socialorg.advisor.store.survey.ProgressListener;
import se.socialorg.advisor.store.survey.SurveyField;
import se.socialorg.advisor.store.survey.SurveyImporter;
import se.socialorg.advisor.ui.AppExecutor;

/**
 * The survey import window: the detected format and a preview of the first rows, one drop-down
 * per answer to correct the automatic column match, the survey's name, then the import as a
 * background task with a progress bar and Cancel. Personal columns are named as never imported,
 * columns that could mean the same answer are pointed out, and the willing rule is written out.
 * Problems are listed as {@code row N, column 'Header': reason}; answer words not understood are
 * listed with counts, each with a choice of what it means, and the import runs again with them.
 * Nothing is stored unless the file is clean or the user chooses Skip bad rows. Cancel stores
 * nothing.
 *
 * <p>Node ids: {@code importFile}, {@code importFormat}, {@code previewTable}, {@code
 * mapping_<FIELD>}, {@code surveyName}, {@code importProgress}, {@code importStatus}, {@code
 * importErrors}, {@code skipBadRowsButton}, {@code startImportButton}, {@code
 * cancelImportButton}.
 */
public final class ImportSurveyDialog {

  private static final Logger LOG = Logger.getLogger(ImportSurveyDialog.class.getName());

  private final I18n t;
  private final AppExecutor executor;
  private final LibraryData data;
  private final Path file;
  private final LongConsumer onImported;
  private final Map<SurveyField, ComboBox<String>> mapping = new EnumMap<>(SurveyField.class);
  private final Label format = new Label();
  private final Label remembered = new Label();
  private final Label rule = new Label();
  private final Label personal = new Label();
  private final Label ambiguous = new Label();
  private final VBox unknownBox = new VBox(6);
  private final AnswerWordsViewModel answerWords = new AnswerWordsViewModel();
  private final TableView<List<String>> preview = new TableView<>();
  private final TextField name = new TextField();
  private final ProgressBar progress = new ProgressBar(0);
  private final Label status = new Label();
  private final ListView<String> errors = new ListView<>();
  private final Button skip = new Button();
  private final Button start = new Button();
  private final Button cancel = new Button();
  private Stage stage;
  private Task<ImportResult> running;
  private Runnable progressHook = () -> {};

  ImportSurveyDialog(I18n t, AppExecutor executor, LibraryData data, Path file,
      LongConsumer onImported) {
    this.t = t;
    this.executor = executor;
    this.data = data;
    this.file = file;
    this.onImported = onImported;
  }

  /** Opens the window over {@code ownerNode} and reads the preview in the background. */
  Stage show(Node ownerNode) {
    stage = Windows.dialog(ownerNode, t.t("libui.import.title"), new Scene(build(), 860, 640));
    stage.setMinWidth(640);
    stage.setMinHeight(520);
    stage.setOnCloseRequest(e -> {
      if (running != null && !running.isDone()) {
        e.consume();
        cancelImport();
      }
    });
    stage.getScene().getRoot().getProperties().put(ImportSurveyDialog.class, this);
    Windows.open(stage);
    readPreview();
    return stage;
  }

  /** The import window that holds {@code node}, if any. */
  static ImportSurveyDialog of(Node node) {
    return (ImportSurveyDialog) node.getScene().getRoot().getProperties()
        .get(ImportSurveyDialog.class);
  }

  /** Called on each progress report of a running import (tests cancel from here). */
  void onProgress(Runnable hook) {
    progressHook = hook;
  }

  private BorderPane build() {
    Label fileLabel = new Label(t.t("libui.import.file", file.getFileName().toString()));
    fileLabel.setId("importFile");
    fileLabel.getStyleClass().add("section-title");
    fileLabel.setTooltip(new Tooltip(file.toString()));
    format.setId("importFormat");
    format.getStyleClass().add("text-muted");
    remembered.getStyleClass().add("text-muted");
    remembered.setWrapText(true);

    Label nameLabel = new Label(t.t("libui.import.name"));
    name.setId("surveyName");
    name.setText(baseName(file));
    name.setPrefColumnCount(24);
    name.setTooltip(new Tooltip(t.t("libui.import.name.help")));
    name.setAccessibleHelp(t.t("libui.import.name.help"));
    nameLabel.setLabelFor(name);

    GridPane grid = new GridPane();
    grid.setHgap(10);
    grid.setVgap(6);
    grid.add(nameLabel, 0, 0);
    grid.add(name, 1, 0);
    int i = 0;
    for (SurveyField f : SurveyField.values()) {
      ComboBox<String> box = new ComboBox<>();
      box.setId("mapping_" + f.name());
      box.setConverter(new StringConverter<>() {
        @Override
        public String toString(String s) {
          return s == null || s.isEmpty() ? t.t("libui.import.notImported") : s;
        }

        @Override
        public String fromString(String s) {
          return s;
        }
      });
      box.setMaxWidth(Double.MAX_VALUE);
      box.setDisable(true);
      String help = t.t(f.required() ? "libui.import.mapping.required" : "libui.import.mapping.help",
          t.t(f.messageKey()));
      box.setTooltip(new Tooltip(help));
      box.setAccessibleHelp(help);
      Label label = new Label(t.t(f.messageKey()) + (f.required() ? " *" : ""));
      label.setMinWidth(Region.USE_PREF_SIZE);
      label.setLabelFor(box);
      mapping.put(f, box);
      int row = 1 + i / 2;
      int col = (i % 2) * 2;
      grid.add(label, col, row);
      grid.add(box, col + 1, row);
      i++;
    }
    Label mappingTitle = new Label(t.t("libui.import.mapping"));
    mappingTitle.getStyleClass().add("section-title");
    Label previewTitle = new Label(t.t("libui.import.preview"));
    previewTitle.getStyleClass().add("section-title");
    preview.setId("previewTable");
    preview.setPlaceholder(new Label(t.t("libui.import.reading")));
    preview.setPrefHeight(170);
    preview.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);

    progress.setId("importProgress");
    progress.setMaxWidth(Double.MAX_VALUE);
    progress.setVisible(false);
    HBox.setHgrow(progress, Priority.ALWAYS);
    status.setId("importStatus");
    status.setWrapText(true);
    errors.setId("importErrors");
    errors.setPrefHeight(150);
    errors.setVisible(false);
    errors.setManaged(false);
    errors.getStyleClass().add("import-errors");

    skip.setId("skipBadRowsButton");
    skip.setText(t.t("libui.import.skip"));
    skip.setTooltip(new Tooltip(t.t("libui.import.skip.help")));
    skip.setVisible(false);
    skip.setManaged(false);
    skip.setOnAction(e -> startImport(true));
    start.setId("startImportButton");
    start.setText(t.t("libui.import.start"));
    start.getStyleClass().add("accent");
    start.setDefaultButton(true);
    start.setDisable(true);
    start.setOnAction(e -> startImport(false));
    cancel.setId("cancelImportButton");
    cancel.setText(t.t("libui.import.close"));
    cancel.setOnAction(e -> cancelImport());

    rule.setId("importRule");
    rule.setText(t.t("libui.import.rule"));
    rule.setWrapText(true);
    rule.getStyleClass().add("text-muted");
    personal.setId("importPersonal");
    personal.setWrapText(true);
    personal.getStyleClass().add("text-muted");
    ambiguous.setId("importAmbiguous");
    ambiguous.setWrapText(true);
    ambiguous.getStyleClass().add("warning-text");
    unknownBox.setId("unknownAnswers");
    showUnknownWords();
    VBox body = new VBox(8, fileLabel, format, remembered, previewTitle, preview, mappingTitle,
        grid, personal, ambiguous, rule, unknownBox, status, errors);
    VBox.setVgrow(preview, Priority.SOMETIMES);
    VBox.setVgrow(errors, Priority.ALWAYS);
    Region gap = new Region();
    HBox.setHgrow(gap, Priority.ALWAYS);
    HBox bottom = new HBox(8, progress, gap, skip, cancel, start);
    bottom.setPadding(new Insets(12, 0, 0, 0));
    BorderPane root = new BorderPane(body);
    root.setBottom(bottom);
    root.setPadding(new Insets(16));
    root.getStyleClass().add("library-dialog");
    return root;
  }

  private void readPreview() {
    Task<ImportPreview> task = new Task<>() {
      @Override
      protected ImportPreview call() {
        return data.importer().preview(file);
      }
    };
    task.setOnSucceeded(e -> showPreview(task.getValue()));
    task.setOnFailed(e -> failed(task.getException()));
    executor.submit(task);
  }

  private void showPreview(ImportPreview p) {
    if (p.format() != null) {
      format.setText(describe(p.format()));
    }
    remembered.setText(p.remembered() ? t.t("libui.import.remembered") : "");
    personal.setText(p.metadataColumns().isEmpty() ? ""
        : t.t("libui.import.personal", String.join(", ", p.metadataColumns())));
    List<String> ambiguities = new ArrayList<>();
    p.ambiguous().forEach((f, headers) -> ambiguities.add(
        t.t("libui.import.ambiguous", t.t(f.messageKey()), String.join(" / ", headers))));
    ambiguous.setText(String.join("\n", ambiguities));
    preview.getColumns().clear();
    for (int c = 0; c < p.headers().size(); c++) {
      int col = c;
      TableColumn<List<String>, String> column = new TableColumn<>(p.headers().get(c));
      column.setCellValueFactory(cd -> new ReadOnlyStringWrapper(
          col < cd.getValue().size() ? cd.getValue().get(col) : ""));
      column.setSortable(false);
      preview.getColumns().add(column);
    }
    preview.getItems().setAll(p.rows());
    preview.setPlaceholder(new Label(t.t("libui.import.noRows")));
    List<String> choices = new ArrayList<>();
    choices.add("");
    choices.addAll(p.headers());
    for (SurveyField f : SurveyField.values()) {
      ComboBox<String> box = mapping.get(f);
      box.getItems().setAll(choices);
      box.setValue(p.suggestedMapping().getOrDefault(f, ""));
      box.setDisable(p.headers().isEmpty());
    }
    if (!p.problems().isEmpty()) {
      showErrors(p.problems(), 0);
      status.setText(t.t("libui.import.cannotRead"));
      start.setDisable(true);
    } else {
      status.setText(t.t("libui.import.ready"));
      start.setDisable(false);
    }
  }

  private void startImport(boolean skipBadRows) {
    Map<SurveyField, String> chosen = new EnumMap<>(SurveyField.class);
    mapping.forEach((f, box) -> {
      if (box.getValue() != null && !box.getValue().isEmpty()) {
        chosen.put(f, box.getValue());
      }
    });
    String surveyName = name.getText();
    AnswerMapping words = answerWords.mapping();
    Task<ImportResult> task = new Task<>() {
      @Override
      protected ImportResult call() {
        SurveyImporter importer = data.importer();
        Task<ImportResult> self = this;
        return importer.importSurvey(file, surveyName, chosen, words, skipBadRows,
            new ProgressListener() {
              @Override
              public void progress(long done, long total) {
                updateProgress(done, Math.max(1, total));
                progressHook.run();
              }

              @Override
              public boolean isCancelled() {
                return self.isCancelled();
              }
            });
      }
    };
    running = task;
    progress.progressProperty().bind(task.progressProperty());
    progress.setVisible(true);
    status.setText(t.t("libui.import.running"));
    hideErrors();
    setBusy(true);
    task.setOnSucceeded(e -> finished(task.getValue()));
    task.setOnCancelled(e -> {
      idle();
      status.setText(t.t("libui.import.cancelled"));
    });
    task.setOnFailed(e -> failed(task.getException()));
    executor.submit(task);
  }

  /** Cancel: stops a running import (nothing is stored), else closes the window. */
  private void cancelImport() {
    if (running != null && !running.isDone()) {
      running.cancel(false);
    } else {
      stage.close();
    }
  }

  private void finished(ImportResult r) {
    idle();
    switch (r.status()) {
      case STORED -> {
        stage.close();
        onImported.accept(r.surveyId().orElseThrow());
      }
      case CANCELLED -> status.setText(t.t("libui.import.cancelled"));
      case REJECTED -> {
        answerWords.showUnknown(r.unknownAnswers());
        showUnknownWords();
        showErrors(r.errors(), r.moreErrors());
        status.setText(t.t("libui.import.rejected", r.totalErrors(), r.badRows()));
        boolean rowsOnly = r.badRows() > 0
            && r.errors().stream().allMatch(err -> err.column() > 0);
        skip.setVisible(rowsOnly);
        skip.setManaged(rowsOnly);
      }
      default -> throw new IllegalStateException(r.status().name());
    }
  }

  /** One line per word not understood: the word, how often, and a choice of what it means. */
  private void showUnknownWords() {
    unknownBox.getChildren().clear();
    List<AnswerWordsViewModel.Word> words = answerWords.wordsProperty().get();
    if (words.isEmpty()) {
      unknownBox.setVisible(false);
      unknownBox.setManaged(false);
      return;
    }
    Label title = new Label(t.t("libui.import.unknown.title"));
    title.getStyleClass().add("section-title");
    Label help = new Label(t.t("libui.import.unknown.help"));
    help.setWrapText(true);
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
      meaning.setConverter(new StringConverter<>() {
        @Override
        public String toString(String s) {
          return s == null ? "" : t.t("libui.answer." + s.replace("'", "").replace(' ', '_'));
        }

        @Override
        public String fromString(String s) {
          return s;
        }
      });
      meaning.setValue(answerWords.meaningOf(w));
      meaning.valueProperty().addListener((o, a, b) -> answerWords.mean(w, b));
      label.setLabelFor(meaning);
      grid.add(label, 0, row);
      grid.add(meaning, 1, row);
      row++;
    }
    unknownBox.getChildren().setAll(title, help, grid);
    unknownBox.setVisible(true);
    unknownBox.setManaged(true);
  }

  private void failed(Throwable error) {
    LOG.log(Level.WARNING, "Survey import of " + file + " failed", error);
    idle();
    status.setText(t.t("libui.import.failed"));
  }

  private void idle() {
    running = null;
    progress.progressProperty().unbind();
    progress.setVisible(false);
    setBusy(false);
  }

  private void setBusy(boolean busy) {
    start.setDisable(busy);
    skip.setDisable(busy);
    name.setDisable(busy);
    mapping.values().forEach(b -> b.setDisable(busy));
    cancel.setText(t.t(busy ? "libui.import.cancel" : "libui.import.close"));
  }

  private void showErrors(List<ImportError> list, int more) {
    List<String> lines = new ArrayList<>();
    for (ImportError e : list) {
      lines.add(e.format(t));
    }
    if (more > 0) {
      lines.add(t.t("libui.import.moreErrors", more));
    }
    errors.getItems().setAll(lines);
    errors.setVisible(true);
    errors.setManaged(true);
  }

  private void hideErrors() {
    errors.getItems().clear();
    errors.setVisible(false);
    errors.setManaged(false);
    skip.setVisible(false);
    skip.setManaged(false);
  }

  private String describe(DetectedFormat f) {
    String delimiter = switch (f.delimiter()) {
      case ';' -> t.t("libui.import.delimiter.semicolon");
      case '\t' -> t.t("libui.import.delimiter.tab");
      default -> t.t("libui.import.delimiter.comma");
    };
    String charset = f.charset().equals(StandardCharsets.UTF_8)
        ? (f.bom() ? t.t("libui.import.charset.utf8bom") : "UTF-8")
        : f.charset().name();
    return t.t("libui.import.format", delimiter, charset);
  }

  private static String baseName(Path file) {
    String n = file.getFileName().toString();
    int dot = n.lastIndexOf('.');
    return dot > 0 ? n.substring(0, dot) : n;
  }
}
