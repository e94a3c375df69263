package se.socialorg.advisor.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AppPreferencesTest {

  private final Preferences node = TestServices.freshNode();
  private final AppPreferences prefs = new AppPreferences(node);

  @AfterEach
  void tearDown() {
    TestServices.dispose(node);
  }

  @Test
  void defaultsWhenNothingStored() {
    assertThat(prefs.get(AppPreferences.Key.LANGUAGE)).isEqualTo("en");
    assertThat(prefs.getDouble(AppPreferences.Key.WINDOW_WIDTH)).isEqualTo(1200);
  }

  @Test
  void recentFilesNewestFirstWithoutDuplicates() {
    prefs.addRecentFile(Path.of("/tmp/a.soa.json"));
    prefs.addRecentFile(Path.of("/tmp/b.soa.json"));
    prefs.addRecentFile(Path.of("/tmp/a.soa.json"));
    assertThat(prefs.recentFiles())
        .containsExactly(Path.of("/tmp/a.soa.json"), Path.of("/tmp/b.soa.json"));
  }

  @Test
  void recentFilesAreCapped() {
    for (int i = 0; i < AppPreferences.MAX_RECENT + 3; i++) {
      prefs.addRecentFile(Path.of("/tmp/f" + i + ".soa.json"));
    }
    assertThat(prefs.recentFiles()).hasSize(AppPreferences.MAX_RECENT);
  }

  @Test
  void unreadableNumberFallsBackToDefault() {
    prefs.put(AppPreferences.Key.WINDOW_HEIGHT, "tall");
    assertThat(prefs.getDouble(AppPreferences.Key.WINDOW_HEIGHT)).isEqualTo(800);
  }

  /** Review D14: 8 paths of about 1,040 characters threw "Value too long" after a save. */
  @Test
  void longPathsNeverMakeAddingARecentFileThrow() {
    String folder = "/" + "f".repeat(1_030);
    for (int i = 0; i < AppPreferences.MAX_RECENT; i++) {
      prefs.addRecentFile(Path.of(folder + "/" + i + ".soa.json"));
    }
    prefs.addRecentFile(Path.of("/" + "g".repeat(9_000) + ".soa.json"));

    assertThat(prefs.recentFiles()).first().isEqualTo(Path.of(folder + "/7.soa.json"));
    assertThat(prefs.get(AppPreferences.Key.RECENT_FILES).length())
        .isLessThanOrEqualTo(java.util.prefs.Preferences.MAX_VALUE_LENGTH);
  }

  /** A line break in a file name split one entry into two. */
  @Test
  void aFileNameWithALineBreakIsNotSplitIntoTwoEntries() {
    prefs.addRecentFile(Path.of("/tmp/a.soa.json"));
    prefs.addRecentFile(Path.of("/tmp/two\nlines.soa.json"));

    assertThat(prefs.recentFiles()).containsExactly(Path.of("/tmp/a.soa.json"));
  }
}
