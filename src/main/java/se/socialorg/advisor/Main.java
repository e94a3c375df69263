package se.socialorg.advisor;

import java.util.Arrays;
import java.util.List;
import java.util.logging.LogManager;
import javafx.application.Application;
import se.socialorg.advisor.cli.Command;
import se.socialorg.advisor.cli.Commands;
import se.socialorg.advisor.store.DataDirectory;
import se.socialorg.advisor.ui.App;
import se.socialorg.advisor.ui.AppLogging;

/**
 * Entry point. Not an {@link Application} itself, so that {@code java -cp}, {@code java -jar} and
 * a packaged app start with JavaFX on the class path.
 *
 * <p>{@code Main [--data-dir DIR] [--startup-time] [--exit-after-paint] [FILE]} opens the window;
 * {@code Main COMMAND ...} runs a headless command.
 */
public final class Main {

  private Main() {}

  /** Exit code of an unknown command (as {@code cli.Command.BAD_INPUT}). */
  static final int USAGE = Command.BAD_INPUT;

  public static void main(String[] args) {
    // A window start (no argument, an option or a file) builds no command: the headless commands'
    // classes stay unloaded and unverified on the way to the first frame (issue 21).
    if (args.length > 0 && !args[0].startsWith("-")) {
      Commands commands = commands();
      var command = commands.find(args[0]);
      if (command.isPresent()) {
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        logToFileOnly(rest);
        int code = command.get().run(rest, System.out, System.err);
        System.out.flush();
        System.exit(code);
        return;
      }
      if (looksLikeCommand(args[0])) {
        System.err.println(usage(commands));
        System.exit(USAGE);
        return;
      }
    }
    App.prepareInBackground(args);
    Application.launch(App.class, args);
  }

  /**
   * A first argument that is neither an option nor a file to open: a word such as {@code
   * evalute} or {@code help}. A file name has a dot or a folder in it, or exists.
   */
  static boolean looksLikeCommand(String first) {
    if (first.startsWith("-") || first.contains(".") || first.contains("/")
        || first.contains(java.io.File.separator)) {
      return false;
    }
    try {
      return !java.nio.file.Files.exists(java.nio.file.Path.of(first));
    } catch (java.nio.file.InvalidPathException e) {
      return true;
    }
  }

  /** The usage lines: the window and each headless command. */
  static String usage(Commands commands) {
    return se.socialorg.advisor.i18n.I18n.forLanguage("en")
        .t("cli.usage", String.join(", ", commands.names()));
  }

  /**
   * Headless commands print only their own output: log records go to the log file in the data
   * folder ({@code --data-dir} honoured), not to the console.
   */
  private static void logToFileOnly(List<String> args) {
    String dataDir = null;
    int i = args.indexOf("--data-dir");
    if (i >= 0 && i + 1 < args.size()) {
      dataDir = args.get(i + 1);
    }
    LogManager.getLogManager().reset();
    AppLogging.install(DataDirectory.resolve(dataDir).logs());
  }

  /**
   * The headless commands (see {@link HeadlessCommands}): a class of their own, so that verifying
   * this one on a window start loads none of theirs (issue 21).
   */
  static Commands commands() {
    return HeadlessCommands.all();
  }

  /** For callers that want the exit code without exiting (tests). */
  static int runCommand(String[] args, java.io.PrintStream out, java.io.PrintStream err) {
    Command c = commands().find(args[0]).orElseThrow();
    return c.run(Arrays.asList(args).subList(1, args.length), out, err);
  }
}
