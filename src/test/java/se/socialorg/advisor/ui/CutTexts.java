package se.socialorg.advisor.ui;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Text;

/**
 * Finds texts JavaFX shortened with "…" because they did not fit: every shown label, button,
 * check box and table cell whose drawn text differs from its text. A cell that shows its whole
 * text as a tooltip counts as whole (long table values).
 */
public final class CutTexts {

  private CutTexts() {}

  /** Adds one entry per cut text under {@code root} to {@code cut}; on the FX thread. */
  public static void walk(Node node, String where, List<String> cut) {
    if (!node.isVisible()) {
      return;
    }
    if (node instanceof Labeled l && l.getText() != null && !l.getText().isBlank()) {
      Text shown = (Text) l.lookup(".text");
      if (shown != null && shown.getParent() == l) {
        String full = l.isMnemonicParsing() ? l.getText().replace("_", "") : l.getText();
        Tooltip tip = l.getTooltip();
        boolean whole = shown.getText().replace("_", "").equals(full.replace("_", ""))
            || tip != null && l.getText().equals(tip.getText());
        if (!whole) {
          String entry = where + ": " + (l.getId() == null ? name(l) : "#" + l.getId())
              + " \"" + l.getText() + "\" shown as \"" + shown.getText() + "\"";
          if (!cut.contains(entry)) {
            cut.add(entry);
          }
        }
      }
    }
    if (node instanceof Parent p) {
      for (Node child : p.getChildrenUnmodifiable()) {
        walk(child, where, cut);
      }
    }
  }

  private static String name(Node n) {
    Class<?> c = n.getClass();
    while (c.getSimpleName().isEmpty()) {
      c = c.getSuperclass();
    }
    return c.getSimpleName();
  }
}
