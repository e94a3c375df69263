package se.socialorg.advisor.ui.scenario;

import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import java.util.List;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import se.socialorg.advisor.engine.DecisionEngine;
import se.socialorg.advisor.engine.Evaluation;
import se.socialorg.advisor.engine.FollowUpAnalysis;
import se.socialorg.advisor.engine.FollowUpResult;
import se.socialorg.advisor.model.Alternative;
import se.socialorg.advisor.model.FollowUp;
import se.socialorg.advisor.store.followup.FollowUpFiles;
import se.socialorg.advisor.i18n.I18n;
import se.socialorg.advisor.model.Scenario;
import se.socialorg.advisor.store.scenario.ScenarioFiles;
import se.socialorg.advisor.ui.AppExecutor;
import se.socialorg.advisor.ui.BackgroundTask;
import se.socialorg.advisor.ui.Dialogs;

/**
 * The comparison: two to four scenarios with their evaluations. It lives as long as the wizard's
 * model (the window owns both), so the compared scenarios survive a language switch; the view
 * only draws them.
 */
public final class CompareViewModel {

  /** At most this many scenarios side by side. */
  public static final int MAX = 4;

  /**
   * A scenario in the comparison with its evaluation and, when it has a follow-up with actual
   * results or targets, its plan against its actuals (null otherwise).
   */
  public record Compared(String title, Scenario scenario, Evaluation evaluation, FollowUpResult followUp,
      FollowUp plan, Path file) {
    public Compared(String title, Scenario scenario, Evaluation evaluation, FollowUpResult followUp,
        FollowUp plan) {
      this(title, scenario, evaluation, followUp, plan, null);
    }

    public Compared(String title, Scenario scenario, Evaluation evaluation) {
      this(title, scenario, evaluation, null, FollowUp.empty());
    }
  }

  /** Where the compared files are remembered between runs ({@code AppPreferences} in the app). */
  public interface Memory {
    List<Path> load();

    void store(List<Path> files);

    /** Remembers nothing (a comparison that starts empty each time). */
    Memory NONE = new Memory() {
      @Override
      public List<Path> load() {
        return List.of();
      }

      @Override
      public void store(List<Path> files) {}
    };
  }

  /** Reads a scenario file; {@code ScenarioFiles::read} in the app. */
  @FunctionalInterface
  public interface Reader {
    Scenario read(Path file) throws Exception;
  }

  private final ObservableList<Compared> compared = FXCollections.observableArrayList();
  private final ObservableList<Compared> readOnly =
      FXCollections.unmodifiableObservableList(compared);
  private final BooleanBinding full = Bindings.size(compared).greaterThanOrEqualTo(MAX);
  private final Reader reader;
  private final DecisionEngine engine;
  private final AppExecutor executor;
  private final Dialogs dialogs;
  private final Supplier<I18n> i18n;
  private final FollowUpFiles followUps = new FollowUpFiles();
  private final Memory memory;
  private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
  /** The status line's words, kept so that a language switch says them again. */
  private java.util.function.Function<I18n, String> statusWords = t -> "";
  private final BooleanBinding exportable = Bindings.size(compared).greaterThanOrEqualTo(2);
  private final CompareExports exports;
  private boolean restored;

  public CompareViewModel(Reader reader, DecisionEngine engine, AppExecutor executor,
      Dialogs dialogs, Supplier<I18n> i18n) {
    this(reader, engine, executor, dialogs, i18n, Memory.NONE);
  }

  /** A comparison whose files are remembered in {@code memory} (see {@link #restore()}). */
  public CompareViewModel(Reader reader, DecisionEngine engine, AppExecutor executor,
      Dialogs dialogs, Supplier<I18n> i18n, Memory memory) {
    this.memory = Objects.requireNonNull(memory);
    this.reader = Objects.requireNonNull(reader);
    this.engine = Objects.requireNonNull(engine);
    this.executor = Objects.requireNonNull(executor);
    this.dialogs = Objects.requireNonNull(dialogs);
    this.i18n = Objects.requireNonNull(i18n);
    this.exports = new CompareExports(engine, executor, dialogs, i18n, this::status);
    compared.addListener((ListChangeListener<Compared>) c -> {
      if (restored) {
        memory.store(compared.stream().map(Compared::file).filter(Objects::nonNull).toList());
      }
    });
  }

  /** A line about the comparison: files left out on restoring, an export saved. */
  public ReadOnlyStringProperty statusProperty() {
    return status.getReadOnlyProperty();
  }

  /** The app's language changed: the status line is said again in it. */
  public void languageChanged() {
    status.set(statusWords.apply(i18n.get()));
  }

  private void status(java.util.function.Function<I18n, String> words) {
    statusWords = words;
    status.set(words.apply(i18n.get()));
  }

  /** True when there is something to export: two scenarios or more. */
  public BooleanBinding exportableProperty() {
    return exportable;
  }

  /**
   * Brings back the files compared last time, once (the first time Compare is shown): files no
   * longer there, or no longer readable, are left out and named in the status line. From then on,
   * every change of the comparison is remembered.
   */
  public void restore() {
    if (restored) {
      return;
    }
    List<Path> files = memory.load();
    if (files.isEmpty() || !compared.isEmpty()) {
      restored = true;
      return;
    }
    BackgroundTask.wrap(() -> RestoredSet.read(files, reader, followUps))
        .onSuccess(r -> {
          restored = true;
          for (RestoredSet.Loaded l : r.loaded()) {
            add(l.file().getFileName().toString(), l.scenario(), l.followUp(), l.file());
          }
          memory.store(compared.stream().map(Compared::file).filter(Objects::nonNull).toList());
          status(r::status);
        })
        .onFailure(e -> restored = true)
        .executeWith(executor);
  }

  /** Asks where to save, then writes the comparison as CSV (in the background). */
  public void exportCsv() {
    exports.exportCsv(compared);
  }

  /** Writes the comparison as CSV to {@code file} (in the background). */
  public void exportCsv(Path file) {
    exports.exportCsv(compared, file);
  }

  /** Asks where to save, then writes the comparison as a short PDF (in the background). */
  public void exportPdf() {
    exports.exportPdf(compared);
  }

  /** Writes the comparison as PDF to {@code file} (in the background). */
  public void exportPdf(Path file) {
    exports.exportPdf(compared, file);
  }

  /** The compared scenarios, in the order added; read-only. */
  public ObservableList<Compared> compared() {
    return readOnly;
  }

  /** True when no more scenarios fit. */
  public BooleanBinding fullProperty() {
    return full;
  }

  /** Adds the scenario being edited (unsaved changes included) under its display name. */
  public void addCurrent(String displayName, Scenario scenario) {
    add(displayName == null ? i18n.get().t("file.untitled") : displayName, scenario);
  }

  /**
   * Adds the scenario being edited with the follow-up kept beside its file ({@code file} null:
   * none), read in the background.
   */
  public void addCurrent(String displayName, Scenario scenario, Path file) {
    if (file == null) {
      addCurrent(displayName, scenario);
      return;
    }
    if (tellIfFull()) {
      return;
    }
    String title = displayName == null ? i18n.get().t("file.untitled") : displayName;
    BackgroundTask.wrap(() -> followUps.readBeside(file))
        .onSuccess(f -> add(title, scenario, f, file.toAbsolutePath().normalize()))
        .onFailure(dialogs, i18n, i18n.get().t("file.open.failed", file.getFileName()))
        .executeWith(executor);
  }

  /** Reads and adds a file in the background; a bad file is reported and changes nothing. */
  public void addFile(Path file) {
    if (tellIfFull()) {
      return;
    }
    BackgroundTask.wrap(() -> new Loaded(reader.read(file), followUps.readBeside(file)))
        .onSuccess(l -> add(file.getFileName().toString(), l.scenario(), l.followUp(),
            file.toAbsolutePath().normalize()))
        .onFailure(dialogs, i18n, i18n.get().t("file.open.failed", file.getFileName()))
        .executeWith(executor);
  }

  /** Empties the comparison. */
  public void clear() {
    compared.clear();
  }

  private record Loaded(Scenario scenario, FollowUp followUp) {}

  private void add(String title, Scenario s) {
    add(title, s, FollowUp.empty(), null);
  }

  private void add(String title, Scenario s, FollowUp f, Path file) {
    if (tellIfFull()) {
      return;
    }
    String unique = title;
    for (int n = 2; taken(unique); n++) {
      unique = title + " (" + n + ")";
    }
    Evaluation ev = engine.evaluate(s.inputs());
    FollowUpResult result = null;
    if (!f.imports().isEmpty()) {
      Alternative followed = s.decision().taken() != null ? s.decision().taken() : ev.recommended();
      result = FollowUpAnalysis.compare(s.inputs(), followed, FollowUpAnalysis.start(f.decidedOn(), f.imports()),
          f.imports(), f.costs(), f.targets());
    }
    compared.add(new Compared(unique, s, ev, result, f, file));
  }

  private boolean tellIfFull() {
    if (compared.size() >= MAX) {
      dialogs.info(i18n.get().t("compare.full.title"), i18n.get().t("compare.full", MAX));
      return true;
    }
    return false;
  }

  private boolean taken(String title) {
    return compared.stream().anyMatch(c -> c.title().equals(title));
  }
}
