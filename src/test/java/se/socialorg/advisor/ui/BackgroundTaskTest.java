package se.socialorg.advisor.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.socialorg.advisor.i18n.I18n;
import se.socialorg.advisor.store.report.ReportException;

/** The one background-task helper: progress, cancel and its one failure path, without a toolkit. */
class BackgroundTaskTest {

  private final AppExecutor executor = AppExecutor.sameThread();
  private final RecordingDialogs dialogs = new RecordingDialogs();
  private final I18n en = I18n.forLanguage("en");
  private final List<LogRecord> logged = new ArrayList<>();
  private final Logger logger = Logger.getLogger(BackgroundTask.class.getName());
  private final Handler handler = new Handler() {
    @Override
    public void publish(LogRecord r) {
      logged.add(r);
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  };

  @BeforeEach
  void listen() {
    logger.addHandler(handler);
  }

  @AfterEach
  void stopListening() {
    logger.removeHandler(handler);
  }

  @Test
  void isRunningWithIndeterminateProgressBeforeTheWorkStarts() {
    AtomicReference<BackgroundTask<String>> self = new AtomicReference<>();
    List<Object> seen = new ArrayList<>();
    BackgroundTask<String> task = BackgroundTask.withProgress(p -> {
      seen.add(self.get().runningProperty().get());
      seen.add(self.get().progressProperty().get());
      return "done";
    });
    self.set(task);
    task.executeWith(executor);
    assertThat(seen).containsExactly(true, BackgroundTask.INDETERMINATE);
  }

  @Test
  void reportsTheWorksStepsThenOneWhenDone() {
    List<Double> progress = new ArrayList<>();
    BackgroundTask<String> task = BackgroundTask.withProgress(p -> {
      for (int i = 1; i <= 4; i++) {
        p.step(i, 4);
      }
      return "done";
    });
    task.progressProperty().addListener((o, was, now) -> progress.add(now.doubleValue()));
    task.executeWith(executor);
    assertThat(progress).containsExactly(0.25, 0.5, 0.75, 1.0);
    assertThat(task.runningProperty().get()).isFalse();
    assertThat(task.state()).isEqualTo(BackgroundTask.State.SUCCEEDED);
  }

  @Test
  void workThatCannotTellHowFarItIsShowsIndeterminateProgress() {
    List<Double> progress = new ArrayList<>();
    BackgroundTask<String> task = BackgroundTask.withProgress(p -> {
      p.step(1, 2);
      progress.add(null);
      p.indeterminate();
      return "done";
    });
    task.progressProperty().addListener((o, was, now) -> progress.add(now.doubleValue()));
    task.executeWith(executor);
    assertThat(progress).containsExactly(0.5, null, BackgroundTask.INDETERMINATE, 1.0);
  }

  @Test
  void cancelStopsTheWorkAndRunsOnlyTheCancelCallback() {
    AtomicReference<BackgroundTask<Integer>> self = new AtomicReference<>();
    List<String> calls = new ArrayList<>();
    BackgroundTask<Integer> task = BackgroundTask.withProgress(p -> {
      int steps = 0;
      while (!p.cancelled() && steps < 10) {
        steps++;
        if (steps == 3) {
          self.get().cancel();
        }
      }
      calls.add("work stopped after " + steps);
      return steps;
    });
    self.set(task);
    task.onSuccess(v -> calls.add("success"))
        .onFailure(e -> calls.add("failure"))
        .onCancelled(() -> calls.add("cancelled"));
    task.executeWith(executor);
    assertThat(calls).containsExactly("cancelled", "work stopped after 3");
    assertThat(task.state()).isEqualTo(BackgroundTask.State.CANCELLED);
    assertThat(task.value()).isNull();
    assertThat(task.completion()).isCancelled();
    assertThat(logged).isEmpty();
  }

  @Test
  void cancelAfterTheEndChangesNothing() {
    BackgroundTask<String> task = BackgroundTask.wrap(() -> "done").executeWith(executor);
    assertThat(task.cancel()).isFalse();
    assertThat(task.state()).isEqualTo(BackgroundTask.State.SUCCEEDED);
    assertThat(task.value()).isEqualTo("done");
  }

  @Test
  void aFailureIsLoggedOnceThenShownAsATranslatedMessage() {
    IllegalStateException boom = new IllegalStateException("disk went away");
    BackgroundTask<String> task = BackgroundTask.<String>wrap(() -> {
      throw boom;
    }).onFailure(dialogs, () -> en, "Could not export");
    task.executeWith(executor);
    assertThat(logged).hasSize(1);
    assertThat(logged.get(0).getThrown()).isSameAs(boom);
    assertThat(dialogs.shown).containsExactly(new RecordingDialogs.Shown("error",
        "Could not export", en.t("error.unexpected.message", "disk went away")));
    assertThat(task.state()).isEqualTo(BackgroundTask.State.FAILED);
    assertThat(task.runningProperty().get()).isFalse();
  }

  @Test
  void aReportThatCannotBeWrittenIsToldInItsOwnWords() {
    Path file = Path.of("missing", "board.pdf");
    ReportException e = new ReportException(ReportException.FOLDER_MISSING, file, null);
    assertThat(BackgroundTask.message(I18n.forLanguage("sv"), e))
        .isEqualTo(I18n.forLanguage("sv").t("report.error.folderMissing", file.toString()));
  }

  @Test
  void aTaskRunsOnlyOnce() {
    BackgroundTask<String> task = BackgroundTask.wrap(() -> "done").executeWith(executor);
    assertThatThrownBy(() -> task.executeWith(executor)).isInstanceOf(IllegalStateException.class);
  }
}
