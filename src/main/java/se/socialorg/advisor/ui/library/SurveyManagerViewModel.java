package se.socialorg.advisor.ui.library;

import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import se.socialorg.advisor.store.survey.SurveyInfo;

/**
 * Managing the survey shown in the data library: its name (rename), deleting it, and which
 * scenarios (among the recent files) use it. The work itself runs off the FX thread in the
 * controller; this model holds the state and checks the input. No controls.
 */
public final class SurveyManagerViewModel {

  /** Longest survey name. */
  public static final int MAX_NAME = 200;

  private final ReadOnlyObjectWrapper<SurveyInfo> survey = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyStringWrapper typedName = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper problemKey = new ReadOnlyStringWrapper("");
  private final ReadOnlyObjectWrapper<List<Path>> usedBy = new ReadOnlyObjectWrapper<>(List.of());

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

  /** Shows a survey (null for none). */
  public void show(SurveyInfo info) {
    survey.set(info);
    typedName.set(info == null ? "" : info.name());
    problemKey.set("");
    usedBy.set(List.of());
  }

  /** The scenarios found to use the survey. */
  public void showUsedBy(List<Path> files) {
    usedBy.set(List.copyOf(files));
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
    survey.set(new SurveyInfo(s.id(), newName(), s.sourceFile(), s.importedAt(), s.respondents()));
  }
}
