package se.socialorg.advisor.model;

import java.util.Objects;

/** Everything the decision engine reads. */
public record ScenarioInputs(
    Goals goals,
    Organisation organisation,
    TrustContext trust,
    Readiness readiness,
    Resources resources,
    ProjectionParameters projection) {

  public ScenarioInputs {
    Objects.requireNonNull(goals, "goals");
    Objects.requireNonNull(organisation, "organisation");
    Objects.requireNonNull(trust, "trust");
    Objects.requireNonNull(readiness, "readiness");
    Objects.requireNonNull(resources, "resources");
    Objects.requireNonNull(projection, "projection");
  }

  public static ScenarioInputs defaults() {
    return new ScenarioInputs(
        Goals.defaults(),
        Organisation.defaults(),
        TrustContext.defaults(),
        Readiness.defaults(),
        Resources.defaults(),
        ProjectionParameters.defaults());
  }

  public ScenarioInputs withGoals(Goals g) {
    return new ScenarioInputs(g, organisation, trust, readiness, resources, projection);
  }

  public ScenarioInputs withOrganisation(Organisation o) {
    return new ScenarioInputs(goals, o, trust, readiness, resources, projection);
  }

  public ScenarioInputs withTrust(TrustContext t) {
    return new ScenarioInputs(goals, organisation, t, readiness, resources, projection);
  }

  public ScenarioInputs withReadiness(Readiness r) {
    return new ScenarioInputs(goals, organisation, trust, r, resources, projection);
  }

  public ScenarioInputs withResources(Resources r) {
    return new ScenarioInputs(goals, organisation, trust, readiness, r, projection);
  }

  public ScenarioInputs withProjection(ProjectionParameters p) {
    return new ScenarioInputs(goals, organisation, trust, readiness, resources, p);
  }
}
