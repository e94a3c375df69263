package se.socialorg.advisor.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.FileHandler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/** Rolling log files in the data folder: {@code logs/app0.log} newest, five files of 1 MB. */
public final class AppLogging {

  private static final int LIMIT_BYTES = 1_000_000;
  private static final int FILES = 5;

  private AppLogging() {}

  /**
   * What the log file handler does when it cannot write (a full disk): nothing. The log is an
   * aid, not the work; JDK's default would print "java.util.logging.ErrorManager: 2" and a stack
   * trace on standard error for every record, into a headless command's output too.
   */
  static final class Quiet extends java.util.logging.ErrorManager {
    @Override
    public void error(String msg, Exception ex, int code) {
      // Deliberately silent: see the class comment.
    }
  }

  /** Sends the application's log records to rolling files in {@code logDir}. */
  public static void install(Path logDir) {
    try {
      Files.createDirectories(logDir);
      FileHandler handler =
          new FileHandler(logDir.resolve("app%g.log").toString(), LIMIT_BYTES, FILES, true);
      handler.setFormatter(new SimpleFormatter());
      handler.setEncoding("UTF-8");
      handler.setErrorManager(new Quiet());
      Logger root = Logger.getLogger("se.socialorg.advisor");
      root.addHandler(handler);
      root.setLevel(Level.INFO);
    } catch (IOException | SecurityException e) {
      Logger.getLogger(AppLogging.class.getName())
          .log(Level.WARNING, "Log folder not writable: " + logDir, e);
    }
  }
}
