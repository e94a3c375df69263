package se.socialorg.advisor.ui.charts;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

/**
 * The legend of an interactive chart: one check box per series, coloured like the series, that
 * shows or hides it. Unlike the built-in legend, whose items disappear with their series, a
 * hidden series keeps its box here, so it can be shown again.
 */
final class SeriesLegend extends HBox {

  /** Style classes of the colour swatch for the series at an index. */
  private final Function<Integer, List<String>> swatchClasses;

  private final String idPrefix;
  private final Function<String, String> tooltipText;
  private final BiConsumer<String, Boolean> onToggle;
  private final List<String> names = new ArrayList<>();

  SeriesLegend(
      String idPrefix,
      Function<Integer, List<String>> swatchClasses,
      Function<String, String> tooltipText,
      BiConsumer<String, Boolean> onToggle) {
    this.idPrefix = idPrefix;
    this.swatchClasses = swatchClasses;
    this.tooltipText = tooltipText;
    this.onToggle = onToggle;
    getStyleClass().add("app-chart-legend");
    setAlignment(Pos.CENTER);
    setSpacing(14);
  }

  /** Shows one box per series, ticked unless hidden; keeps the boxes while the names stay. */
  void show(List<String> seriesNames, Set<String> hidden) {
    if (!names.equals(seriesNames)) {
      names.clear();
      names.addAll(seriesNames);
      List<CheckBox> boxes = new ArrayList<>();
      for (int i = 0; i < seriesNames.size(); i++) {
        boxes.add(box(seriesNames.get(i), i));
      }
      getChildren().setAll(boxes);
    }
    for (int i = 0; i < names.size(); i++) {
      ((CheckBox) getChildren().get(i)).setSelected(!hidden.contains(names.get(i)));
    }
  }

  /** The box of a series, for tests. */
  CheckBox box(String seriesName) {
    int i = names.indexOf(seriesName);
    if (i < 0) {
      throw new IllegalArgumentException("No series " + seriesName);
    }
    return (CheckBox) getChildren().get(i);
  }

  private CheckBox box(String name, int index) {
    Region swatch = new Region();
    swatch.getStyleClass().addAll(swatchClasses.apply(index));
    swatch.getStyleClass().add("app-chart-legend-swatch");
    CheckBox box = new CheckBox(name);
    box.setGraphic(swatch);
    box.setId(idPrefix + index);
    box.getStyleClass().add("app-chart-legend-item");
    box.setTooltip(new Tooltip(tooltipText.apply(name)));
    box.setOnAction(e -> onToggle.accept(name, box.isSelected()));
    return box;
  }
}
