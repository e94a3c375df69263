package se.socialorg.advisor.ui.library;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import se.socialorg.advisor.i18n.I18n;
import se.socialorg.advisor.store.survey.AnswerMapping;
import se.socialorg.advisor.store.survey.DetectedFormat;
import se.socialorg.advisor.store.survey.ImportError;
import se.socialorg.advisor.store.survey.ImportPreview;
import se.socialorg.advisor.store.survey.ImportResult;
import se.socialorg.advisor.store.survey.ProgressListener;
import se.socialorg.advisor.store.survey.SurveyField;
import se.socialorg.advisor.ui.AppExecutor;
import se.socialorg.advisor.ui.BackgroundTask;
import se.socialorg.advisor.ui.Dialogs;

/**
 * The survey import's state and commands: the chosen file, its detected format and first rows,
 * the column chosen for each answer, the survey's name, answer words the import did not
 * understand with what the manager says they mean, and the import itself in the background with
 * progress and cancel. Nothing is stored unless the file is clean or the manager chooses to skip
 * bad rows ({@link #importSkippingBadRows()}); a cancelled import stores nothing. Problems are
 * listed as {@code row N, column 'Header': reason}. No controls: {@link ImportSurveyDialog} binds
 * to it.
 */
public final class ImportSurveyViewModel {

  private final I18n t;
  private final Dialogs dialogs;
  private final AppExecutor executor;
  private final ImportSurveys surveys;
  private final Executor fx;
  private final AnswerWordsViewModel answerWords = new AnswerWordsViewModel();
  private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyStringWrapper name = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper format = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper remembered = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper personal = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper ambiguous = new ReadOnlyStringWrapper("");
  private final ReadOnlyObjectWrapper<List<String>> headers =
      new ReadOnlyObjectWrapper<>(List.of());
  private final ReadOnlyObjectWrapper<List<List<String>>> rows =
      new ReadOnlyObjectWrapper<>(List.of());
  private final ReadOnlyBooleanWrapper previewRead = new ReadOnlyBooleanWrapper();
  private final ReadOnlyBooleanWrapper readable = new ReadOnlyBooleanWrapper();
  private final Map<SurveyField, ReadOnlyObjectWrapper<String>> mapping =
      new EnumMap<>(SurveyField.class);
  private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
  private final ReadOnlyObjectWrapper<List<String>> errors =
      new ReadOnlyObjectWrapper<>(List.of());
  private final ReadOnlyBooleanWrapper skipOffered = new ReadOnlyBooleanWrapper();
  private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
  private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper();
  private final ReadOnlyObjectWrapper<Long> imported = new ReadOnlyObjectWrapper<>();
  private final BooleanBinding canImport;
  private final AtomicBoolean progressPending = new AtomicBoolean();
  private volatile double latestProgress;
  private AtomicBoolean cancelRequested;

  /** {@code fx} runs progress reports on the FX thread ({@code Platform::runLater}). */
  public ImportSurveyViewModel(I18n t, Dialogs dialogs, AppExecutor executor, ImportSurveys surveys,
      Executor fx) {
    this.t = Objects.requireNonNull(t);
    this.dialogs = Objects.requireNonNull(dialogs);
    this.executor = Objects.requireNonNull(executor);
    this.surveys = Objects.requireNonNull(surveys);
    this.fx = Objects.requireNonNull(fx);
    for (SurveyField f : SurveyField.values()) {
      mapping.put(f, new ReadOnlyObjectWrapper<>(""));
    }
    canImport = Bindings.createBooleanBinding(() -> readable.get() && !busy.get(), readable, busy);
  }

  /** The survey file. */
  public ReadOnlyObjectProperty<Path> fileProperty() {
    return file.getReadOnlyProperty();
  }

  /** The survey's name in the library (the file's name without its extension at first). */
  public ReadOnlyStringProperty nameProperty() {
    return name.getReadOnlyProperty();
  }

  /** The detected delimiter and character set, in words; empty for a workbook. */
  public ReadOnlyStringProperty formatProperty() {
    return format.getReadOnlyProperty();
  }

  /** Says the column match was remembered from an earlier import of the same headers. */
  public ReadOnlyStringProperty rememberedProperty() {
    return remembered.getReadOnlyProperty();
  }

  /** Names the personal and metadata columns that are never imported. */
  public ReadOnlyStringProperty personalProperty() {
    return personal.getReadOnlyProperty();
  }

  /** Points out columns that could mean the same answer, one line per answer. */
  public ReadOnlyStringProperty ambiguousProperty() {
    return ambiguous.getReadOnlyProperty();
  }

  /** The file's column headers. */
  public ReadOnlyObjectProperty<List<String>> headersProperty() {
    return headers.getReadOnlyProperty();
  }

  /** The first rows of the file, as written. */
  public ReadOnlyObjectProperty<List<List<String>>> rowsProperty() {
    return rows.getReadOnlyProperty();
  }

  /** True once the preview has been read (successfully or not). */
  public ReadOnlyBooleanProperty previewReadProperty() {
    return previewRead.getReadOnlyProperty();
  }

  /** The header chosen for {@code field}; empty when the field is not imported. */
  public ReadOnlyObjectProperty<String> mappingProperty(SurveyField field) {
    return mapping.get(field).getReadOnlyProperty();
  }

  /** What a field can be matched to: nothing (empty), then every header. */
  public List<String> mappingChoices() {
    List<String> choices = new ArrayList<>();
    choices.add("");
    choices.addAll(headers.get());
    return Collections.unmodifiableList(choices);
  }

  /** One line on where the import stands: reading, ready, running, rejected, cancelled. */
  public ReadOnlyStringProperty statusProperty() {
    return status.getReadOnlyProperty();
  }

  /** The problems found, in the manager's words, each saying row and column. */
  public ReadOnlyObjectProperty<List<String>> errorsProperty() {
    return errors.getReadOnlyProperty();
  }

  /** True when only some rows are bad, so the good ones can be stored without them. */
  public ReadOnlyBooleanProperty skipOfferedProperty() {
    return skipOffered.getReadOnlyProperty();
  }

  /** True while the preview is read or the import runs. */
  public ReadOnlyBooleanProperty busyProperty() {
    return busy.getReadOnlyProperty();
  }

  /** The running import's progress, 0 to 1. */
  public ReadOnlyDoubleProperty progressProperty() {
    return progress.getReadOnlyProperty();
  }

  /** True when the file was read and nothing runs: Import is enabled. */
  public BooleanBinding canImportProperty() {
    return canImport;
  }

  /** The stored survey's id once the import has stored it; the window then closes. */
  public ReadOnlyObjectProperty<Long> importedProperty() {
    return imported.getReadOnlyProperty();
  }

  /** The answer words not understood and their meanings. */
  public AnswerWordsViewModel answerWords() {
    return answerWords;
  }

  /** Asks for a survey file; when one is chosen, reads its preview. */
  public boolean chooseFile() {
    Optional<Path> chosen = dialogs.chooseOpen(t.t("libui.import.choose"),
        t.t("libui.import.surveyFilter"), "*.xlsx", "*.xls", "*.csv", "*.txt");
    chosen.ifPresent(this::open);
    return chosen.isPresent();
  }

  /** Takes {@code chosen} as the survey file, names the survey after it, and reads its preview. */
  public void open(Path chosen) {
    file.set(Objects.requireNonNull(chosen));
    name.set(baseName(chosen));
    preview();
  }

  /** Reads the file's format, headers and first rows in the background. */
  public void preview() {
    Path f = file.get();
    if (f == null || busy.get()) {
      return;
    }
    previewRead.set(false);
    readable.set(false);
    status.set(t.t("libui.import.reading"));
    busy.set(true);
    BackgroundTask.wrap(() -> surveys.preview(f))
        .onSuccess(this::showPreview)
        .onFailure(this::failed)
        .executeWith(executor);
  }

  /** Matches {@code field} to the column {@code header}; empty or null leaves the field out. */
  public void mapField(SurveyField field, String header) {
    String h = header == null ? "" : header;
    if (!h.isEmpty() && !headers.get().contains(h)) {
      throw new IllegalArgumentException("No column " + h);
    }
    mapping.get(field).set(h);
  }

  /** The manager says the unknown answer word {@code word} means {@code meaning}. */
  public void mapAnswerWord(AnswerWordsViewModel.Word word, String meaning) {
    answerWords.mean(word, meaning);
  }

  /** Names the survey (blank: the file's name is used). */
  public void setName(String surveyName) {
    name.set(surveyName == null ? "" : surveyName);
  }

  /** Imports all or nothing: any bad value stores nothing and lists the problems. */
  public void importSurvey() {
    runImport(false);
  }

  /** Imports the good rows and leaves out the rows with bad values. */
  public void importSkippingBadRows() {
    runImport(true);
  }

  /** Cancels a running import (nothing is stored); false when none runs (the window closes). */
  public boolean cancelImport() {
    AtomicBoolean cancel = cancelRequested;
    if (cancel == null) {
      return false;
    }
    cancel.set(true);
    return true;
  }

  private void runImport(boolean skipBadRows) {
    if (!canImport.get()) {
      return;
    }
    Path f = file.get();
    Map<SurveyField, String> chosen = new EnumMap<>(SurveyField.class);
    mapping.forEach((field, header) -> {
      if (!header.get().isEmpty()) {
        chosen.put(field, header.get());
      }
    });
    String surveyName = name.get();
    AnswerMapping words = answerWords.mapping();
    AtomicBoolean cancel = new AtomicBoolean();
    cancelRequested = cancel;
    progress.set(0);
    latestProgress = 0;
    status.set(t.t("libui.import.running"));
    errors.set(List.of());
    skipOffered.set(false);
    busy.set(true);
    ProgressListener listener = new ProgressListener() {
      @Override
      public void progress(long done, long total) {
        latestProgress = (double) done / Math.max(1, total);
        if (progressPending.compareAndSet(false, true)) {
          fx.execute(() -> {
            progressPending.set(false);
            progress.set(latestProgress);
          });
        }
      }

      @Override
      public boolean isCancelled() {
        return cancel.get();
      }
    };
    BackgroundTask.wrap(() -> surveys.importSurvey(f, surveyName, chosen, words, skipBadRows,
            listener))
        .onSuccess(this::finished)
        .onFailure(this::failed)
        .executeWith(executor);
  }

  private void showPreview(ImportPreview p) {
    busy.set(false);
    format.set(p.format() == null ? "" : describe(p.format()));
    remembered.set(p.remembered() ? t.t("libui.import.remembered") : "");
    personal.set(p.metadataColumns().isEmpty() ? ""
        : t.t("libui.import.personal", String.join(", ", p.metadataColumns())));
    List<String> ambiguities = new ArrayList<>();
    p.ambiguous().forEach((f, hs) -> ambiguities.add(
        t.t("libui.import.ambiguous", t.t(f.messageKey()), String.join(" / ", hs))));
    ambiguous.set(String.join("\n", ambiguities));
    headers.set(p.headers());
    rows.set(List.copyOf(p.rows()));
    for (SurveyField f : SurveyField.values()) {
      mapping.get(f).set(p.suggestedMapping().getOrDefault(f, ""));
    }
    previewRead.set(true);
    if (!p.problems().isEmpty()) {
      showErrors(p.problems(), 0);
      status.set(t.t("libui.import.cannotRead"));
      readable.set(false);
    } else {
      errors.set(List.of());
      status.set(t.t("libui.import.ready"));
      readable.set(true);
    }
  }

  private void finished(ImportResult r) {
    idle();
    switch (r.status()) {
      case STORED -> {
        status.set("");
        imported.set(r.surveyId().orElseThrow());
      }
      case CANCELLED -> status.set(t.t("libui.import.cancelled"));
      case REJECTED -> {
        answerWords.showUnknown(r.unknownAnswers());
        showErrors(r.errors(), r.moreErrors());
        status.set(t.t("libui.import.rejected", r.totalErrors(), r.badRows()));
        skipOffered.set(r.badRows() > 0
            && r.errors().stream().allMatch(err -> err.column() > 0));
      }
      default -> throw new IllegalStateException(r.status().name());
    }
  }

  private void failed(Throwable error) {
    idle();
    previewRead.set(true);
    status.set(t.t("libui.import.failed"));
  }

  private void idle() {
    cancelRequested = null;
    busy.set(false);
    progress.set(0);
  }

  private void showErrors(List<ImportError> list, int more) {
    List<String> lines = new ArrayList<>();
    for (ImportError e : list) {
      lines.add(e.format(t));
    }
    if (more > 0) {
      lines.add(t.t("libui.import.moreErrors", more));
    }
    errors.set(List.copyOf(lines));
  }

  private String describe(DetectedFormat f) {
    String delimiter = switch (f.delimiter()) {
      case ';' -> t.t("libui.import.delimiter.semicolon");
      case '\t' -> t.t("libui.import.delimiter.tab");
      default -> t.t("libui.import.delimiter.comma");
    };
    String charset = f.charset().equals(StandardCharsets.UTF_8)
        ? (f.bom() ? t.t("libui.import.charset.utf8bom") : "UTF-8")
        : f.charset().name();
    return t.t("libui.import.format", delimiter, charset);
  }

  private static String baseName(Path file) {
    String n = file.getFileName().toString();
    int dot = n.lastIndexOf('.');
    return dot > 0 ? n.substring(0, dot) : n;
  }
}
