package se.socialorg.advisor.model;

import java.util.Objects;

/**
 * One organisation's case: all inputs, the wizard position, and the decision taken.
 *
 * @param name scenario name, e.g. "Acme 2027 after reorganisation"
 * @param organisationName the organisation's name as shown on reports
 * @param language "en" or "sv": the language reports are written in
 * @param inputs everything the engine reads
 * @param wizardStep index of the wizard step the manager was at (0-based)
 * @param decision the decision taken and notes
 * @param author who prepared the case, as shown on the report cover; empty when not given
 * @param date the case's date as ISO-8601 ({@code 2026-11-30}), as shown on the report cover;
 *     empty when not given (the report then shows the day it is written)
 */
public record Scenario(
    String name,
    String organisationName,
    String language,
    ScenarioInputs inputs,
    int wizardStep,
    Decision decision,
    String author,
    String date) {

  public Scenario {
    name = name == null ? "" : name;
    organisationName = organisationName == null ? "" : organisationName;
    author = author == null ? "" : author;
    date = date == null ? "" : date;
    language = language == null || language.isBlank() ? "en" : language;
    Objects.requireNonNull(inputs, "inputs");
    decision = decision == null ? Decision.none() : decision;
  }

  public Scenario(
      String name,
      String organisationName,
      String language,
      ScenarioInputs inputs,
      int wizardStep,
      Decision decision) {
    this(name, organisationName, language, inputs, wizardStep, decision, "", "");
  }

  public static Scenario blank() {
    return new Scenario("", "", "en", ScenarioInputs.defaults(), 0, Decision.none());
  }

  public Scenario withInputs(ScenarioInputs in) {
    return new Scenario(name, organisationName, language, in, wizardStep, decision, author, date);
  }

  public Scenario withWizardStep(int step) {
    return new Scenario(name, organisationName, language, inputs, step, decision, author, date);
  }

  public Scenario withDecision(Decision d) {
    return new Scenario(name, organisationName, language, inputs, wizardStep, d, author, date);
  }

  public Scenario withNames(String newName, String newOrganisationName) {
    return new Scenario(newName, newOrganisationName, language, inputs, wizardStep, decision, author,
        date);
  }

  /** The same case with who prepared it and its date ({@code yyyy-MM-dd} or empty). */
  public Scenario withAuthorAndDate(String newAuthor, String newDate) {
    return new Scenario(name, organisationName, language, inputs, wizardStep, decision, newAuthor,
        newDate);
  }
}
