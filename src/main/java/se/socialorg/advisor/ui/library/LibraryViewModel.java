package se.socialorg.advisor.ui.library;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.function.Supplier;
import se.socialorg.advisor.i18n.I18n;
import se.socialorg.advisor.model.Dataset;
import se.socialorg.advisor.model.ReferenceFigure;
import se.socialorg.advisor.present.FigureText;
import se.socialorg.advisor.present.LibraryCsv;
import se.socialorg.advisor.present.ProvenanceText;
import se.socialorg.advisor.store.db.FigureFilter;
import se.socialorg.advisor.store.db.FigureRepository;
import se.socialorg.advisor.store.survey.SurveyInfo;
import se.socialorg.advisor.ui.AppExecutor;
import se.socialorg.advisor.ui.BackgroundTask;
import se.socialorg.advisor.ui.Dialogs;

/**
 * The data library's state and commands: what the user chose ({@link LibraryModel}: entry,
 * filters, search, survey chart), and the changes to figures (a value of one's own, a reset, a
 * deletion, a new figure) and the CSV export, each in the background with one failure path. It
 * lives with the window, so a language switch keeps the choice; the screen draws and forwards.
 */
public final class LibraryViewModel {

  /** Kinds of entries in the dataset list. */
  public enum Kind {
    HEADER,
    DATASET,
    SURVEY,
    ADDED,
    CHANGED
  }

  /** One line of the dataset list. */
  public record Entry(Kind kind, String id, String label, long surveyId) {
    String key() {
      return kind + ":" + id;
    }
  }

  private final LibraryModel choice = new LibraryModel();
  private final LibraryData data;
  private final AppExecutor executor;
  private final Supplier<Dialogs> dialogs;
  private final Supplier<I18n> i18n;

  public LibraryViewModel(LibraryData data, AppExecutor executor, Supplier<Dialogs> dialogs,
      Supplier<I18n> i18n) {
    this.data = data;
    this.executor = executor;
    this.dialogs = dialogs;
    this.i18n = i18n;
  }

  /** What the user chose on the screen. */
  public LibraryModel choice() {
    return choice;
  }

  LibraryData data() {
    return data;
  }

  /**
   * Imports a figures file (docs/figures-file.md) all or nothing: says how many were added and
   * then runs {@code reload}, or lists the first problems by row and column and stores nothing.
   */
  void importFigures(java.nio.file.Path file, Runnable reload) {
    load(() -> data.importFigures(file), result -> {
      I18n t = i18n.get();
      if (result.stored()) {
        dialogs.get().info(t.t("libui.importFigures.done.title"),
            t.t("libui.importFigures.done.message", result.added(), result.alreadyPresent()));
        reload.run();
      } else {
        int shown = Math.min(10, result.errors().size());
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < shown; i++) {
          lines.append('\n').append(result.errors().get(i).format(t));
        }
        dialogs.get().error(t.t("libui.importFigures.rejected.title"),
            t.t("libui.importFigures.rejected.message", result.errors().size(), shown) + lines);
      }
    });
  }

  /** Reads from the library in the background; a failure is logged once and told in words. */
  <T> void load(BackgroundTask.Work<T> work, Consumer<T> done) {
    I18n t = i18n.get();
    BackgroundTask.wrap(work).onSuccess(done)
        .onFailure(e -> dialogs.get().error(t.t("libui.error.title"), t.t("libui.error.message")))
        .executeWith(executor);
  }

  /**
   * The dataset list: published datasets, the user's surveys, the user's own and changed
   * figures, and datasets of the user's own under them.
   */
  public List<Entry> entries(LibraryData.Choices c) {
    I18n t = i18n.get();
    FigureText text = new FigureText(t);
    List<Entry> entries = new ArrayList<>();
    entries.add(new Entry(Kind.HEADER, "published", t.t("libui.group.published"), 0));
    List<String> own = new ArrayList<>();
    for (String d : c.datasets()) {
      if (Dataset.fromId(d).isPresent()) {
        entries.add(new Entry(Kind.DATASET, d, text.dataset(d), 0));
      } else {
        own.add(d);
      }
    }
    entries.add(new Entry(Kind.HEADER, "surveys", t.t("libui.group.surveys"), 0));
    if (c.surveys().isEmpty()) {
      entries.add(new Entry(Kind.HEADER, "noSurveys", t.t("libui.group.noSurveys"), 0));
    }
    for (SurveyInfo s : c.surveys()) {
      entries.add(new Entry(Kind.SURVEY, Long.toString(s.id()),
          t.t("libui.survey.entry", s.name(), s.respondents()), s.id()));
    }
    entries.add(new Entry(Kind.HEADER, "own", t.t("libui.group.own"), 0));
    entries.add(new Entry(Kind.ADDED, "added", t.t("libui.own.added"), 0));
    entries.add(new Entry(Kind.CHANGED, "changed", t.t("libui.own.changed"), 0));
    for (String d : own) {
      entries.add(new Entry(Kind.DATASET, d, text.dataset(d), 0));
    }
    return entries;
  }

  /** Why the library runs on a fallback, naming its file, or empty when all is well. */
  public java.util.Optional<String> problem(LibraryData.Choices c, Path databaseFile) {
    I18n t = i18n.get();
    return c.problem().map(p -> t.t(se.socialorg.advisor.store.db.Database.FALLBACK_MESSAGE_KEY)
        + " " + t.t(p.messageKey(), databaseFile.toString()));
  }

  /** The figures of an entry; call it off the FX thread. */
  public List<ReferenceFigure> figuresOf(Entry e) {
    return switch (e.kind()) {
      case DATASET -> data.figures(FigureFilter.all().withDataset(e.id()));
      case ADDED -> data.figures(FigureFilter.all()).stream().filter(ReferenceFigure::userFigure)
          .toList();
      case CHANGED -> data.figures(FigureFilter.all()).stream()
          .filter(ReferenceFigure::overridden).toList();
      default -> List.of();
    };
  }

  /** The country filter's choices: all (""), global first, then by name in the language. */
  public List<String> countryChoices(List<ReferenceFigure> loaded) {
    FigureText text = new FigureText(i18n.get());
    List<String> cs = new ArrayList<>();
    cs.add("");
    loaded.stream().map(ReferenceFigure::country).distinct()
        .sorted(Comparator.comparing((String c) -> !FigureRepository.GLOBAL.equals(c))
            .thenComparing(text::country))
        .forEach(cs::add);
    return cs;
  }

  /** The year filter's choices: all (0), then the newest first. */
  public List<Integer> yearChoices(List<ReferenceFigure> loaded) {
    List<Integer> ys = new ArrayList<>();
    ys.add(0);
    new TreeSet<>(loaded.stream().map(ReferenceFigure::year).toList()).descendingSet()
        .forEach(ys::add);
    return ys;
  }

  /** The figures the chosen country, year and search words leave. */
  public List<ReferenceFigure> filter(List<ReferenceFigure> loaded) {
    String needle = choice.search().strip().toLowerCase(Locale.ROOT);
    I18n t = i18n.get();
    FigureText text = new FigureText(t);
    return loaded.stream()
        .filter(f -> choice.country().isEmpty() || f.country().equals(choice.country()))
        .filter(f -> choice.year() == 0 || f.year() == choice.year())
        .filter(f -> needle.isEmpty() || haystack(t, text, f).contains(needle))
        .toList();
  }

  private static String haystack(I18n t, FigureText text, ReferenceFigure f) {
    return String.join("\n", f.dataset(), text.dataset(f.dataset()), f.country(),
        text.country(f.country()), f.item(), text.item(f.item()), Integer.toString(f.year()),
        f.source().sourceTitle(), f.source().population(), ProvenanceText.title(t, f.source()),
        ProvenanceText.population(t, f.source()), f.note()).toLowerCase(Locale.ROOT);
  }

  /** Stores a value typed in the figure form: an override of a shipped figure, or one's own. */
  public void saveValue(ReferenceFigure f, FigureFormViewModel.Result r, LongConsumer changed) {
    load(() -> {
      if (f.shipped()) {
        data.override(f.id(), r.value(), r.note());
      } else {
        data.updateOwnFigure(f.id(), r.value(), r.note());
      }
      return f.id();
    }, changed::accept);
  }

  /** Deletes a figure the user added, after asking. */
  public void deleteFigure(ReferenceFigure f, LongConsumer changed) {
    if (f == null || f.shipped()) {
      return;
    }
    I18n t = i18n.get();
    FigureText text = new FigureText(t);
    if (!dialogs.get().confirm(t.t("libui.delete.title"), t.t("libui.delete.message",
        text.item(f.item()), text.country(f.country()), Integer.toString(f.year()),
        text.value(f)))) {
      return;
    }
    load(() -> {
      data.deleteOwnFigure(f.id());
      return f.id();
    }, changed::accept);
  }

  /** Puts the published value back, after asking. */
  public void resetOverride(ReferenceFigure f, LongConsumer changed) {
    if (f == null || !f.overridden()) {
      return;
    }
    I18n t = i18n.get();
    FigureText text = new FigureText(t);
    if (!dialogs.get().confirm(t.t("libui.reset.title"), t.t("libui.reset.message",
        text.item(f.item()), text.value(f.shippedValue(), f.unit())))) {
      return;
    }
    load(() -> {
      data.resetOverride(f.id());
      return f.id();
    }, changed::accept);
  }

  /** Adds a figure of the user's own; {@code added} gets its id. */
  public void addFigure(FigureFormViewModel.Result r, LongConsumer added) {
    load(() -> data.addFigure(r), added::accept);
  }

  /** Asks where, then writes the table as CSV and says how many rows went where. */
  public void exportCsv(LibraryCsv.Table table, String title) {
    I18n t = i18n.get();
    dialogs.get()
        .chooseSave(t.t("libui.export.title"), LibraryCsv.fileName(title),
            t.t("libui.import.filter"), "*.csv")
        .map(LibraryViewModel::withCsvEnding)
        .ifPresent(file -> load(() -> {
          new LibraryCsv(t).write(file, table);
          return file;
        }, written -> dialogs.get().info(t.t("libui.export.done.title"),
            t.t("libui.export.done.message", table.rows().size(), written.toString()))));
  }

  private static Path withCsvEnding(Path p) {
    return p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv") ? p
        : p.resolveSibling(p.getFileName() + ".csv");
  }
}
