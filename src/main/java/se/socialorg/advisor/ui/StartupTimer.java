package se.socialorg.advisor.ui;

import java.lang.management.ManagementFactory;
import java.util.Locale;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * Measures process start to first painted frame ({@code --startup-time}), prints it on standard
 * output as {@code startup-ms: N}, and optionally exits ({@code --exit-after-paint}) for
 * benchmarks. The one place besides {@code Main} that prints to standard output.
 */
final class StartupTimer {

  private StartupTimer() {}

  static void reportAfterFirstPaint(Scene scene, boolean exit) {
    long start = ManagementFactory.getRuntimeMXBean().getStartTime();
    new AnimationTimer() {
      private int frames;

      @Override
      public void handle(long now) {
        // The second pulse comes after the first frame has been rendered.
        if (++frames < 2) {
          return;
        }
        stop();
        long ms = System.currentTimeMillis() - start;
        System.out.println(String.format(Locale.ROOT, "startup-ms: %d", ms));
        System.out.flush();
        if (exit) {
          Platform.exit();
        }
      }
    }.start();
  }
}
