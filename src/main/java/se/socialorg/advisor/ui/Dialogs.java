package se.socialorg.advisor.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.control.Dialog;

/** Every dialog and file chooser goes through here, so tests can answer them. */
public interface Dialogs {

  /** Answers to "save your changes?". */
  enum SaveChoice {
    SAVE,
    DONT_SAVE,
    CANCEL
  }

  void error(String title, String message);

  void info(String title, String message);

  boolean confirm(String title, String message);

  SaveChoice askSaveChanges(String scenarioName);

  /**
   * A question answered with buttons in its own words (e.g. Recover / Discard): the index of the
   * answer chosen, or -1 when the dialog went without one. This default asks {@link #confirm}.
   */
  default int choose(String title, String message, String... answers) {
    return confirm(title, message) ? 0 : 1;
  }

  /** A file to open; {@code extensions} like {@code "*.soa.json"}. */
  Optional<Path> chooseOpen(String title, String filterName, String... extensions);

  /**
   * One or many files to open at once, in the order chosen; empty when the user cancels. This
   * default asks for one file.
   */
  default List<Path> chooseOpenMany(String title, String filterName, String... extensions) {
    return chooseOpen(title, filterName, extensions).map(List::of).orElse(List.of());
  }

  Optional<Path> chooseSave(String title, String initialName, String filterName, String... extensions);

  /**
   * Shows a form ({@link Dialog} with a result converter) over the window; {@code onResult} gets
   * its result when the user confirms it, never on Cancel. The window's look (style sheets,
   * dark theme) is applied by the implementation. This default shows it without an owner.
   */
  default <R> void showCustom(Dialog<R> dialog, Consumer<R> onResult) {
    dialog.setOnHidden(e -> {
      R result = dialog.getResult();
      if (result != null) {
        onResult.accept(result);
      }
    });
    dialog.show();
  }
}
