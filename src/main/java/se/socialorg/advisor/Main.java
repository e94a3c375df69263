package se.socialorg.advisor;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.logging.LogManager;
import javafx.application.Application;
import se.socialorg.advisor.cli.Command;
import se.socialorg.advisor.cli.Commands;
import se.socialorg.advisor.cli.EvaluateCommand;
import se.socialorg.advisor.cli.FollowUpCommand;
import se.socialorg.advisor.cli.ImportFiguresCommand;
import se.socialorg.advisor.cli.ImportSurveyCommand;
import se.socialorg.advisor.cli.ReportCommand;
import se.socialorg.advisor.engine.DecisionEngine;
import se.socialorg.advisor.store.scenario.ScenarioFiles;
import se.socialorg.advisor.store.DataDirectory;
import se.socialorg.advisor.ui.App;
import se.socialorg.advisor.ui.AppLogging;
import se.socialorg.advisor.present.report.ReportFigures;

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
    Commands commands = commands();
    if (args.length > 0) {
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
   * The headless commands, wired with plain constructors. Each is built only when it runs: a
   * window start must not pay for Jackson and the engine before JavaFX starts (issue 8).
   */
  static Commands commands() {
    return new Commands()
        .register("evaluate", (args, out, err) ->
            new EvaluateCommand(new ScenarioFiles()::read, new DecisionEngine())
                .run(args, out, err))
        .register("import-survey", (args, out, err) ->
            new ImportSurveyCommand().run(args, out, err))
        .register("import-figures", (args, out, err) ->
            new ImportFiguresCommand(java.time.Clock.systemDefaultZone()).run(args, out, err))
        .register("report", (args, out, err) ->
            new ReportCommand(new ScenarioFiles()::read, new DecisionEngine(),
                new ReportFigures(), se.socialorg.advisor.ui.charts.FigurePainter.withoutWindow())
                .run(args, out, err))
        .register("followup", (args, out, err) ->
            new FollowUpCommand(new ScenarioFiles()::read, new DecisionEngine(), Clock.systemUTC())
                .run(args, out, err));
  }

  /** For callers that want the exit code without exiting (tests). */
  static int runCommand(String[] args, java.io.PrintStream out, java.io.PrintStream err) {
    Command c = commands().find(args[0]).orElseThrow();
    return c.run(Arrays.asList(args).subList(1, args.length), out, err);
  }
}
