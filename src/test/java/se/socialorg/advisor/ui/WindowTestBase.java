package se.socialorg.advisor.ui;

import java.nio.file.Path;
import java.util.concurrent.TimeoutException;
import java.util.prefs.Preferences;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

/**
 * The main window as a TestFX test drives it: a new stage, a throw-away preferences node, dialogs
 * that record what they were asked, and {@link TestServices} over a data folder in a temporary
 * folder. TestFX looks for {@code @Start} only in the test class itself, so each test class
 * calls {@link #startWindow()} from its own {@code @Start} method (or later, on the FX thread).
 */
public abstract class WindowTestBase {

  /** The test's own folder; the window's data folder is {@link #dataDir()}, inside it. */
  @TempDir protected Path dir;

  protected Stage stage;
  protected Preferences node;
  protected RecordingDialogs dialogs;
  protected AppServices services;
  protected MainWindow window;

  /** The window's data folder (library, autosave, logs). */
  protected Path dataDir() {
    return dir.resolve("data");
  }

  /** Opens the main window in the default language; on the FX thread. */
  protected void startWindow() {
    startWindow(null);
  }

  /** Opens the main window in a language ("en", "sv"), as if chosen before; on the FX thread. */
  protected void startWindow(String language) {
    stage = new Stage();
    node = TestServices.freshNode();
    if (language != null) {
      new AppPreferences(node).put(AppPreferences.Key.LANGUAGE, language);
    }
    dialogs = new RecordingDialogs();
    services = TestServices.create(dataDir(), node);
    window = new MainWindow(stage, services, dialogs);
    window.show();
  }

  /**
   * Opens the main window in a language at the smallest supported size, 1024x700, and waits for
   * its menu; from the test thread.
   */
  protected void startWindowAtSmallestSize(org.testfx.api.FxRobot robot, String language) {
    robot.interact(() -> {
      startWindow(language);
      stage.setWidth(1024);
      stage.setHeight(700);
    });
    try {
      awaitMenu();
    } catch (TimeoutException e) {
      throw new AssertionError("The main menu did not arrive", e);
    }
  }

  /** Waits for the main menu, which follows the first frame (issue 8). */
  protected void awaitMenu() throws TimeoutException {
    TestServices.awaitMenu(stage);
  }

  @BeforeEach
  void menuInPlace() throws TimeoutException {
    if (window != null) {
      awaitMenu();
    }
  }

  @AfterEach
  void closeWindow() throws TimeoutException {
    FxToolkit.cleanupStages();
    if (services != null) {
      services.library().close();
    }
    if (node != null) {
      TestServices.dispose(node);
    }
  }

  /**
   * Scrolls the wizard's step so that the node {@code id} is at the top of the view, as a user
   * scrolls down past the recommendation's summary to its tabs.
   */
  protected void scrollStepTo(org.testfx.api.FxRobot robot, String id) {
    robot.interact(() -> {
      var scroll = robot.lookup("#stepScroll").queryAs(javafx.scene.control.ScrollPane.class);
      javafx.scene.Node target = robot.lookup(id).queryAs(javafx.scene.Node.class);
      double top = scroll.getContent().sceneToLocal(
          target.localToScene(target.getBoundsInLocal())).getMinY();
      double room = scroll.getContent().getBoundsInLocal().getHeight()
          - scroll.getViewportBounds().getHeight();
      scroll.setVvalue(room <= 0 ? 0 : Math.min(1, top / room));
    });
    org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
  }
}
