package se.socialorg.advisor.ui;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/** Dialogs for tests: records what was shown and answers from queues the test fills. */
public final class RecordingDialogs implements Dialogs {

  /** One dialog that was shown. */
  public record Shown(String kind, String title, String message) {}

  public final List<Shown> shown = new ArrayList<>();
  public final Deque<Path> openAnswers = new ArrayDeque<>();
  /** Answers to "open one or many files", in order; none queued means cancelled. */
  public final Deque<List<Path>> openManyAnswers = new ArrayDeque<>();
  public final Deque<Path> saveAnswers = new ArrayDeque<>();
  public final Deque<SaveChoice> saveChoices = new ArrayDeque<>();
  public boolean confirmAnswer = true;
  /** Answers to forms, in order; when none is queued the real form opens (journeys fill it). */
  public final Deque<Object> customAnswers = new ArrayDeque<>();

  @Override
  public void error(String title, String message) {
    shown.add(new Shown("error", title, message));
  }

  @Override
  public void info(String title, String message) {
    shown.add(new Shown("info", title, message));
  }

  @Override
  public boolean confirm(String title, String message) {
    shown.add(new Shown("confirm", title, message));
    return confirmAnswer;
  }

  /** Answers to {@link #choose}, as indexes; none queued means the first answer. */
  public final Deque<Integer> chooseAnswers = new ArrayDeque<>();
  /** The answers each {@link #choose} offered, in order. */
  public final List<List<String>> chooseOffered = new ArrayList<>();

  @Override
  public int choose(String title, String message, String... answers) {
    shown.add(new Shown("choose", title, message));
    chooseOffered.add(List.of(answers));
    return chooseAnswers.isEmpty() ? 0 : chooseAnswers.pop();
  }

  @Override
  public SaveChoice askSaveChanges(String scenarioName) {
    shown.add(new Shown("saveChanges", scenarioName, ""));
    return saveChoices.isEmpty() ? SaveChoice.CANCEL : saveChoices.pop();
  }

  @Override
  public Optional<Path> chooseOpen(String title, String filterName, String... extensions) {
    shown.add(new Shown("open", title, String.join(",", extensions)));
    return Optional.ofNullable(openAnswers.poll());
  }

  @Override
  public List<Path> chooseOpenMany(String title, String filterName, String... extensions) {
    shown.add(new Shown("openMany", title, String.join(",", extensions)));
    List<Path> answer = openManyAnswers.poll();
    return answer == null ? List.of() : answer;
  }

  @Override
  public Optional<Path> chooseSave(
      String title, String initialName, String filterName, String... extensions) {
    shown.add(new Shown("save", title, initialName));
    return Optional.ofNullable(saveAnswers.poll());
  }

  public Optional<Shown> last(String kind) {
    for (int i = shown.size() - 1; i >= 0; i--) {
      if (shown.get(i).kind().equals(kind)) {
        return Optional.of(shown.get(i));
      }
    }
    return Optional.empty();
  }

  @Override
  @SuppressWarnings("unchecked")
  public <R> void showCustom(javafx.scene.control.Dialog<R> dialog,
      java.util.function.Consumer<R> onResult) {
    shown.add(new Shown("custom", dialog.getTitle(), ""));
    if (!customAnswers.isEmpty()) {
      Object answer = customAnswers.pop();
      if (answer != null) {
        onResult.accept((R) answer);
      }
      return;
    }
    Dialogs.super.showCustom(dialog, onResult);
  }
}
