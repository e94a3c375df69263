package se.socialorg.advisor.ui.charts;

import java.util.List;
import javafx.geometry.Side;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.text.Text;

/**
 * Keeps every category label of a category axis below a chart. JavaFX hides a category label
 * that would overlap its neighbour, and turns crowded labels on its own, sometimes only after the
 * chart was first drawn empty, leaving labels hidden. Here the angle is decided from the labels
 * and the axis's width whenever either changes: upright when the widest label fits its category,
 * otherwise turned to read upwards, where labels never overlap. A layout follows at once. Beside
 * a chart (horizontal bars) labels are read across and JavaFX never hides them: left alone.
 */
final class CategoryLabelAxis {

  /** Space wanted between two upright labels. */
  private static final double GAP = 10;

  /** Rotation of turned labels: reading upwards. */
  static final double TURNED = -90;

  /** Measures labels; used on the FX thread only. */
  private static final Text MEASURE = new Text();

  private CategoryLabelAxis() {}

  /** A category axis whose labels keep to the rule above. */
  static CategoryAxis create() {
    CategoryAxis axis = new CategoryAxis();
    axis.widthProperty().addListener((o, a, b) -> refresh(axis));
    axis.tickLabelFontProperty().addListener((o, a, b) -> refresh(axis));
    axis.sideProperty().addListener((o, a, b) -> refresh(axis));
    return axis;
  }

  /** Decides the angle again, e.g. after new categories were set; lays the axis out again. */
  static void refresh(CategoryAxis axis) {
    choose(axis, MEASURE);
  }

  /** The angle for the axis's labels at its current width. */
  private static void choose(CategoryAxis axis, Text measure) {
    Side side = axis.getSide();
    if (side != null && side.isVertical()) {
      return;
    }
    List<String> categories = axis.getCategories();
    measure.setFont(axis.getTickLabelFont());
    double widest = 0;
    for (String c : categories) {
      measure.setText(c);
      widest = Math.max(widest, measure.getLayoutBounds().getWidth());
    }
    double room = axis.getWidth() / Math.max(1, categories.size());
    // Before the first layout the width is 0: turned, until the width says they fit upright.
    double angle = widest + GAP <= room ? 0 : TURNED;
    if (axis.getTickLabelRotation() != angle) {
      axis.setTickLabelRotation(angle);
    }
    axis.requestAxisLayout();
  }
}
