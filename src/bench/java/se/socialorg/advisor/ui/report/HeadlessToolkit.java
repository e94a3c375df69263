package se.socialorg.advisor.ui.report;

import javafx.application.Application;
import se.socialorg.advisor.ui.FxThread;

/**
 * Starts JavaFX without a window for the export bench (the in-app export is a JavaFX task), with
 * the light theme so that what the export draws looks as in the app. The report's charts
 * themselves need no toolkit (decision 0019).
 */
final class HeadlessToolkit {

  private HeadlessToolkit() {}

  /** Starts JavaFX once, without a window ({@link se.socialorg.advisor.ui.charts.HeadlessToolkit}), in the light theme. */
  static synchronized void start() {
    se.socialorg.advisor.ui.charts.HeadlessToolkit.start();
    FxThread.call(() -> {
      Application.setUserAgentStylesheet(
          new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
      return null;
    });
  }
}
