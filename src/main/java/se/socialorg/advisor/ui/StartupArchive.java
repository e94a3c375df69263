package se.socialorg.advisor.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The packaged app's class-data archives, made on the first run (decision 0020): the app image
 * ships without them (they are a third of its size) and, once its window is complete, the app
 * starts the image's own {@code lib/app/cds-train.sh} in the background, at low priority, as the
 * .deb's {@code postinst} does when it installs. The next start uses them. Nothing happens
 * outside a packaged app, when the archive is there, or when the app's folder is not writable
 * (an installed .deb, whose archives its installation made).
 */
final class StartupArchive {

  private static final Logger LOG = Logger.getLogger(StartupArchive.class.getName());

  /** Set by jpackage's launcher to the launcher's own path, {@code IMAGE/bin/NAME}. */
  static final String APP_PATH = "jpackage.app-path";

  /** Starts a command and does not wait for it; a fake in tests. */
  @FunctionalInterface
  interface Starter {
    void start(List<String> command) throws IOException;
  }

  private StartupArchive() {}

  /** Starts the training run when this is a packaged app without its archive. */
  static void makeWhenMissing() {
    command(System.getProperty(APP_PATH), System.getProperty("os.name", ""))
        .ifPresent(c -> start(c, command -> new ProcessBuilder(command)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start()));
  }

  static void start(List<String> command, Starter starter) {
    try {
      starter.start(command);
      LOG.info("Making the start-up archive: " + command);
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.INFO, "Start-up archive not made; the app starts without it", e);
    }
  }

  /**
   * The training command for the app image whose launcher is {@code appPath}: {@code nice -n 10
   * sh IMAGE/lib/app/cds-train.sh IMAGE}; empty when there is nothing to do.
   */
  static Optional<List<String>> command(String appPath, String osName) {
    if (appPath == null || appPath.isBlank()
        || osName.toLowerCase(Locale.ROOT).startsWith("windows")) {
      return Optional.empty();
    }
    Path bin = Path.of(appPath).toAbsolutePath().getParent();
    Path image = bin == null ? null : bin.getParent();
    if (image == null) {
      return Optional.empty();
    }
    Path app = image.resolve("lib").resolve("app");
    Path script = app.resolve("cds-train.sh");
    if (!Files.isRegularFile(script) || Files.exists(app.resolve("app.jsa"))
        || !Files.isWritable(app)) {
      return Optional.empty();
    }
    return Optional.of(List.of("nice", "-n", "10", "sh", script.toString(), image.toString()));
  }
}
