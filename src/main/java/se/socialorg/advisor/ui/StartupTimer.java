package se.socialorg.advisor.ui;

import java.lang.management.ManagementFactory;
import java.util.Locale;
import javafx.animation.AnimationTimer;

/**
 * Knows when the first frame has been painted, runs the work that waits for it (issue 8), and
 * with {@code --startup-time} prints on standard output the milliseconds from process start to
 * the first painted frame ({@code startup-ms: N}) and to the complete window with its menu
 * ({@code menu-ms: N}). The one place besides {@code Main} that prints to standard output.
 */
final class StartupTimer {

  /** Label of the first painted frame's line. */
  static final String FIRST_FRAME_LINE = "startup-ms";

  /** Label of the complete window's line (menu bar in place). */
  static final String MENU_LINE = "menu-ms";

  private StartupTimer() {}

  /** Runs the action on the FX thread once the first frame after this call has been painted. */
  static void afterFirstFrame(Runnable action) {
    new AnimationTimer() {
      private int frames;

      @Override
      public void handle(long now) {
        // The second pulse comes after the first frame has been rendered.
        if (++frames < 2) {
          return;
        }
        stop();
        action.run();
      }
    }.start();
  }

  /** Prints {@code startup-ms} once the first frame has been painted. */
  static void reportFirstFrame() {
    afterFirstFrame(() -> report(FIRST_FRAME_LINE));
  }

  /** Prints the milliseconds since the process started, labelled. */
  static void report(String label) {
    long start = ManagementFactory.getRuntimeMXBean().getStartTime();
    long ms = System.currentTimeMillis() - start;
    System.out.println(String.format(Locale.ROOT, "%s: %d", label, ms));
    System.out.flush();
  }
}
