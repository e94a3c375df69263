package se.socialorg.advisor.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the user's data lives: the OS user-data folder (XDG on Linux, Application Support on
 * macOS, AppData on Windows), moved by {@code --data-dir DIR} or the system property {@value
 * #PROPERTY}.
 */
public final class DataDirectory {

  /** System property that moves the data folder. */
  public static final String PROPERTY = "socialorg.dataDir";

  static final String APP_FOLDER = "SocialOrgAdvisor";

  private final Path root;

  public DataDirectory(Path root) {
    this.root = root.toAbsolutePath().normalize();
  }

  /** The folder chosen by explicit option, then system property, then OS convention. */
  public static DataDirectory resolve(String explicit) {
    if (explicit != null && !explicit.isBlank()) {
      return new DataDirectory(Path.of(explicit));
    }
    String prop = System.getProperty(PROPERTY);
    if (prop != null && !prop.isBlank()) {
      return new DataDirectory(Path.of(prop));
    }
    return new DataDirectory(osDefault(System.getProperty("os.name", ""), System.getenv(),
        Path.of(System.getProperty("user.home", "."))));
  }

  static Path osDefault(String osName, Map<String, String> env, Path home) {
    String os = osName.toLowerCase(Locale.ROOT);
    if (os.contains("win")) {
      String appData = env.get("APPDATA");
      Path base = appData != null && !appData.isBlank() ? Path.of(appData) : home.resolve("AppData/Roaming");
      return base.resolve(APP_FOLDER);
    }
    if (os.contains("mac")) {
      return home.resolve("Library/Application Support").resolve(APP_FOLDER);
    }
    String xdg = env.get("XDG_DATA_HOME");
    Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".local/share");
    return base.resolve("social-org-advisor");
  }

  public Path root() {
    return root;
  }

  /** Creates the folder if needed and returns it. */
  public Path ensureExists() throws IOException {
    Files.createDirectories(root);
    return root;
  }

  public Path database() {
    return root.resolve("library.db");
  }

  public Path logs() {
    return root.resolve("logs");
  }

  public Path autosave() {
    return root.resolve("autosave");
  }
}
