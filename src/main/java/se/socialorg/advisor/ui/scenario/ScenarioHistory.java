package se.socialorg.advisor.ui.scenario;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import se.socialorg.advisor.model.Scenario;

/**
 * The undo and redo history of one scenario, free of any toolkit: each step keeps the scenario
 * before and after a change and what the change was. Rapid changes of the same thing (typing
 * "1500", dragging a slider) make one step; the oldest steps go beyond {@link #limit}.
 */
final class ScenarioHistory {

  /** One undoable change. */
  record Step(Scenario before, Scenario after, String changeKey, String identity,
      long atMillis) {}

  private final Deque<Step> undo = new ArrayDeque<>();
  private final Deque<Step> redo = new ArrayDeque<>();
  private final int limit;
  private final long coalesceMillis;
  /** True when the next change must start a step of its own (after undo, redo or save). */
  private boolean boundary;

  ScenarioHistory(int limit, long coalesceMillis) {
    this.limit = limit;
    this.coalesceMillis = coalesceMillis;
  }

  int limit() {
    return limit;
  }

  /** Records a change; a new change makes the redo history go. */
  void record(Scenario before, Scenario after, ScenarioChange.Change change, long nowMillis) {
    redo.clear();
    Step top = undo.peekFirst();
    if (top != null && !boundary && !change.identity().isEmpty()
        && change.identity().equals(top.identity())
        && nowMillis - top.atMillis() <= coalesceMillis) {
      undo.pollFirst();
      if (!ScenarioChange.sameContent(top.before(), after)) {
        undo.push(new Step(top.before(), after, change.key(), change.identity(), nowMillis));
      }
    } else {
      undo.push(new Step(before, after, change.key(), change.identity(), nowMillis));
      while (undo.size() > limit) {
        undo.pollLast();
      }
    }
    boundary = false;
  }

  /** The latest step ends in {@code after} instead (bookkeeping that follows from it). */
  void amend(Scenario after) {
    Step top = undo.pollFirst();
    if (top != null) {
      undo.push(new Step(top.before(), after, top.changeKey(), top.identity(), top.atMillis()));
    }
  }

  /** The step to take back, moved to the redo history; empty when there is none. */
  Optional<Step> undo() {
    Step s = undo.pollFirst();
    if (s != null) {
      redo.push(s);
    }
    boundary = true;
    return Optional.ofNullable(s);
  }

  /** The step to take again, moved back to the undo history; empty when there is none. */
  Optional<Step> redo() {
    Step s = redo.pollFirst();
    if (s != null) {
      undo.push(s);
    }
    boundary = true;
    return Optional.ofNullable(s);
  }

  /** The next change starts a step of its own (e.g. after a save). */
  void closeStep() {
    boundary = true;
  }

  void clear() {
    undo.clear();
    redo.clear();
    boundary = false;
  }

  int undoSize() {
    return undo.size();
  }

  Optional<Step> nextUndo() {
    return Optional.ofNullable(undo.peekFirst());
  }

  Optional<Step> nextRedo() {
    return Optional.ofNullable(redo.peekFirst());
  }
}
