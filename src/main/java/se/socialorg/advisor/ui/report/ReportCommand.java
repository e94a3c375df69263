package se.socialorg.advisor.ui.report;

import se.socialorg.advisor.ui.FxThread;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Application;
import javafx.application.Platform;
import se.socialorg.advisor.engine.DecisionEngine;
import se.socialorg.advisor.i18n.I18n;
import se.socialorg.advisor.model.Scenario;
import se.socialorg.advisor.store.report.ReportException;
import se.socialorg.advisor.store.report.ReportWriter;

/**
 * {@code report FILE --out OUT.pdf [--lang en|sv]}: writes the decision report without a window.
 * The charts need JavaFX, so the toolkit is started (headless through Monocle when there is no
 * display) but no window opens. Without {@code --lang} the report is in the scenario's language.
 *
 * <p>It has the shape of {@code cli.Command} and {@code Main} registers it as one ({@code
 * new ReportCommand(...)::run}), but it lives in the UI layer because the charts are JavaFX, and
 * the architecture rules keep the UI from depending on {@code cli}.
 */
public final class ReportCommand {

  /** Exit code for success (as {@code cli.Command.OK}). */
  public static final int OK = 0;

  /** Exit code for a usage error, a bad scenario file or a report that cannot be written. */
  public static final int BAD_INPUT = 2;

  /** Reads a scenario file; {@code ScenarioFiles::read} in the app, a fake in tests. */
  @FunctionalInterface
  public interface Loader {
    Scenario load(Path file) throws Exception;
  }

  private static final Logger LOG = Logger.getLogger(ReportCommand.class.getName());

  private final Loader loader;
  private final ReportBuilder builder;
  private final ReportWriter writer;

  public ReportCommand(Loader loader, DecisionEngine engine) {
    this(loader, new ReportBuilder(engine, LocalDate::now), new ReportWriter());
  }

  ReportCommand(Loader loader, ReportBuilder builder, ReportWriter writer) {
    this.loader = Objects.requireNonNull(loader);
    this.builder = Objects.requireNonNull(builder);
    this.writer = Objects.requireNonNull(writer);
  }

  /** Runs the command; returns the process exit code. */
  public int run(List<String> args, PrintStream out, PrintStream err) {
    I18n en = I18n.forLanguage("en");
    Path file = null;
    Path target = null;
    String lang = null;
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      if (a.equals("--out") && i + 1 < args.size()) {
        target = Path.of(args.get(++i));
      } else if (a.equals("--lang") && i + 1 < args.size()
          && List.of("en", "sv").contains(args.get(i + 1))) {
        lang = args.get(++i);
      } else if (!a.startsWith("--") && file == null) {
        file = Path.of(a);
      } else {
        err.println(en.t("report.cli.usage"));
        return BAD_INPUT;
      }
    }
    if (file == null || target == null) {
      err.println(en.t("report.cli.usage"));
      return BAD_INPUT;
    }
    // JavaFX starts on another thread while the scenario is read (decision 0019).
    FutureTask<Void> toolkit = new FutureTask<>(ReportCommand::startToolkit, null);
    Thread starter = new Thread(toolkit, "report-toolkit");
    starter.setDaemon(true);
    starter.start();
    Scenario scenario;
    try {
      scenario = loader.load(file);
      if (scenario == null) {
        throw new IllegalArgumentException("no scenario in file");
      }
    } catch (Exception e) {
      LOG.log(Level.FINE, "report: cannot read " + file, e);
      I18n i18n = I18n.forLanguage(lang == null ? "en" : lang);
      err.println(i18n.t("report.cli.badFile", file.toString(), oneLine(e.getMessage())));
      return BAD_INPUT;
    }
    I18n i18n = I18n.forLanguage(lang == null ? scenario.language() : lang);
    try {
      awaitToolkit(toolkit);
      writer.write(builder.build(scenario, i18n, ReportBuilder.Progress.NONE), target);
    } catch (ReportException e) {
      err.println(i18n.t(e.messageKey(), e.path().toString()));
      return BAD_INPUT;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      err.println(i18n.t("report.error.unexpected", oneLine(e.getMessage())));
      return BAD_INPUT;
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "report failed for " + file, e);
      err.println(i18n.t("report.error.unexpected", oneLine(String.valueOf(e.getMessage()))));
      return BAD_INPUT;
    }
    out.println(i18n.t("report.cli.written", target.toAbsolutePath().toString()));
    return OK;
  }

  /**
   * Starts JavaFX once, without a window: Monocle's headless platform when there is no display,
   * the light theme so charts look as in the app. Does nothing when JavaFX already runs.
   */
  static synchronized void startToolkit() {
    boolean noDisplay = Boolean.getBoolean("java.awt.headless")
        || (System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).contains("linux")
            && (System.getenv("DISPLAY") == null || System.getenv("DISPLAY").isBlank()));
    if (noDisplay && System.getProperty("glass.platform") == null) {
      System.setProperty("glass.platform", "Monocle");
      System.setProperty("monocle.platform", "Headless");
      System.setProperty("prism.order", "sw");
    }
    try {
      Platform.startup(() -> {});
      Platform.setImplicitExit(false);
    } catch (IllegalStateException alreadyRunning) {
      LOG.fine("JavaFX already running");
    }
    FxThread.call(() -> {
      Application.setUserAgentStylesheet(
          new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
      return null;
    });
  }

  private static void awaitToolkit(FutureTask<Void> toolkit) throws InterruptedException {
    try {
      toolkit.get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException re) {
        throw re;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  private static String oneLine(String s) {
    return s == null ? "" : s.replaceAll("\\s*\\R\\s*", " ").trim();
  }
}
