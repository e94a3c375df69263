package se.socialorg.advisor.ui.charts;

import java.util.Locale;
import java.util.logging.Logger;
import javafx.application.Platform;

/**
 * Starts JavaFX without a window, for the board deck's chart pictures made by the headless
 * {@code report} command ({@link FigurePainter}) and for the export bench. When there is no
 * display, Monocle's headless platform with software rendering paints them (see DEVELOPERS.md).
 * The window never needs it, and a PDF report never starts it.
 */
public final class HeadlessToolkit {

  private static final Logger LOG = Logger.getLogger(HeadlessToolkit.class.getName());

  private HeadlessToolkit() {}

  /** Starts JavaFX once, without a window; does nothing when JavaFX already runs. */
  public static synchronized void start() {
    boolean noDisplay = Boolean.getBoolean("java.awt.headless")
        || (System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux")
            && (System.getenv("DISPLAY") == null || System.getenv("DISPLAY").isBlank()));
    if (noDisplay && System.getProperty("glass.platform") == null) {
      System.setProperty("glass.platform", "Monocle");
      System.setProperty("monocle.platform", "Headless");
      System.setProperty("prism.order", "sw");
    }
    try {
      Platform.startup(() -> {});
      Platform.setImplicitExit(false);
    } catch (IllegalStateException alreadyRunning) {
      LOG.fine("JavaFX already running");
    }
  }
}
