package se.socialorg.advisor.ui;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import se.socialorg.advisor.i18n.I18n;

/** {@link Dialogs} with real JavaFX alerts and file choosers. */
public final class FxDialogs implements Dialogs {

  /**
   * A file that Open answers without showing the chooser: only for taking screenshots with
   * {@code ../shared/tools/look.sh}, whose display cannot drive the system file chooser.
   */
  static final String LOOK_OPEN_PROPERTY = "socialorg.look.chooseOpen";

  private final Supplier<Window> owner;
  private final Supplier<I18n> i18n;
  private final AppPreferences preferences;

  public FxDialogs(Supplier<Window> owner, Supplier<I18n> i18n, AppPreferences preferences) {
    this.owner = owner;
    this.i18n = i18n;
    this.preferences = preferences;
  }

  @Override
  public void error(String title, String message) {
    alert(Alert.AlertType.ERROR, title, message).showAndWait();
  }

  @Override
  public void info(String title, String message) {
    alert(Alert.AlertType.INFORMATION, title, message).showAndWait();
  }

  @Override
  public boolean confirm(String title, String message) {
    Alert a = alert(Alert.AlertType.CONFIRMATION, title, message);
    return a.showAndWait().filter(b -> b == ButtonType.OK).isPresent();
  }

  /**
   * The first answer is the default button. No answer is a cancel button, so Esc and the close
   * box do nothing: the user picks one (for recovery: neither Recover nor Discard by accident).
   */
  @Override
  public int choose(String title, String message, String... answers) {
    Alert a = alert(Alert.AlertType.CONFIRMATION, title, message);
    java.util.List<ButtonType> buttons = new java.util.ArrayList<>();
    for (int i = 0; i < answers.length; i++) {
      buttons.add(new ButtonType(answers[i],
          i == 0 ? ButtonBar.ButtonData.OK_DONE : ButtonBar.ButtonData.OTHER));
    }
    a.getButtonTypes().setAll(buttons);
    return a.showAndWait().map(buttons::indexOf).orElse(-1);
  }

  @Override
  public SaveChoice askSaveChanges(String scenarioName) {
    I18n t = i18n.get();
    ButtonType save = new ButtonType(t.t("dialog.save"), ButtonBar.ButtonData.YES);
    ButtonType dontSave = new ButtonType(t.t("dialog.dontSave"), ButtonBar.ButtonData.NO);
    ButtonType cancel = new ButtonType(t.t("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
    Alert a =
        alert(
            Alert.AlertType.CONFIRMATION,
            t.t("dialog.unsaved.title"),
            t.t("dialog.unsaved.message", scenarioName));
    a.getButtonTypes().setAll(save, dontSave, cancel);
    ButtonType answer = a.showAndWait().orElse(cancel);
    if (answer == save) {
      return SaveChoice.SAVE;
    }
    return answer == dontSave ? SaveChoice.DONT_SAVE : SaveChoice.CANCEL;
  }

  @Override
  public Optional<Path> chooseOpen(String title, String filterName, String... extensions) {
    String preset = System.getProperty(LOOK_OPEN_PROPERTY, "");
    if (!preset.isBlank() && Files.isRegularFile(Path.of(preset))) {
      // screenshots under Xvfb: the GTK chooser there ignores typed paths (look.sh only)
      return Optional.of(Path.of(preset));
    }
    FileChooser fc = chooser(title, filterName, extensions);
    File f = fc.showOpenDialog(owner.get());
    return remember(f);
  }

  @Override
  public java.util.List<Path> chooseOpenMany(String title, String filterName, String... extensions) {
    FileChooser fc = chooser(title, filterName, extensions);
    java.util.List<File> files = fc.showOpenMultipleDialog(owner.get());
    if (files == null || files.isEmpty()) {
      return java.util.List.of();
    }
    remember(files.get(0));
    return files.stream().map(File::toPath).toList();
  }

  @Override
  public Optional<Path> chooseSave(
      String title, String initialName, String filterName, String... extensions) {
    FileChooser fc = chooser(title, filterName, extensions);
    fc.setInitialFileName(initialName);
    File f = fc.showSaveDialog(owner.get());
    return remember(f);
  }

  @Override
  public <R> void showCustom(javafx.scene.control.Dialog<R> dialog,
      java.util.function.Consumer<R> onResult) {
    Window w = owner.get();
    if (w != null && dialog.getOwner() == null) {
      dialog.initOwner(w);
      javafx.scene.Scene main = w.getScene();
      if (main != null) {
        for (String css : main.getStylesheets()) {
          if (!dialog.getDialogPane().getStylesheets().contains(css)) {
            dialog.getDialogPane().getStylesheets().add(0, css);
          }
        }
        if (main.getRoot() != null) {
          javafx.css.PseudoClass dark = javafx.css.PseudoClass.getPseudoClass("dark");
          dialog.getDialogPane().pseudoClassStateChanged(dark,
              main.getRoot().getPseudoClassStates().contains(dark));
        }
      }
    }
    Dialogs.super.showCustom(dialog, onResult);
  }

  private FileChooser chooser(String title, String filterName, String... extensions) {
    FileChooser fc = new FileChooser();
    fc.setTitle(title);
    if (extensions.length > 0) {
      fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(filterName, extensions));
    }
    String last = preferences.get(AppPreferences.Key.LAST_FOLDER);
    if (!last.isBlank() && Files.isDirectory(Path.of(last))) {
      fc.setInitialDirectory(new File(last));
    }
    return fc;
  }

  private Optional<Path> remember(File f) {
    if (f == null) {
      return Optional.empty();
    }
    Path p = f.toPath();
    if (p.getParent() != null) {
      preferences.put(AppPreferences.Key.LAST_FOLDER, p.getParent().toString());
    }
    return Optional.of(p);
  }

  private Alert alert(Alert.AlertType type, String title, String message) {
    Alert a = new Alert(type);
    a.initOwner(owner.get());
    a.setTitle(title);
    a.setHeaderText(title);
    a.setContentText(message);
    a.getDialogPane().setId("alert-" + type.name().toLowerCase(java.util.Locale.ROOT));
    return a;
  }
}
