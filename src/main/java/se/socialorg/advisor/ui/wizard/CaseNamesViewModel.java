package se.socialorg.advisor.ui.wizard;

import java.util.function.UnaryOperator;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import se.socialorg.advisor.model.Scenario;

/**
 * The names on the case: organisation and scenario name, shown in the title bar, the file name
 * Save As suggests, the report cover and Compare. No controls: the view binds text fields to it.
 */
public final class CaseNamesViewModel {

  /** Longest accepted name, in characters. */
  public static final int MAX_LENGTH = 120;

  private final ReadOnlyStringWrapper organisation = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper scenarioName = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper problemKey = new ReadOnlyStringWrapper("");
  private final java.util.function.Consumer<UnaryOperator<Scenario>> edit;

  /**
   * @param current the scenario as it is now
   * @param edit applies a change to the session's scenario
   */
  public CaseNamesViewModel(Scenario current, java.util.function.Consumer<UnaryOperator<Scenario>> edit) {
    this.edit = edit;
    show(current);
  }

  public ReadOnlyStringProperty organisationProperty() {
    return organisation.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty scenarioNameProperty() {
    return scenarioName.getReadOnlyProperty();
  }

  /** i18n key of what is wrong with the last name typed, empty when fine. */
  public ReadOnlyStringProperty problemKeyProperty() {
    return problemKey.getReadOnlyProperty();
  }

  /** The organisation's name as it should read on the report cover. */
  public void nameOrganisation(String text) {
    String v = clean(text);
    if (v != null && !v.equals(organisation.get())) {
      organisation.set(v);
      edit.accept(s -> s.withNames(s.name(), v));
    }
  }

  /** The scenario's name, e.g. "Hub-and-spoke from 2027". */
  public void nameScenario(String text) {
    String v = clean(text);
    if (v != null && !v.equals(scenarioName.get())) {
      scenarioName.set(v);
      edit.accept(s -> s.withNames(v, s.organisationName()));
    }
  }

  /** Shows the names of a scenario that changed elsewhere (opened, undone, sample). */
  public void show(Scenario s) {
    organisation.set(s.organisationName());
    scenarioName.set(s.name());
    problemKey.set("");
  }

  /** The text stripped, or null (and a problem) when it is too long or holds control characters. */
  private String clean(String text) {
    String v = text == null ? "" : text.strip();
    if (v.length() > MAX_LENGTH) {
      problemKey.set("wizard.names.tooLong");
      return null;
    }
    if (v.chars().anyMatch(Character::isISOControl)) {
      problemKey.set("wizard.names.control");
      return null;
    }
    problemKey.set("");
    return v;
  }
}
