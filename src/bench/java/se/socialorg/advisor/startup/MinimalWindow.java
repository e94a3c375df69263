package se.socialorg.advisor.startup;

import java.lang.management.ManagementFactory;
import java.util.Locale;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The yardstick for {@code bench/startup.sh}: the smallest JavaFX window (one Label), started the
 * same way as the app (a launcher that is not an {@link Application}, JavaFX on the class path)
 * and timed the same way as {@code ui.StartupTimer}: JVM start to the second pulse after
 * {@code show()}, printed as {@code startup-ms: N}, then exit.
 */
public final class MinimalWindow {

  private MinimalWindow() {}

  public static void main(String[] args) {
    Application.launch(Window.class, args);
  }

  /** The application itself. */
  public static final class Window extends Application {
    @Override
    public void start(Stage stage) {
      stage.setScene(new Scene(new StackPane(new Label("Minimal JavaFX window")), 1024, 700));
      stage.setTitle("Minimal");
      stage.show();
      long start = ManagementFactory.getRuntimeMXBean().getStartTime();
      new AnimationTimer() {
        private int frames;

        @Override
        public void handle(long now) {
          if (++frames < 2) {
            return;
          }
          stop();
          System.out.println(String.format(Locale.ROOT, "startup-ms: %d",
              System.currentTimeMillis() - start));
          System.out.flush();
          Platform.exit();
        }
      }.start();
    }
  }
}
