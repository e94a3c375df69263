package se.socialorg.advisor.ui.charts;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;

/**
 * The legend of an interactive chart: one check box per series, coloured like the series, that
 * shows or hides it. Unlike the built-in legend, whose items disappear with their series, a
 * hidden series keeps its box here, so it can be shown again. Entries wrap onto more rows rather
 * than being cut short.
 *
 * <p>As a picture (a PNG, a report page) nobody can tick anything: {@link #picture(boolean)}
 * shows plain entries, swatch and full name, for the series that are drawn.
 */
final class SeriesLegend extends FlowPane {

  /** Wider than any chart: the legend takes the chart's whole width, so it wraps where it ends. */
  private static final double WRAP_LENGTH = 100_000;

  /** Style classes of the colour swatch for the series at an index. */
  private final Function<Integer, List<String>> swatchClasses;

  private final String idPrefix;
  private final Function<String, String> tooltipText;
  private final BiConsumer<String, Boolean> onToggle;
  private final List<String> names = new ArrayList<>();
  private Set<String> hidden = Set.of();
  private boolean picture;
  private Function<String, String> seriesColours = name -> null;
  private final Label highlightNote = new Label();
  private boolean highlightDrawn;

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
    setHgap(14);
    setVgap(4);
    setPrefWrapLength(WRAP_LENGTH);
    Region outline = new Region();
    outline.getStyleClass().addAll("app-chart-legend-swatch", "app-chart-highlight-swatch");
    highlightNote.setGraphic(outline);
    highlightNote.getStyleClass().add("app-chart-legend-entry");
    highlightNote.setId(idPrefix + "highlight");
  }

  /** The style classes of each series' own colour (a model's, a goal's), or null for none. */
  void seriesColours(Function<String, String> colours) {
    this.seriesColours = colours;
  }

  /** What an outlined bar means on this chart, e.g. "Outlined: recommended for you". */
  void highlightNote(String text) {
    highlightNote.setText(text == null ? "" : text);
  }

  /** Whether an outlined bar is drawn now, so the legend explains the outline. */
  void highlightDrawn(boolean drawn) {
    highlightDrawn = drawn;
    getChildren().remove(highlightNote);
    if (showsHighlightNote()) {
      getChildren().add(highlightNote);
    }
  }

  /** True when the legend explains an outline drawn on the chart. */
  boolean showsHighlightNote() {
    return highlightDrawn && !highlightNote.getText().isEmpty();
  }

  /** Shows one box per series, ticked unless hidden; keeps the boxes while the names stay. */
  void show(List<String> seriesNames, Set<String> hiddenNames) {
    hidden = Set.copyOf(hiddenNames);
    if (picture) {
      names.clear();
      names.addAll(seriesNames);
      showEntries();
      return;
    }
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
    highlightDrawn(highlightDrawn);
  }

  /**
   * Switches between the interactive boxes and a picture's plain entries (only the series that
   * are drawn). Charts turn it on for the moment they take a picture of themselves.
   */
  void picture(boolean on) {
    if (on == picture) {
      return;
    }
    picture = on;
    List<String> current = List.copyOf(names);
    names.clear();
    show(current, hidden);
  }

  /** The box of a series, for tests. */
  CheckBox box(String seriesName) {
    int i = names.indexOf(seriesName);
    if (i < 0 || picture) {
      throw new IllegalArgumentException("No box for series " + seriesName);
    }
    return (CheckBox) getChildren().get(i);
  }

  private void showEntries() {
    List<Node> entries = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      if (!hidden.contains(names.get(i))) {
        Label entry = new Label(names.get(i), swatch(i));
        entry.getStyleClass().add("app-chart-legend-entry");
        entries.add(entry);
      }
    }
    getChildren().setAll(entries);
    highlightDrawn(highlightDrawn);
  }

  private Region swatch(int index) {
    Region swatch = new Region();
    swatch.getStyleClass().addAll(swatchClasses.apply(index));
    String own = seriesColours.apply(names.get(index));
    if (own != null) {
      swatch.getStyleClass().addAll(own.split(" "));
    }
    swatch.getStyleClass().add("app-chart-legend-swatch");
    return swatch;
  }

  private CheckBox box(String name, int index) {
    CheckBox box = new CheckBox(name);
    box.setGraphic(swatch(index));
    box.setId(idPrefix + index);
    box.getStyleClass().add("app-chart-legend-item");
    box.setTooltip(new Tooltip(tooltipText.apply(name)));
    box.setOnAction(e -> onToggle.accept(name, box.isSelected()));
    return box;
  }
}
