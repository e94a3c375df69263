package se.socialorg.advisor.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/** What the app remembers between runs, in one {@link Preferences} node. */
public final class AppPreferences {

  /** Preference keys with their defaults. */
  public enum Key {
    LANGUAGE("en"),
    THEME("light"),
    WINDOW_X("-1"),
    WINDOW_Y("-1"),
    WINDOW_WIDTH("1200"),
    WINDOW_HEIGHT("800"),
    WINDOW_MAXIMISED("false"),
    RECENT_FILES(""),
    LAST_FOLDER(""),
    /** The introduction at start: "new" (not shown yet), "seen" or "always". */
    INTRO_AT_START("new"),
    /** The scenario files in Compare, in order (issue 19). */
    COMPARE_FILES("");

    private final String defaultValue;

    Key(String defaultValue) {
      this.defaultValue = defaultValue;
    }

    public String defaultValue() {
      return defaultValue;
    }
  }

  /** How many recent scenario files are remembered. */
  public static final int MAX_RECENT = 8;

  private static final String SEPARATOR = "\n";

  private final Preferences node;

  public AppPreferences(Preferences node) {
    this.node = node;
  }

  /** The node used by the installed app. */
  public static AppPreferences forUser() {
    return new AppPreferences(Preferences.userRoot().node("se/socialorg/advisor"));
  }

  public String get(Key key) {
    return node.get(key.name(), key.defaultValue());
  }

  public void put(Key key, String value) {
    node.put(key.name(), value);
  }

  public double getDouble(Key key) {
    try {
      return Double.parseDouble(get(key));
    } catch (NumberFormatException e) {
      return Double.parseDouble(key.defaultValue());
    }
  }

  public void putDouble(Key key, double value) {
    put(key, Double.toString(value));
  }

  public boolean getBoolean(Key key) {
    return Boolean.parseBoolean(get(key));
  }

  /** Recent files, newest first. */
  public List<Path> recentFiles() {
    List<Path> out = new ArrayList<>();
    for (String s : get(Key.RECENT_FILES).split(SEPARATOR)) {
      if (!s.isBlank()) {
        out.add(Path.of(s));
      }
    }
    return out;
  }

  /** Puts a file first in the recent list, without duplicates, at most {@link #MAX_RECENT}. */
  public void addRecentFile(Path file) {
    Path abs = file.toAbsolutePath().normalize();
    List<Path> list = recentFiles();
    list.remove(abs);
    list.add(0, abs);
    storeRecent(list);
  }

  public void removeRecentFile(Path file) {
    List<Path> list = recentFiles();
    list.remove(file.toAbsolutePath().normalize());
    storeRecent(list);
  }

  /**
   * Stores the newest files that fit one preference value ({@link Preferences#MAX_VALUE_LENGTH}
   * characters): older ones are dropped rather than failing the save that added a file. A path
   * with a line break cannot be kept in the list and is left out.
   */
  private void storeRecent(List<Path> list) {
    StringBuilder sb = new StringBuilder();
    int kept = 0;
    for (int i = 0; i < list.size() && kept < MAX_RECENT; i++) {
      String path = list.get(i).toString();
      if (path.contains(SEPARATOR) || path.indexOf('\r') >= 0) {
        continue;
      }
      int length = sb.length() + (kept > 0 ? SEPARATOR.length() : 0) + path.length();
      if (length > Preferences.MAX_VALUE_LENGTH) {
        continue;
      }
      if (kept > 0) {
        sb.append(SEPARATOR);
      }
      sb.append(path);
      kept++;
    }
    put(Key.RECENT_FILES, sb.toString());
  }

  /** The scenario files compared last, in order. */
  public List<Path> compareFiles() {
    List<Path> out = new ArrayList<>();
    for (String s : get(Key.COMPARE_FILES).split(SEPARATOR)) {
      if (!s.isBlank()) {
        out.add(Path.of(s));
      }
    }
    return out;
  }

  /**
   * Remembers the compared files (absolute), in order; a path with a line break, or what does not
   * fit one preference value, is left out.
   */
  public void storeCompareFiles(List<Path> files) {
    StringBuilder sb = new StringBuilder();
    for (Path file : files) {
      String path = file.toAbsolutePath().normalize().toString();
      if (path.contains(SEPARATOR) || path.indexOf('\r') >= 0
          || sb.length() + SEPARATOR.length() + path.length() > Preferences.MAX_VALUE_LENGTH) {
        continue;
      }
      if (sb.length() > 0) {
        sb.append(SEPARATOR);
      }
      sb.append(path);
    }
    put(Key.COMPARE_FILES, sb.toString());
  }

  public void flush() {
    try {
      node.flush();
    } catch (BackingStoreException e) {
      java.util.logging.Logger.getLogger(AppPreferences.class.getName())
          .log(java.util.logging.Level.WARNING, "Could not store preferences", e);
    }
  }
}
