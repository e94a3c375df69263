package se.socialorg.advisor.ui.wizard;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.chart.Chart;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBoxBase;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.layout.Region;

/**
 * Buttons and drop-downs of a step keep their whole text: they are never made narrower than
 * their text, where JavaFX would shorten it with "…" at 1024 pixels or in Swedish. Labels wrap
 * between words instead, never narrower than their longest word. A row that no longer fits
 * wraps (flow panes) or the step scrolls sideways, visibly.
 */
final class WholeText {

  private WholeText() {}

  /** Widest word a wrapped label keeps whole; a longer one (a web address) may still break. */
  static final double LONGEST_WORD = 260;

  /**
   * A wrapped label is never narrower than its longest word, so it breaks between words
   * ("communicators" stays whole) and not inside one.
   */
  static void keepWords(Labeled label) {
    Text measure = new Text();
    Runnable update = () -> {
      measure.setFont(label.getFont());
      double widest = 0;
      for (String word : String.valueOf(label.getText()).split("\\s+")) {
        measure.setText(word);
        widest = Math.max(widest, measure.getLayoutBounds().getWidth());
      }
      Insets pad = label.getPadding();
      label.setMinWidth(Math.ceil(Math.min(LONGEST_WORD, widest) + pad.getLeft() + pad.getRight() + 2));
    };
    update.run();
    label.fontProperty().addListener(o -> update.run());
    label.textProperty().addListener(o -> update.run());
  }

  /** Applies the rule to every such control in {@code root}, charts and tables left as they are. */
  static void keep(Node root) {
    if (root instanceof Chart || root instanceof TableView<?> || root instanceof ListView<?>) {
      return;
    }
    if (root instanceof Label l && !l.isWrapText() && l.getMinWidth() == Region.USE_COMPUTED_SIZE
        && l.getGraphic() == null) {
      // A one-line label wraps between words where its column is too narrow, never over its field.
      l.setWrapText(true);
      l.setMinHeight(Region.USE_PREF_SIZE);
      keepWords(l);
      return;
    }
    if (root instanceof ButtonBase || root instanceof ComboBoxBase<?>) {
      Region r = (Region) root;
      if (r.getMinWidth() == Region.USE_COMPUTED_SIZE) {
        r.setMinWidth(Region.USE_PREF_SIZE);
      }
      return;
    }
    if (root instanceof Label l && l.isWrapText() && l.getMinWidth() == Region.USE_COMPUTED_SIZE) {
      keepWords(l);
      return;
    }
    if (root instanceof Parent p) {
      for (Node child : p.getChildrenUnmodifiable()) {
        keep(child);
      }
    }
  }
}
