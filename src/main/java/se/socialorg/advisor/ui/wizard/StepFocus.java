package se.socialorg.advisor.ui.wizard;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Control;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TabPane;

/**
 * Keyboard focus in a wizard step: a step starts with focus on its first field, so a manager can
 * type at once, and Tab goes on from there in the order the step is read.
 */
final class StepFocus {

  private StepFocus() {}

  /** Puts the focus on the step's first field once the step is laid out. */
  static void focusFirstField(Node step) {
    Platform.runLater(() -> first(step).ifPresent(Node::requestFocus));
  }

  /** The first control of a step that takes the focus, in the order it is read. */
  static Optional<Control> first(Node step) {
    List<Control> all = fields(step);
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
  }

  /** Every control of a step that Tab stops at, in scene-graph order. */
  static List<Control> fields(Node step) {
    List<Control> out = new ArrayList<>();
    collect(step, out);
    return out;
  }

  private static void collect(Node node, List<Control> out) {
    if (!node.isVisible() || node.isDisabled()) {
      return;
    }
    if (node instanceof Control c && c.isFocusTraversable()
        && !(c instanceof ScrollPane) && !(c instanceof TabPane)) {
      out.add(c);
      return;
    }
    if (node instanceof Parent p) {
      for (Node child : p.getChildrenUnmodifiable()) {
        collect(child, out);
      }
    }
  }
}
