package se.socialorg.advisor.ui.library;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import se.socialorg.advisor.i18n.I18n;
import se.socialorg.advisor.store.survey.SurveyInfo;
import se.socialorg.advisor.store.survey.SurveyUsage;

/**
 * Managing the survey shown in the data library: its name (rename), deleting it, and which
 * scenarios use it (recent files, the folders the app knows, the autosave) and where that was
 * looked for. The work itself runs off the FX thread in the
 * controller; this model holds the state and checks the input. No controls.
 */
public final class SurveyManagerViewModel {

  /** Longest survey name. */
  public static final int MAX_NAME = 200;

  private final ReadOnlyObjectWrapper<SurveyInfo> survey = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyStringWrapper typedName = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper problemKey = new ReadOnlyStringWrapper("");
  private final ReadOnlyObjectWrapper<List<Path>> usedBy = new ReadOnlyObjectWrapper<>(List.of());
  private final ReadOnlyObjectWrapper<SurveyUsage.Result> usage = new ReadOnlyObjectWrapper<>();

  public ReadOnlyObjectProperty<SurveyInfo> surveyProperty() {
    return survey.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty typedNameProperty() {
    return typedName.getReadOnlyProperty();
  }

  /** i18n key of what is wrong with the typed name, empty when it can be used. */
  public ReadOnlyStringProperty problemKeyProperty() {
    return problemKey.getReadOnlyProperty();
  }

  /** The scenario files that take their readiness figures from this survey. */
  public ReadOnlyObjectProperty<List<Path>> usedByProperty() {
    return usedBy.getReadOnlyProperty();
  }

  /** What the last search found and where it looked; null until it has run. */
  public ReadOnlyObjectProperty<SurveyUsage.Result> usageProperty() {
    return usage.getReadOnlyProperty();
  }

  /** Shows a survey (null for none). */
  public void show(SurveyInfo info) {
    survey.set(info);
    typedName.set(info == null ? "" : info.name());
    problemKey.set("");
    usedBy.set(List.of());
    usage.set(null);
  }

  /** The search's result, when it belongs to the survey still shown ({@code surveyId}). */
  public void showUsage(long surveyId, SurveyUsage.Result result) {
    SurveyInfo s = survey.get();
    if (s == null || s.id() != surveyId) {
      return;
    }
    usage.set(result);
    usedBy.set(result.files());
  }

  /**
   * The line under the survey: which scenarios use it and where that was looked for; empty while
   * searching.
   */
  public String usageText(I18n t) {
    SurveyUsage.Result r = usage.get();
    if (r == null) {
      return "";
    }
    List<String> users = new ArrayList<>();
    r.files().forEach(f -> users.add(f.getFileName().toString()));
    if (r.autosaved()) {
      users.add(t.t("libui.survey.usedBy.autosave"));
    }
    String found = users.isEmpty() ? t.t("libui.survey.usedBy.none")
        : t.t("libui.survey.usedBy", String.join(", ", users));
    return found + " " + t.t("libui.survey.usedBy.searched", r.filesRead(), r.folders().size(),
        r.autosavesRead());
  }

  /** The folders searched, one a line (the tooltip of the usage line). */
  public String searchedFolders(I18n t) {
    SurveyUsage.Result r = usage.get();
    if (r == null) {
      return "";
    }
    StringBuilder sb = new StringBuilder(t.t("libui.survey.usedBy.folders"));
    r.folders().forEach(f -> sb.append('\n').append(f));
    return sb.toString();
  }

  /** The name typed for the survey. */
  public void typeName(String name) {
    typedName.set(name == null ? "" : name);
    String n = typedName.get().strip();
    problemKey.set(n.isEmpty() ? "libui.survey.rename.empty"
        : n.length() > MAX_NAME ? "libui.survey.rename.tooLong" : "");
  }

  /** True when a survey is shown and the typed name is new and valid. */
  public boolean canRename() {
    SurveyInfo s = survey.get();
    return s != null && problemKey.get().isEmpty() && !typedName.get().strip().equals(s.name());
  }

  /** The name to store, stripped. */
  public String newName() {
    return typedName.get().strip();
  }

  /** After a rename: the survey under its new name. */
  public void renamed() {
    SurveyInfo s = survey.get();
    survey.set(new SurveyInfo(s.id(), newName(), s.sourceFile(), s.importedAt(), s.respondents(),
        s.uid()));
  }
}
