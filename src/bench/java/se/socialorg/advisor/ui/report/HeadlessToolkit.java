package se.socialorg.advisor.ui.report;

import java.util.Locale;
import java.util.logging.Logger;
import javafx.application.Application;
import javafx.application.Platform;
import se.socialorg.advisor.ui.FxThread;

/**
 * Starts JavaFX without a window, for the export bench (the in-app export is a JavaFX task):
 * Monocle's headless platform with software rendering when there is no display. The report's
 * charts themselves need no toolkit (decision 0019).
 */
final class HeadlessToolkit {

  private static final Logger LOG = Logger.getLogger(HeadlessToolkit.class.getName());

  private HeadlessToolkit() {}

  /**
   * Starts JavaFX once, without a window: Monocle's headless platform when there is no display,
   * the light theme so charts look as in the app. Does nothing when JavaFX already runs.
   */
  static synchronized void start() {
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
    FxThread.call(() -> {
      Application.setUserAgentStylesheet(
          new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
      return null;
    });
  }
}
