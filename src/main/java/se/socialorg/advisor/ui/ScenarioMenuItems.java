package se.socialorg.advisor.ui;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.scene.Scene;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import se.socialorg.advisor.i18n.I18n;
import se.socialorg.advisor.ui.scenario.ScenarioSession;

/**
 * The menu items that work on the open scenario: Edit &gt; Undo and Redo, named after the change
 * they take back or again and disabled when there is none, and the items (Save, Save as, Export)
 * that need a scenario to be open (issue 19 item 6, ADR 0025).
 */
public final class ScenarioMenuItems {

  /** Ctrl+Z (Cmd+Z). */
  public static final KeyCombination UNDO =
      new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);

  /** Ctrl+Y (Cmd+Y), the menu's accelerator for Redo. */
  public static final KeyCombination REDO =
      new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN);

  /** Ctrl+Shift+Z, Redo as other programs also know it. */
  public static final KeyCombination REDO_SHIFT =
      new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);

  private ScenarioMenuItems() {}

  /** Binds Undo and Redo to the session's history and {@code needScenario} to an open one. */
  public static void bind(ScenarioSession session, I18n i18n, MenuItem undo, MenuItem redo,
      List<MenuItem> needScenario) {
    undo.textProperty().bind(label(i18n, "menu.edit.undo", "menu.edit.undoChange",
        session.undoChangeProperty()));
    redo.textProperty().bind(label(i18n, "menu.edit.redo", "menu.edit.redoChange",
        session.redoChangeProperty()));
    undo.disableProperty().bind(session.canUndoProperty().not());
    redo.disableProperty().bind(session.canRedoProperty().not());
    for (MenuItem item : needScenario) {
      item.disableProperty().bind(session.hasScenarioProperty().not());
    }
  }

  /** Adds Ctrl+Shift+Z for Redo to the window's scene. */
  public static void addRedoShortcut(Scene scene, ScenarioSession session) {
    scene.getAccelerators().put(REDO_SHIFT, session::redo);
  }

  /**
   * Undo and Redo keys in a view whose fields write every keystroke to the scenario (the wizard):
   * the scenario's history takes them before a text field's own (ADR 0025). True when consumed.
   */
  public static boolean handle(KeyEvent e, ScenarioSession session) {
    if (UNDO.match(e)) {
      session.undo();
    } else if (REDO.match(e) || REDO_SHIFT.match(e)) {
      session.redo();
    } else {
      return false;
    }
    e.consume();
    return true;
  }

  private static javafx.beans.binding.StringBinding label(I18n i18n, String plain, String named,
      ReadOnlyStringProperty change) {
    return Bindings.createStringBinding(
        () -> change.get().isEmpty() ? i18n.t(plain) : i18n.t(named, i18n.t(change.get())),
        change);
  }
}
