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
 */
public record Scenario(
    String name,
    String organisationName,
    String language,
    ScenarioInputs inputs,
    int wizardStep,
    Decision decision) {

  public Scenario {
    name = name == null ? "" : name;
    organisationName = organisationName == null ? "" : organisationName;
    language = language == null || language.isBlank() ? "en" : language;
    Objects.requireNonNull(inputs, "inputs");
    decision = decision == null ? Decision.none() : decision;
  }

  public static Scenario blank() {
    return new Scenario("", "", "en", ScenarioInputs.defaults(), 0, Decision.none());
  }

  public Scenario withInputs(ScenarioInputs in) {
    return new Scenario(name, organisationName, language, in, wizardStep, decision);
  }

  public Scenario withWizardStep(int step) {
    return new Scenario(name, organisationName, language, inputs, step, decision);
  }

  public Scenario withDecision(Decision d) {
    return new Scenario(name, organisationName, language, inputs, wizardStep, d);
  }

  public Scenario withNames(String newName, String newOrganisationName) {
    return new Scenario(newName, newOrganisationName, language, inputs, wizardStep, decision);
  }
}
