package se.socialorg.advisor.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import se.socialorg.advisor.engine.DecisionEngine;
import se.socialorg.advisor.i18n.I18n;
import se.socialorg.advisor.model.Scenario;
import se.socialorg.advisor.present.report.ChartPictures;
import se.socialorg.advisor.present.report.DeckBuilder;
import se.socialorg.advisor.present.report.FigurePictures;
import se.socialorg.advisor.present.report.ReportBuilder;
import se.socialorg.advisor.store.report.DeckWriter;
import se.socialorg.advisor.store.report.ReportException;
import se.socialorg.advisor.store.report.ReportWriter;

/**
 * {@code report FILE --out OUT.pdf [--lang en|sv]}: writes the decision report without a window;
 * {@code --out OUT.pptx} writes the board deck instead (issue 19), any other extension is refused.
 * Without {@code --lang} the report is in the scenario's language. The report's content comes
 * from {@code present.report.ReportBuilder}; its charts are drawn by the {@link ChartPictures}
 * that {@code Main} hands over (vector figures, no JavaFX: decision 0019).
 */
public final class ReportCommand implements Command {

  /** Reads a scenario file; {@code ScenarioFiles::read} in the app, a fake in tests. */
  @FunctionalInterface
  public interface Loader {
    Scenario load(Path file) throws Exception;
  }

  private static final Logger LOG = Logger.getLogger(ReportCommand.class.getName());

  private final Loader loader;
  private final ReportBuilder builder;
  private final Supplier<ReportWriter> writer;
  private final Supplier<DeckWriter> deckWriter;
  private final FigurePictures pictures;

  /** A command that writes PDFs only: a deck is refused, as it has no one to paint its charts. */
  public ReportCommand(Loader loader, DecisionEngine engine, ChartPictures charts) {
    this(loader, engine, charts, figure -> {
      throw new IllegalStateException("No painter for the deck's charts");
    });
  }

  /**
   * @param pictures paints the charts of a board deck as pictures ({@code Main} hands over
   *     {@code ui.charts.FigurePainter}, which starts JavaFX only when a deck is asked for)
   */
  public ReportCommand(Loader loader, DecisionEngine engine, ChartPictures charts,
      FigurePictures pictures) {
    this(loader, new ReportBuilder(engine, charts, LocalDate::now), ReportWriter::new,
        DeckWriter::new, pictures);
  }

  ReportCommand(Loader loader, ReportBuilder builder, Supplier<ReportWriter> writer,
      Supplier<DeckWriter> deckWriter, FigurePictures pictures) {
    this.loader = Objects.requireNonNull(loader);
    this.builder = Objects.requireNonNull(builder);
    this.writer = Objects.requireNonNull(writer);
    this.deckWriter = Objects.requireNonNull(deckWriter);
    this.pictures = Objects.requireNonNull(pictures);
  }

  /** Runs the command; returns the process exit code. */
  @Override
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
    try {
      ReportWriter.checkTarget(target, List.of(file));
    } catch (ReportException e) {
      err.println(I18n.forLanguage(lang == null ? "en" : lang).t(e.messageKey(), e.path().toString()));
      return BAD_INPUT;
    }
    Scenario scenario;
    try {
      scenario = loader.load(file);
      if (scenario == null) {
        throw new IllegalArgumentException("no scenario in file");
      }
    } catch (Exception e) {
      LOG.log(Level.WARNING, "report: cannot read " + file, e);
      I18n i18n = I18n.forLanguage(lang == null ? "en" : lang);
      err.println(i18n.t("report.cli.badFile", file.toString(), Reasons.of(e, i18n)));
      return BAD_INPUT;
    }
    I18n i18n = I18n.forLanguage(lang == null ? scenario.language() : lang);
    try {
      if (ReportWriter.isDeck(target)) {
        deckWriter.get().write(new DeckBuilder(builder, pictures)
            .build(scenario, followUp(file), i18n, ReportBuilder.Progress.NONE), target);
      } else {
        writer.get().write(
            builder.build(scenario, followUp(file), i18n, ReportBuilder.Progress.NONE), target);
      }
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
    out.println(i18n.t(ReportWriter.isDeck(target) ? "deck.cli.written" : "report.cli.written",
        target.toAbsolutePath().toString()));
    return OK;
  }

  /** The follow-up kept beside the scenario file; none when it is absent or unreadable. */
  private static se.socialorg.advisor.model.FollowUp followUp(Path file) {
    try {
      return new se.socialorg.advisor.store.followup.FollowUpFiles().readBeside(file);
    } catch (se.socialorg.advisor.store.followup.FollowUpFileException e) {
      LOG.log(Level.WARNING, "report: follow-up beside " + file + " not readable", e);
      return se.socialorg.advisor.model.FollowUp.empty();
    }
  }

  private static String oneLine(String s) {
    return s == null ? "" : s.replaceAll("\\s*\\R\\s*", " ").trim();
  }
}
