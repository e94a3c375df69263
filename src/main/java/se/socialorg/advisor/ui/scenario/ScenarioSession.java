package se.socialorg.advisor.ui.scenario;

import java.nio.file.Path;
import java.util.Objects;
import java.util.function.UnaryOperator;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import se.socialorg.advisor.store.scenario.ScenarioFileNames;
import se.socialorg.advisor.model.Scenario;

/**
 * The scenario being worked on: its content, its file (null until saved) and whether it has
 * unsaved changes. Screens edit it through {@link #edit}; nothing here touches a control.
 */
public final class ScenarioSession {

  private final ObjectProperty<Scenario> scenario = new SimpleObjectProperty<>(Scenario.blank());
  private final ObjectProperty<Path> file = new SimpleObjectProperty<>();
  private final BooleanProperty dirty = new SimpleBooleanProperty();
  private boolean lastChangeWasEdit;

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

  /** Applies a change; marks the session dirty when the scenario really changed. */
  public void edit(UnaryOperator<Scenario> change) {
    Scenario next = Objects.requireNonNull(change.apply(scenario.get()));
    if (!next.equals(scenario.get())) {
      lastChangeWasEdit = true;
      // dirty first: listeners of the scenario (autosave) see the edit as unsaved, the first too
      dirty.set(true);
      scenario.set(next);
    }
  }

  /** Replaces the whole session, e.g. after New or Open. */
  public void replace(Scenario s, Path f, boolean unsaved) {
    lastChangeWasEdit = false;
    scenario.set(Objects.requireNonNull(s));
    file.set(f);
    dirty.set(unsaved);
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
    file.set(f);
    dirty.set(!saved.equals(scenario.get()));
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
