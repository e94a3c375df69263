package se.socialorg.advisor.ui;

import java.nio.file.Path;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
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

  public static void dispose(Preferences node) {
    try {
      node.removeNode();
    } catch (BackingStoreException | IllegalStateException e) {
      // already gone
    }
  }
}
