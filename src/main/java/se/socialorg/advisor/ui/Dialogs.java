package se.socialorg.advisor.ui;

import java.nio.file.Path;
import java.util.Optional;

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

  /** A file to open; {@code extensions} like {@code "*.soa.json"}. */
  Optional<Path> chooseOpen(String title, String filterName, String... extensions);

  Optional<Path> chooseSave(String title, String initialName, String filterName, String... extensions);
}
