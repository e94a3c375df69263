package se.socialorg.advisor.ui.scenario;

import java.nio.file.Path;
import java.util.Objects;
import java.util.function.LongSupplier;
import java.util.function.UnaryOperator;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import se.socialorg.advisor.store.scenario.ScenarioFileNames;
import se.socialorg.advisor.model.Scenario;

/**
 * The scenario being worked on: its content, its file (null until saved), whether it has
 * unsaved changes, and the history of its edits for Edit &gt; Undo and Redo (ADR 0025). Screens
 * edit it through {@link #edit}; nothing here touches a control. The wizard's position is kept
 * with the scenario but is not content: moving between steps is neither unsaved nor undoable.
 */
public final class ScenarioSession {

  /** Undo steps kept; older ones go. */
  public static final int HISTORY_LIMIT = 100;

  /** Changes of the same thing closer together than this make one undo step. */
  public static final long COALESCE_MILLIS = 1500;

  private final ObjectProperty<Scenario> scenario = new SimpleObjectProperty<>(Scenario.blank());
  private final ObjectProperty<Path> file = new SimpleObjectProperty<>();
  private final BooleanProperty dirty = new SimpleBooleanProperty();
  private final BooleanProperty open = new SimpleBooleanProperty();
  private final ReadOnlyBooleanWrapper hasScenario = new ReadOnlyBooleanWrapper();
  private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper();
  private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper();
  private final ReadOnlyStringWrapper undoChange = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper redoChange = new ReadOnlyStringWrapper("");
  private final ScenarioHistory history = new ScenarioHistory(HISTORY_LIMIT, COALESCE_MILLIS);
  private final LongSupplier clock;
  /** The content as last saved or opened; null when unknown (a recovered autosave). */
  private Scenario savedContent = ScenarioChange.content(Scenario.blank());
  private boolean lastChangeWasEdit;
  /** True when the latest change was an edit of the user's own (not open, undo or redo). */
  private boolean amendable;

  public ScenarioSession() {
    this(System::currentTimeMillis);
  }

  /** @param clock milliseconds, for telling rapid edits of one field apart from later ones */
  public ScenarioSession(LongSupplier clock) {
    this.clock = clock;
    // A listener, not open.or(dirty): that would load javafx.beans.binding.Bindings and its ~90
    // classes on the way to the first frame (issue 21).
    javafx.beans.InvalidationListener update = o -> hasScenario.set(open.get() || dirty.get());
    open.addListener(update);
    dirty.addListener(update);
  }

  public ReadOnlyObjectProperty<Scenario> scenarioProperty() {
    return scenario;
  }

  public Scenario scenario() {
    return scenario.get();
  }

  public ReadOnlyObjectProperty<Path> fileProperty() {
    return file;
  }

  public Path file() {
    return file.get();
  }

  public ReadOnlyBooleanProperty dirtyProperty() {
    return dirty;
  }

  public boolean isDirty() {
    return dirty.get();
  }

  /**
   * Whether a scenario is open (new, opened, a sample, recovered, or the wizard shown) or has
   * unsaved changes: Save and Export need one.
   */
  public ReadOnlyBooleanProperty hasScenarioProperty() {
    return hasScenario.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty canUndoProperty() {
    return canUndo.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty canRedoProperty() {
    return canRedo.getReadOnlyProperty();
  }

  /** The bundle key naming what Undo would take back ("field.EMPLOYEES"), empty when unnamed. */
  public ReadOnlyStringProperty undoChangeProperty() {
    return undoChange.getReadOnlyProperty();
  }

  /** The bundle key naming what Redo would take again, empty when unnamed. */
  public ReadOnlyStringProperty redoChangeProperty() {
    return redoChange.getReadOnlyProperty();
  }

  /**
   * Applies a change; marks the session dirty when the scenario's content really changed and
   * records it for Undo. A change of the wizard's position only is kept, but neither.
   */
  public void edit(UnaryOperator<Scenario> change) {
    Scenario now = scenario.get();
    Scenario next = Objects.requireNonNull(change.apply(now));
    if (next.equals(now)) {
      return;
    }
    if (ScenarioChange.sameContent(now, next)) {
      scenario.set(next);
      return;
    }
    history.record(now, next, ScenarioChange.of(now, next), clock.getAsLong());
    show(next);
    amendable = true;
  }

  /**
   * Bookkeeping that follows from the latest edit (e.g. which trust figures are the manager's
   * own): folded into that edit's undo step. After an open, undo or redo it does nothing, so
   * looking at a scenario never changes it and a restored state stays as it was.
   */
  public void amend(UnaryOperator<Scenario> change) {
    Scenario now = scenario.get();
    Scenario next = Objects.requireNonNull(change.apply(now));
    if (!amendable || next.equals(now)) {
      return;
    }
    history.amend(next);
    show(next);
  }

  /** Takes back the latest change (the wizard stays at its step); false when there is none. */
  public boolean undo() {
    amendable = false;
    return history.undo().map(step -> {
      show(step.before().withWizardStep(scenario.get().wizardStep()));
      return true;
    }).orElse(false);
  }

  /** Takes the latest undone change again; false when there is none. */
  public boolean redo() {
    amendable = false;
    return history.redo().map(step -> {
      show(step.after().withWizardStep(scenario.get().wizardStep()));
      return true;
    }).orElse(false);
  }

  private void show(Scenario next) {
    lastChangeWasEdit = true;
    // dirty first: listeners of the scenario (autosave) see the edit as unsaved, the first too
    dirty.set(savedContent == null || !savedContent.equals(ScenarioChange.content(next)));
    scenario.set(next);
    updateHistory();
  }

  private void updateHistory() {
    canUndo.set(history.nextUndo().isPresent());
    canRedo.set(history.nextRedo().isPresent());
    // An unnamed change (null key) reads as plain "Undo": map gives empty for null.
    undoChange.set(history.nextUndo().map(ScenarioHistory.Step::changeKey).orElse(""));
    redoChange.set(history.nextRedo().map(ScenarioHistory.Step::changeKey).orElse(""));
  }

  /** Replaces the whole session, e.g. after New or Open; the undo history starts again. */
  public void replace(Scenario s, Path f, boolean unsaved) {
    lastChangeWasEdit = false;
    amendable = false;
    history.clear();
    savedContent = unsaved ? null : ScenarioChange.content(s);
    open.set(true);
    scenario.set(Objects.requireNonNull(s));
    file.set(f);
    dirty.set(unsaved);
    updateHistory();
  }

  /** Closes the scenario: a blank one stands in, and Save and Export have nothing to work on. */
  public void close() {
    replace(Scenario.blank(), null, false);
    open.set(false);
  }

  /** The wizard is shown: its scenario (even a blank one) is now being worked on. */
  public void markOpen() {
    open.set(true);
  }

  /**
   * Whether the latest change of the scenario was the user's edit ({@link #edit}) rather than a
   * New, Open or recovery ({@link #replace}); listeners of the scenario ask it.
   */
  public boolean lastChangeWasEdit() {
    return lastChangeWasEdit;
  }

  /** Records a successful save of {@code saved} to {@code f}. */
  public void markSaved(Scenario saved, Path f) {
    savedContent = ScenarioChange.content(saved);
    history.closeStep();
    file.set(f);
    dirty.set(!ScenarioChange.sameContent(saved, scenario.get()));
  }

  /**
   * The name to show: the case's name ("Organisation – Scenario") when it has one, else the file
   * name without extension, else null.
   */
  public String displayName(String extension) {
    String named = ScenarioFileNames.caseName(scenario.get());
    if (!named.isBlank()) {
      return named;
    }
    Path f = file.get();
    if (f != null) {
      String n = f.getFileName().toString();
      return n.endsWith(extension) ? n.substring(0, n.length() - extension.length()) : n;
    }
    return null;
  }
}
