package se.socialorg.advisor.ui.wizard;

import java.time.LocalDate;
import java.util.function.UnaryOperator;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import se.socialorg.advisor.model.Scenario;

/**
 * The names on the case: organisation and scenario name (title bar, the file name Save As
 * suggests, the report cover and Compare), who prepared it and its date (report cover). No controls: the view binds text fields to it.
 */
public final class CaseNamesViewModel {

  /** Longest accepted name, in characters. */
  public static final int MAX_LENGTH = 120;

  private final ReadOnlyStringWrapper organisation = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper scenarioName = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper author = new ReadOnlyStringWrapper("");
  private final ReadOnlyObjectWrapper<LocalDate> date = new ReadOnlyObjectWrapper<>();
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

  public ReadOnlyStringProperty authorProperty() {
    return author.getReadOnlyProperty();
  }

  /** The case's date, null when not given (the report then shows the day it is written). */
  public ReadOnlyObjectProperty<LocalDate> dateProperty() {
    return date.getReadOnlyProperty();
  }

  /** Who prepared the case, for the report cover. */
  public void nameAuthor(String text) {
    String v = clean(text);
    if (v != null && !v.equals(author.get())) {
      author.set(v);
      edit.accept(s -> s.withAuthorAndDate(v, s.date()));
    }
  }

  /** The case's date (null for none). */
  public void date(LocalDate day) {
    if (!java.util.Objects.equals(day, date.get())) {
      date.set(day);
      String iso = day == null ? "" : day.toString();
      edit.accept(s -> s.withAuthorAndDate(s.author(), iso));
    }
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
    author.set(s.author());
    date.set(parse(s.date()));
    problemKey.set("");
  }

  private static LocalDate parse(String iso) {
    try {
      return iso.isBlank() ? null : LocalDate.parse(iso);
    } catch (java.time.format.DateTimeParseException e) {
      return null;
    }
  }

  /**
   * The text stripped, or null (and a problem) when it is too long, holds control characters or
   * a character the report cannot show.
   */
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
    if (!se.socialorg.advisor.store.report.ReportWriter.undrawable(v).isEmpty()) {
      problemKey.set("wizard.names.undrawable"); // the report could not show it (most emoji)
      return null;
    }
    problemKey.set("");
    return v;
  }
}
