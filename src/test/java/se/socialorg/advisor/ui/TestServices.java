package se.socialorg.advisor.ui;

import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.stage.Stage;
import org.testfx.util.WaitForAsyncUtils;
import se.socialorg.advisor.engine.DecisionEngine;
import se.socialorg.advisor.store.DataDirectory;
import se.socialorg.advisor.store.db.Database;
import se.socialorg.advisor.store.scenario.AutosaveStore;
import se.socialorg.advisor.store.scenario.ScenarioFiles;

/** Services for UI tests: a throw-away preferences node, a temp data folder, same-thread tasks. */
public final class TestServices {

  private TestServices() {}

  public static Preferences freshNode() {
    return Preferences.userRoot().node("se/socialorg/advisor-test/" + UUID.randomUUID());
  }

  public static AppServices create(Path dataDir, Preferences node) {
    DataDirectory data = new DataDirectory(dataDir);
    return new AppServices(data, new AppPreferences(node), AppExecutor.sameThread(),
        new ScenarioFiles(), new AutosaveStore(data.autosave()),
        Library.of(Database.openOrFallback(data.database())), new DecisionEngine());
  }

  /**
   * Waits until the window's main menu is in place: it arrives after the first frame (issue 8),
   * and its accelerators work only from then on.
   */
  public static void awaitMenu(Stage stage) throws TimeoutException {
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
        () -> stage.getScene() != null && stage.getScene().lookup("#menuBar") != null);
    WaitForAsyncUtils.waitForFxEvents();
  }

  public static void dispose(Preferences node) {
    try {
      node.removeNode();
    } catch (BackingStoreException | IllegalStateException e) {
      // already gone
    }
  }
}
