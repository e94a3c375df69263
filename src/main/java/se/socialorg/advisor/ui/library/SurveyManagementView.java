package se.socialorg.advisor.ui.library;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import se.socialorg.advisor.i18n.I18n;
import se.socialorg.advisor.model.SampleSize;
import se.socialorg.advisor.model.SurveySummary;
import se.socialorg.advisor.present.LibraryCharts;
import se.socialorg.advisor.store.survey.SurveyInfo;
import se.socialorg.advisor.store.survey.SurveyUsage;
import se.socialorg.advisor.ui.AppPreferences;
import se.socialorg.advisor.ui.ScreenHost;
import se.socialorg.advisor.ui.library.LibraryViewModel.Entry;
import se.socialorg.advisor.ui.library.LibraryViewModel.Kind;

/**
 * The survey's own part of the data library: its margin of error, its name (rename), delete, and
 * the scenarios that use it. State and the rename rule are in {@link SurveyManagerViewModel}.
 */
final class SurveyManagementView {

  private final ScreenHost host;
  private final LibraryViewModel vm;
  private final SurveyManagerViewModel manager;
  private final I18n t;
  private final LibraryCharts pictures;
  private final Label surveyMargin;
  private final TextField surveyNameField;
  private final Button renameSurveyButton;
  private final Label surveyUsedBy;
  private final Consumer<String> reloadAt;

  /** {@code reloadAt} reads the dataset list again and selects the entry with the given key. */
  SurveyManagementView(ScreenHost host, LibraryViewModel vm, SurveyManagerViewModel manager,
      LibraryCharts pictures, Label surveyMargin, TextField surveyNameField,
      Button renameSurveyButton, Label surveyUsedBy, Consumer<String> reloadAt) {
    this.host = host;
    this.vm = vm;
    this.manager = manager;
    this.t = host.i18n();
    this.pictures = pictures;
    this.surveyMargin = surveyMargin;
    this.surveyNameField = surveyNameField;
    this.renameSurveyButton = renameSurveyButton;
    this.surveyUsedBy = surveyUsedBy;
    this.reloadAt = reloadAt;
    surveyNameField.textProperty().addListener((o, a, b) -> {
      manager.typeName(b);
      renameSurveyButton.setDisable(!manager.canRename());
    });
  }

  /** Margin of error, name, delete, and the scenarios that use the survey. */
  void show(LibraryData.SurveyView s) {
    SurveySummary.Group total = s.summary().total();
    var w = total.willingInterval();
    var a = total.activeInterval();
    String margin = t.t("libui.survey.margin", pictures.share(w.low()), pictures.share(w.high()),
        pictures.share(a.low()), pictures.share(a.high()), total.respondents());
    if (SampleSize.small(total.respondents(), 0)) {
      margin += " " + t.t("libui.survey.small", total.respondents(), SampleSize.SMALL_SAMPLE);
    }
    surveyMargin.setText(margin);
    manager.show(s.info());
    surveyNameField.setText(s.info().name());
    renameSurveyButton.setDisable(true);
    surveyUsedBy.setText(t.t("libui.survey.usedBy.searching"));
    surveyUsedBy.setTooltip(null);
    var services = host.services();
    List<Path> recent = services.preferences().recentFiles();
    String last = services.preferences().get(AppPreferences.Key.LAST_FOLDER);
    SurveyInfo info = s.info();
    vm.load(() -> new SurveyUsage(services.scenarioFiles()).find(info, recent,
            SurveyUsage.knownFolders(last.isBlank() ? null : Path.of(last), recent),
            services.autosave().peek()),
        result -> {
          manager.showUsage(info.id(), result);
          if (manager.usageProperty().get() == result) {
            surveyUsedBy.setText(manager.usageText(t));
            surveyUsedBy.setTooltip(new Tooltip(manager.searchedFolders(t)));
          }
        });
  }

  /** Rename: stores the typed name, then shows the survey under it. */
  void rename() {
    SurveyInfo s = manager.surveyProperty().get();
    if (!manager.canRename()) {
      return;
    }
    String newName = manager.newName();
    vm.load(() -> vm.data().renameSurvey(s.id(), newName), ok -> {
      manager.renamed();
      reloadAt.accept(new Entry(Kind.SURVEY, Long.toString(s.id()), "", s.id()).key());
    });
  }

  /** Delete: after asking (naming the scenarios that use it), removes the survey. */
  void delete() {
    SurveyInfo s = manager.surveyProperty().get();
    if (s == null) {
      return;
    }
    List<Path> used = manager.usedByProperty().get();
    String message = t.t("libui.survey.delete.message", s.name(), s.respondents())
        + (used.isEmpty() ? "" : " " + t.t("libui.survey.delete.used", used.size()));
    if (!host.dialogs().confirm(t.t("libui.survey.delete.title"), message)) {
      return;
    }
    vm.load(() -> vm.data().deleteSurvey(s.id()), ok -> {
      manager.show(null);
      reloadAt.accept(null);
    });
  }
}
