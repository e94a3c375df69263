package se.socialorg.advisor.ui.wizard;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;

/**
 * Whether one wizard step's inputs are valid: the problem of each input that holds a value it
 * cannot take (keyed by the input's id, worded for the manager), the first of them, and a
 * {@code valid} flag that the wizard's Next follows. The step's view model is the only one that
 * writes it; views read it.
 */
public final class StepValidity {

  private final ObservableMap<String, String> problems =
      FXCollections.observableMap(new LinkedHashMap<>());
  private final ObservableMap<String, String> readOnly =
      FXCollections.unmodifiableObservableMap(problems);
  private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
  private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(true);
  private final List<Runnable> resets = new ArrayList<>();

  /** Each input's problem, by input id (only inputs that hold an invalid value). */
  public ObservableMap<String, String> problems() {
    return readOnly;
  }

  /** The first problem on the step, or empty when it has none. */
  public ReadOnlyStringProperty problemProperty() {
    return problem.getReadOnlyProperty();
  }

  /** Whether every input on the step holds a value it can take. */
  public ReadOnlyBooleanProperty validProperty() {
    return valid.getReadOnlyProperty();
  }

  public boolean isValid() {
    return valid.get();
  }

  /** Marks an input invalid (with the message) or valid again (message null or empty). */
  void set(String inputId, String message) {
    if (message == null || message.isEmpty()) {
      problems.remove(inputId);
    } else {
      problems.put(inputId, message);
    }
    // Valid first: listeners of the problem read the flag.
    valid.set(problems.isEmpty());
    problem.set(problems.isEmpty() ? "" : problems.values().iterator().next());
  }

  /** What an input does when the step starts again from the scenario (shows its value). */
  void onReset(Runnable reset) {
    resets.add(reset);
  }

  /**
   * A scenario was opened or started: nothing typed before blocks any more, every input shows the
   * scenario's value, and the step checks the scenario itself again.
   */
  void reset() {
    for (String id : List.copyOf(problems.keySet())) {
      set(id, null);
    }
    for (Runnable r : List.copyOf(resets)) {
      r.run();
    }
  }
}
