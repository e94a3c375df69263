package se.socialorg.advisor.ui;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

/**
 * The real app, started the way {@code se.socialorg.advisor.Main} starts the window, with one
 * addition for {@link TwoAppInstancesTest}: it reads commands on standard input and acts through
 * the app's own public objects on the FX thread, as a user would through the window.
 *
 * <ul>
 *   <li>{@code edit NAME}: renames the working scenario (an unsaved edit; the app autosaves it).
 *   <li>{@code dialogs}: once every background task started so far has finished and its result
 *       reached the FX thread, prints {@code dialogs=[title, ...]}: the windows open besides the
 *       main window (the recovery question is one).
 *   <li>{@code quit}: closes the main window as its close button does.
 * </ul>
 */
public final class AppInstance {

  private static volatile MainWindow window;

  private AppInstance() {}

  public static void main(String[] args) {
    Thread commands = new Thread(AppInstance::readCommands, "test-commands");
    commands.setDaemon(true);
    commands.start();
    // The first-run introduction is not what these tests look at: seen, as after a first start.
    se.socialorg.advisor.ui.help.IntroViewModel.dismiss(AppPreferences.forUser());
    App.prepareInBackground(args);
    Application.launch(Driven.class, args);
  }

  /**
   * The app itself, keeping hold of its main window. (Main, like this launcher, is no JavaFX
   * Application: the JVM's launcher refuses one when JavaFX is on the class path.)
   */
  public static final class Driven extends App {
    @Override
    public void start(Stage stage) {
      super.start(stage);
      window = mainWindowOf(this);
    }
  }

  private static MainWindow mainWindowOf(App app) {
    try {
      Field f = App.class.getDeclaredField("window");
      f.setAccessible(true);
      return (MainWindow) f.get(app);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void readCommands() {
    try (BufferedReader in = new BufferedReader(
        new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (line.startsWith("edit ")) {
          String name = line.substring("edit ".length());
          Platform.runLater(() -> window.session()
              .edit(s -> s.withNames(name, s.organisationName())));
        } else if (line.equals("dialogs")) {
          afterBackgroundWork(() -> System.out.println("dialogs=" + otherWindows()));
        } else if (line.equals("quit")) {
          Platform.runLater(() -> window.stage().fireEvent(
              new WindowEvent(window.stage(), WindowEvent.WINDOW_CLOSE_REQUEST)));
        }
      }
    } catch (Exception e) {
      e.printStackTrace();
      System.exit(3);
    }
  }

  /**
   * Runs {@code report} on the FX thread after every task queued on the app's two workers before
   * now has finished and handed its result to the FX thread: two probes that wait for each other
   * occupy both workers, so every earlier task (queue in order) is done, and its result, posted to
   * the FX thread before the task ended, is handled before {@code report}.
   */
  private static void afterBackgroundWork(Runnable report) {
    CountDownLatch both = new CountDownLatch(2);
    for (int i = 0; i < 2; i++) {
      boolean first = i == 0;
      BackgroundTask.wrap(() -> {
        both.countDown();
        both.await();
        if (first) {
          Platform.runLater(() -> {
            report.run();
            System.out.flush();
          });
        }
        return null;
      }).executeWith(window.services().executor());
    }
  }

  private static List<String> otherWindows() {
    return Window.getWindows().stream()
        .filter(w -> w != window.stage() && w.isShowing())
        .map(w -> w instanceof Stage s ? String.valueOf(s.getTitle()) : w.getClass().getSimpleName())
        .collect(Collectors.toList());
  }
}
