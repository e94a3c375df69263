package se.socialorg.advisor.ui.library;

import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import se.socialorg.advisor.i18n.I18n;
import se.socialorg.advisor.ui.AppExecutor;
import se.socialorg.advisor.ui.BackgroundTask;
import se.socialorg.advisor.ui.Dialogs;

/**
 * The questionnaire window: a thin view over {@link QuestionnaireViewModel}. Node ids: {@code
 * kitLanguage}, {@code kitText}, {@code kitCopy}, {@code kitSavePdf}, {@code kitSaveCsv}, {@code
 * kitSaveXlsx}, {@code kitStatus}, {@code kitClose}. A {@code Dialog} shown through {@code
 * Dialogs}.
 */
public final class QuestionnaireWindow {

  private static final String LIBRARY_CSS = "/se/socialorg/advisor/ui/library/library.css";

  private final I18n t;
  private final Dialogs dialogs;
  private final AppExecutor executor;
  private final QuestionnaireViewModel model;
  private final Label status = new Label();

  public QuestionnaireWindow(I18n t, Dialogs dialogs, AppExecutor executor) {
    this.t = t;
    this.dialogs = dialogs;
    this.executor = executor;
    this.model = new QuestionnaireViewModel(t.language());
  }

  /**
   * Opens the window over the main window through {@code Dialogs}; {@code ownerNode} is the
   * button that asked for it.
   */
  public void show(Node ownerNode) {
    Dialog<Void> dialog = new Dialog<>();
    dialog.setTitle(t.t("kit.window.title"));
    dialog.setResizable(true);
    dialog.setResultConverter(b -> null); // nothing to hand back: it only shows
    dialog.getDialogPane().setContent(build());
    dialog.getDialogPane().setPrefSize(720, 600);
    dialog.getDialogPane().setMinSize(560, 420);
    dialog.getDialogPane().getStyleClass().add("library-dialog");
    dialog.getDialogPane().getStylesheets()
        .add(QuestionnaireWindow.class.getResource(LIBRARY_CSS).toExternalForm());
    ButtonType closeType = new ButtonType(t.t("libui.form.close"),
        ButtonBar.ButtonData.CANCEL_CLOSE);
    dialog.getDialogPane().getButtonTypes().setAll(closeType);
    dialog.getDialogPane().lookupButton(closeType).setId("kitClose");
    dialogs.showCustom(dialog, none -> {});
  }

  private BorderPane build() {
    Label intro = new Label(t.t("kit.window.intro"));
    intro.setWrapText(true);
    intro.setMinHeight(Region.USE_PREF_SIZE);
    ComboBox<String> language = new ComboBox<>();
    language.setId("kitLanguage");
    language.getItems().setAll(List.of("en", "sv"));
    language.setConverter(new StringConverter<>() {
      @Override
      public String toString(String l) {
        return l == null ? "" : t.t("kit.window.language." + l);
      }

      @Override
      public String fromString(String s) {
        return s;
      }
    });
    language.setValue(model.languageProperty().get());
    language.valueProperty().addListener((o, a, b) -> model.chooseLanguage(b));
    Label languageLabel = new Label(t.t("kit.window.language"));
    languageLabel.setLabelFor(language);
    HBox top = new HBox(8, languageLabel, language);
    top.setAlignment(javafx.geometry.Pos.CENTER_LEFT);

    TextArea text = new TextArea();
    text.setId("kitText");
    text.setEditable(false);
    text.setWrapText(true);
    text.textProperty().bind(model.formsTextProperty());
    VBox.setVgrow(text, Priority.ALWAYS);

    Button copy = button("kitCopy", "kit.window.copy", "kit.window.copy.help");
    copy.setOnAction(e -> {
      ClipboardContent c = new ClipboardContent();
      c.putString(model.formsTextProperty().get());
      javafx.scene.input.Clipboard.getSystemClipboard().setContent(c);
      status.setText(t.t("kit.window.copied"));
    });
    Button pdf = button("kitSavePdf", "kit.window.pdf", "kit.window.pdf.help");
    pdf.setOnAction(e -> save(QuestionnaireViewModel.Kind.PDF, "report.save.filter", "*.pdf"));
    Button csv = button("kitSaveCsv", "kit.window.csv", "kit.window.csv.help");
    csv.setOnAction(e -> save(QuestionnaireViewModel.Kind.CSV, "report.csv.filter", "*.csv"));
    Button xlsx = button("kitSaveXlsx", "kit.window.xlsx", "kit.window.xlsx.help");
    xlsx.setOnAction(e -> save(QuestionnaireViewModel.Kind.XLSX, "kit.window.xlsx.filter", "*.xlsx"));
    status.setId("kitStatus");
    status.setWrapText(true);
    status.getStyleClass().add("text-muted");
    javafx.scene.layout.FlowPane buttons = new javafx.scene.layout.FlowPane(8, 8, copy, pdf, csv, xlsx);

    VBox body = new VBox(10, intro, top, text, buttons, status);
    BorderPane root = new BorderPane(body);
    root.setPadding(new Insets(16, 16, 0, 16));
    root.getStyleClass().add("library-dialog");
    return root;
  }

  private Button button(String id, String key, String helpKey) {
    Button b = new Button(t.t(key));
    b.setId(id);
    b.setTooltip(new Tooltip(t.t(helpKey)));
    b.setAccessibleHelp(t.t(helpKey));
    return b;
  }

  private void save(QuestionnaireViewModel.Kind kind, String filterKey, String pattern) {
    dialogs.chooseSave(t.t("kit.window.save.title"), model.suggestedName(kind), t.t(filterKey), pattern)
        .ifPresent(chosen -> {
          Path file = chosen.getFileName().toString().toLowerCase(java.util.Locale.ROOT)
              .endsWith(kind.extension()) ? chosen : chosen.resolveSibling(
                  chosen.getFileName() + kind.extension());
          BackgroundTask.wrap(() -> {
            model.save(kind, file);
            return file;
          })
              .onSuccess(f -> status.setText(t.t("kit.window.saved", f.getFileName())))
              .onFailure(e -> dialogs.error(t.t("kit.window.failed.title"),
                  t.t("kit.window.failed", file.getFileName())))
              .executeWith(executor);
        });
  }
}
