package se.socialorg.advisor.ui.charts;

import javafx.scene.Node;

/** A chart that shows a legend node given to it instead of building its own. */
interface LegendHost {

  /** Shows {@code legend} where the chart's built-in legend would be. */
  void useLegend(Node legend);
}
