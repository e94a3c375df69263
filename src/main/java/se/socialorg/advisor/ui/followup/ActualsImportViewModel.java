package se.socialorg.advisor.ui.followup;

import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import se.socialorg.advisor.i18n.I18n;
import se.socialorg.advisor.model.ActualsImport;
import se.socialorg.advisor.model.ActualsSource;
import se.socialorg.advisor.model.FollowUp;
import se.socialorg.advisor.store.followup.ActualsFileException;
import se.socialorg.advisor.store.followup.ActualsPreview;
import se.socialorg.advisor.store.followup.ActualsReadResult;
import se.socialorg.advisor.store.followup.ActualsReader;
import se.socialorg.advisor.store.followup.PlatformField;
import se.socialorg.advisor.store.survey.ImportError;
import se.socialorg.advisor.ui.AppExecutor;
import se.socialorg.advisor.ui.BackgroundTask;
import se.socialorg.advisor.ui.scenario.ScenarioSession;

/**
 * The follow-up's actuals import: a file's preview, the column mapping of a platform report, the
 * all-or-nothing import with its problems by row, and the choice to replace an overlapping import.
 * The follow-up record itself stays with {@link FollowUpViewModel}, which hands in how to read it,
 * change it and tell the manager.
 */
public final class ActualsImportViewModel {

  private final ScenarioSession session;
  private final AppExecutor executor;
  private final Supplier<I18n> i18n;
  private final Clock clock;
  private final Supplier<FollowUp> followUp;
  private final Predicate<FollowUp> change;
  private final Consumer<String> problem;
  private final Consumer<String> message;
  private final ReadOnlyObjectWrapper<ActualsPreview> preview = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyBooleanWrapper overlapPending = new ReadOnlyBooleanWrapper();
  private final ObservableList<String> importErrors = FXCollections.observableArrayList();
  private Path previewFile;

  ActualsImportViewModel(ScenarioSession session, AppExecutor executor, Supplier<I18n> i18n,
      Clock clock, Supplier<FollowUp> followUp, Predicate<FollowUp> change,
      Consumer<String> problem, Consumer<String> message) {
    this.session = session;
    this.executor = executor;
    this.i18n = i18n;
    this.clock = clock;
    this.followUp = followUp;
    this.change = change;
    this.problem = problem;
    this.message = message;
  }

  /** The file waiting to be imported, or null. */
  public ReadOnlyObjectProperty<ActualsPreview> previewProperty() {
    return preview.getReadOnlyProperty();
  }

  /** True when the file in preview overlaps an earlier import: replace it or cancel. */
  public ReadOnlyBooleanProperty overlapPendingProperty() {
    return overlapPending.getReadOnlyProperty();
  }

  /** The rejected file's problems, one per line. */
  public ObservableList<String> importErrors() {
    return FXCollections.unmodifiableObservableList(importErrors);
  }

  /** Reads a file's header and first rows in the background for the preview. */
  public void previewImport(Path file) {
    importErrors.clear();
    problem.accept("");
    overlapPending.set(false);
    BackgroundTask.wrap(() -> ActualsReader.preview(file))
        .onSuccess(p -> {
          previewFile = file;
          preview.set(p);
        })
        .onFailure(e -> {
          preview.set(null);
          problem.accept(describe(file, e));
        })
        .executeWith(executor);
  }

  /**
   * Imports the file in preview, all or nothing. An import sharing days with an earlier one of
   * the same kind is refused unless {@code replace}, which removes the earlier one first.
   */
  public void confirmImport(boolean replace) {
    ActualsPreview p = preview.get();
    Path file = previewFile;
    if (p == null || file == null) {
      return;
    }
    double visibility = session.scenario().inputs().projection().organicVisibility();
    BackgroundTask.wrap(() -> ActualsReader.read(file, p.mapping().isEmpty() ? null : p.mapping(), visibility, clock.instant()))
        .onSuccess(r -> imported(r, replace))
        .onFailure(e -> problem.accept(describe(file, e)))
        .executeWith(executor);
  }

  /**
   * Maps a platform report's column to a field ({@code column} -1: none), for headers the
   * automatic mapping did not understand; the preview shows what will be read.
   */
  public void mapColumn(PlatformField field, int column) {
    ActualsPreview p = preview.get();
    if (p == null || p.source() != ActualsSource.ADVOCACY_PLATFORM) {
      return;
    }
    Map<PlatformField, Integer> mapping = new EnumMap<>(PlatformField.class);
    mapping.putAll(p.mapping());
    if (column < 0 || column >= p.headers().size()) {
      mapping.remove(field);
    } else {
      mapping.put(field, column);
    }
    preview.set(new ActualsPreview(p.source(), p.fileName(), p.headers(), mapping, p.sample(), p.rows()));
  }

  /** Leaves the preview without importing. */
  public void cancelImport() {
    preview.set(null);
    previewFile = null;
    overlapPending.set(false);
  }

  private void imported(ActualsReadResult r, boolean replace) {
    if (!r.ok()) {
      for (ImportError e : r.errors()) {
        importErrors.add(e.format(i18n.get()));
      }
      if (r.moreErrors() > 0) {
        importErrors.add(i18n.get().t("followup.moreErrors", r.moreErrors()));
      }
      problem.accept(i18n.get().t("followup.rejected", r.errors().size() + r.moreErrors()));
      return;
    }
    try {
      FollowUp next = followUp.get().withImport(r.imported(), replace);
      if (change.test(next)) {
        message.accept(i18n.get().t("followup.imported", r.imported().fileName(), r.imported().from().toString(), r.imported().to().toString()));
        cancelImport();
      }
    } catch (FollowUp.OverlapException e) {
      ActualsImport first = e.existing().get(0);
      overlapPending.set(true);
      problem.accept(i18n.get().t("followup.overlap", first.fileName(), first.from().toString(), first.to().toString()));
    }
  }

  private String describe(Path file, Throwable e) {
    if (e instanceof ActualsFileException a) {
      return i18n.get().t("followup.cannotImport", file.getFileName().toString(), a.message(i18n.get()));
    }
    return BackgroundTask.message(i18n.get(), e);
  }
}
