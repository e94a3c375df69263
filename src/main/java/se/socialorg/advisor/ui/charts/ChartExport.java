package se.socialorg.advisor.ui.charts;

import java.nio.file.Path;
import java.util.Locale;
import javafx.application.Platform;
import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.chart.Chart;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import se.socialorg.advisor.i18n.I18n;
import se.socialorg.advisor.ui.AppExecutor;
import se.socialorg.advisor.ui.BackgroundTask;
import se.socialorg.advisor.ui.Dialogs;
import se.socialorg.advisor.ui.FxThread;

/**
 * A chart's pictures: the context menu's "Export as PNG…", PNG files written on the executor
 * (whole or not at all) and PNG bytes for the report, laid out off-screen when the chart is in no
 * window.
 */
final class ChartExport {

  private static final String MENU_KEY = Charts.class.getName() + ".menu";
  private static final String APP_CSS = "/se/socialorg/advisor/ui/app.css";

  /** Size of an export of a chart that is not on screen. */
  static final int DEFAULT_WIDTH = 900;

  static final int DEFAULT_HEIGHT = 560;

  private final I18n i18n;
  private final Dialogs dialogs;
  private final AppExecutor executor;

  ChartExport(I18n i18n, Dialogs dialogs, AppExecutor executor) {
    this.i18n = i18n;
    this.dialogs = dialogs;
    this.executor = executor;
  }

  /** The chart's context menu (with "Export as PNG…"). */
  static ContextMenu contextMenuOf(Chart chart) {
    return (ContextMenu) chart.getProperties().get(MENU_KEY);
  }

  /** Puts the context menu with "Export as PNG…" on the chart. */
  void installContextMenu(Chart chart) {
    MenuItem export = new MenuItem(i18n.t("chart.export.png"));
    export.setId(chart.getId() + "-exportPng");
    export.setOnAction(e -> exportWithChooser(chart));
    ContextMenu menu = new ContextMenu(export);
    chart.getProperties().put(MENU_KEY, menu);
    chart.setOnContextMenuRequested(
        e -> {
          menu.show(chart, e.getScreenX(), e.getScreenY());
          e.consume();
        });
  }

  /** Asks for a file and exports the chart to it: the context menu's action. */
  void exportWithChooser(Chart chart) {
    String name = (chart.getId() == null ? "chart" : chart.getId()) + ".png";
    dialogs
        .chooseSave(i18n.t("chart.export.title"), name, i18n.t("chart.export.filter"), "*.png")
        .map(ChartExport::withPngExtension)
        .ifPresent(file -> exportPng(chart, file));
  }

  /**
   * Exports the chart as a PNG file: the snapshot is taken now on the FX thread (call it there),
   * encoding and writing run on the executor, and the file appears whole or not at all. A failure
   * is logged once and shown with {@link Dialogs#error}.
   *
   * @return the running task, for callers that want to follow it
   */
  BackgroundTask<Path> exportPng(Chart chart, Path file) {
    if (!Platform.isFxApplicationThread()) {
      throw new IllegalStateException("exportPng must be called on the FX thread");
    }
    WritableImage image = snapshot(chart, DEFAULT_WIDTH, DEFAULT_HEIGHT);
    return BackgroundTask.wrap(() -> {
      ChartImages.writePngAtomically(image, file);
      return file;
    }).onFailure(e -> dialogs.error(i18n.t("chart.export.failed.title"),
        i18n.t("chart.export.failed.message", file.toString())))
        .executeWith(executor);
  }

  /** The chart as PNG bytes; {@code legend}, if any, is drawn plain for the picture. */
  byte[] renderPng(Chart chart, int width, int height, SeriesLegend legend) {
    if (width <= 0 || height <= 0) {
      throw new IllegalArgumentException("Size must be positive: " + width + "x" + height);
    }
    WritableImage image = FxThread.call(() -> {
      if (legend != null) {
        legend.picture(true);
      }
      try {
        return snapshot(chart, width, height);
      } finally {
        if (legend != null) {
          legend.picture(false);
        }
      }
    });
    return ChartImages.pngBytes(image);
  }

  /** Lays out a chart that is in no scene at the given size, then takes its picture. */
  private static WritableImage snapshot(Chart chart, int width, int height) {
    SnapshotParameters params = new SnapshotParameters();
    params.setFill(background(chart));
    if (chart.getScene() != null) {
      return chart.snapshot(params, null);
    }
    if (chart.getParent() != null) {
      chart.resize(width, height);
      chart.layout();
      return chart.snapshot(params, null);
    }
    Scene scene = new Scene(chart, width, height);
    scene.getStylesheets().add(ChartExport.class.getResource(APP_CSS).toExternalForm());
    try {
      chart.applyCss();
      chart.layout();
      return chart.snapshot(params, null);
    } finally {
      scene.setRoot(new Group());
    }
  }

  /** The window's background behind the chart (dark in the dark theme), white off-screen. */
  private static Paint background(Chart chart) {
    Scene scene = chart.getScene();
    if (scene != null
        && scene.getRoot() instanceof Region root
        && root.getBackground() != null
        && !root.getBackground().getFills().isEmpty()) {
      return root.getBackground().getFills().get(0).getFill();
    }
    return Color.WHITE;
  }


  private static Path withPngExtension(Path file) {
    String name = file.getFileName().toString();
    return name.toLowerCase(Locale.ROOT).endsWith(".png")
        ? file
        : file.resolveSibling(name + ".png");
  }
}
