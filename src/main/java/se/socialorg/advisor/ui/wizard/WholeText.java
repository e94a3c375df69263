package se.socialorg.advisor.ui.wizard;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.chart.Chart;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.layout.Region;

/**
 * Buttons, drop-downs and one-line labels of a step keep their whole text: they are never made
 * narrower than their text, where JavaFX would shorten it with "…" at 1024 pixels or in Swedish.
 * A row that no longer fits wraps (flow panes) or the step scrolls sideways, visibly.
 */
final class WholeText {

  private WholeText() {}

  /** Applies the rule to every such control in {@code root}, charts and tables left as they are. */
  static void keep(Node root) {
    if (root instanceof Chart || root instanceof TableView<?> || root instanceof ListView<?>) {
      return;
    }
    if (root instanceof ButtonBase || root instanceof ComboBoxBase<?>
        || root instanceof Label l && !l.isWrapText()) {
      Region r = (Region) root;
      if (r.getMinWidth() == Region.USE_COMPUTED_SIZE) {
        r.setMinWidth(Region.USE_PREF_SIZE);
      }
      return;
    }
    if (root instanceof Parent p) {
      for (Node child : p.getChildrenUnmodifiable()) {
        keep(child);
      }
    }
  }
}
