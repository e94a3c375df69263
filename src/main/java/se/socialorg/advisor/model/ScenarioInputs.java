package se.socialorg.advisor.model;

import java.util.List;
import java.util.Objects;

/**
 * Everything the decision engine reads.
 *
 * @param assumptions the projection's model assumptions (staffing, ramp-up, spending per model)
 * @param participants the members who decide together, each with their own goal weights; empty
 *     when one person decides with {@code goals}. With two or more members who have answered,
 *     their combined weights drive the recommendation in place of {@code goals}
 */
public record ScenarioInputs(
    Goals goals,
    Organisation organisation,
    TrustContext trust,
    Readiness readiness,
    Resources resources,
    ProjectionParameters projection,
    ProjectionAssumptions assumptions,
    List<Participant> participants) {

  public ScenarioInputs {
    Objects.requireNonNull(goals, "goals");
    Objects.requireNonNull(organisation, "organisation");
    Objects.requireNonNull(trust, "trust");
    Objects.requireNonNull(readiness, "readiness");
    Objects.requireNonNull(resources, "resources");
    Objects.requireNonNull(projection, "projection");
    Objects.requireNonNull(assumptions, "assumptions");
    participants = participants == null ? List.of() : List.copyOf(participants);
  }

  /** One person deciding: no participants. */
  public ScenarioInputs(Goals goals, Organisation organisation, TrustContext trust,
      Readiness readiness, Resources resources, ProjectionParameters projection,
      ProjectionAssumptions assumptions) {
    this(goals, organisation, trust, readiness, resources, projection, assumptions, List.of());
  }

  /** With the default projection assumptions. */
  public ScenarioInputs(Goals goals, Organisation organisation, TrustContext trust,
      Readiness readiness, Resources resources, ProjectionParameters projection) {
    this(goals, organisation, trust, readiness, resources, projection,
        ProjectionAssumptions.defaults());
  }

  public static ScenarioInputs defaults() {
    return new ScenarioInputs(
        Goals.defaults(),
        Organisation.defaults(),
        TrustContext.defaults(),
        Readiness.defaults(),
        Resources.defaults(),
        ProjectionParameters.defaults(),
        ProjectionAssumptions.defaults(),
        List.of());
  }

  public ScenarioInputs withParticipants(List<Participant> p) {
    return new ScenarioInputs(
        goals, organisation, trust, readiness, resources, projection, assumptions, p);
  }

  public ScenarioInputs withGoals(Goals g) {
    return new ScenarioInputs(g, organisation, trust, readiness, resources, projection, assumptions, participants);
  }

  public ScenarioInputs withOrganisation(Organisation o) {
    return new ScenarioInputs(goals, o, trust, readiness, resources, projection, assumptions, participants);
  }

  public ScenarioInputs withTrust(TrustContext t) {
    return new ScenarioInputs(goals, organisation, t, readiness, resources, projection, assumptions, participants);
  }

  public ScenarioInputs withReadiness(Readiness r) {
    return new ScenarioInputs(goals, organisation, trust, r, resources, projection, assumptions, participants);
  }

  public ScenarioInputs withResources(Resources r) {
    return new ScenarioInputs(goals, organisation, trust, readiness, r, projection, assumptions, participants);
  }

  public ScenarioInputs withAssumptions(ProjectionAssumptions a) {
    return new ScenarioInputs(goals, organisation, trust, readiness, resources, projection, a, participants);
  }

  public ScenarioInputs withProjection(ProjectionParameters p) {
    return new ScenarioInputs(goals, organisation, trust, readiness, resources, p, assumptions, participants);
  }
}
