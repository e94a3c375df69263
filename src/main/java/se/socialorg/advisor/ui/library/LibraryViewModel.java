package se.socialorg.advisor.ui.library;

import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.function.Supplier;
import se.socialorg.advisor.i18n.I18n;
import se.socialorg.advisor.model.ReferenceFigure;
import se.socialorg.advisor.present.FigureText;
import se.socialorg.advisor.present.LibraryCsv;
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

  /** Reads from the library in the background; a failure is logged once and told in words. */
  <T> void load(BackgroundTask.Work<T> work, Consumer<T> done) {
    I18n t = i18n.get();
    BackgroundTask.wrap(work).onSuccess(done)
        .onFailure(e -> dialogs.get().error(t.t("libui.error.title"), t.t("libui.error.message")))
        .executeWith(executor);
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
