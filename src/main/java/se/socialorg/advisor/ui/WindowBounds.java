package se.socialorg.advisor.ui;

import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/** The main window's place and size, kept in the preferences between runs. */
final class WindowBounds {

  private WindowBounds() {}

  /** Puts the window where it was, on a screen that still exists, at least the smallest size. */
  static void restore(Stage stage, AppPreferences p, double minWidth, double minHeight) {
    Rectangle2D screen = Screen.getPrimary().getVisualBounds();
    stage.setMinWidth(Math.min(minWidth, screen.getWidth()));
    stage.setMinHeight(Math.min(minHeight, screen.getHeight()));
    double w = Math.min(screen.getWidth(),
        Math.max(minWidth, p.getDouble(AppPreferences.Key.WINDOW_WIDTH)));
    double h = Math.min(screen.getHeight(),
        Math.max(minHeight, p.getDouble(AppPreferences.Key.WINDOW_HEIGHT)));
    double x = p.getDouble(AppPreferences.Key.WINDOW_X);
    double y = p.getDouble(AppPreferences.Key.WINDOW_Y);
    stage.setWidth(w);
    stage.setHeight(h);
    boolean visible =
        !Screen.getScreensForRectangle(new Rectangle2D(x, y, Math.min(w, 200), 50)).isEmpty();
    if (x >= 0 && y >= 0 && visible) {
      stage.setX(x);
      stage.setY(y);
    } else {
      stage.setX(screen.getMinX() + (screen.getWidth() - w) / 2);
      stage.setY(screen.getMinY() + (screen.getHeight() - h) / 2);
    }
    stage.setMaximized(p.getBoolean(AppPreferences.Key.WINDOW_MAXIMISED));
  }

  /** Remembers the window's place and size (not while maximised) for the next start. */
  static void remember(Stage stage, AppPreferences p) {
    p.put(AppPreferences.Key.WINDOW_MAXIMISED, Boolean.toString(stage.isMaximized()));
    if (!stage.isMaximized() && !Double.isNaN(stage.getX())) {
      p.putDouble(AppPreferences.Key.WINDOW_X, stage.getX());
      p.putDouble(AppPreferences.Key.WINDOW_Y, stage.getY());
      p.putDouble(AppPreferences.Key.WINDOW_WIDTH, stage.getWidth());
      p.putDouble(AppPreferences.Key.WINDOW_HEIGHT, stage.getHeight());
    }
    p.flush();
  }
}
