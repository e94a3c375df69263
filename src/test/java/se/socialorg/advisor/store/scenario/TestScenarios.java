package se.socialorg.advisor.store.scenario;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.socialorg.advisor.model.Alternative;
import se.socialorg.advisor.model.Decision;
import se.socialorg.advisor.model.Goal;
import se.socialorg.advisor.model.Goals;
import se.socialorg.advisor.model.Judgement;
import se.socialorg.advisor.model.MaturityStage;
import se.socialorg.advisor.model.Organisation;
import se.socialorg.advisor.model.Participant;
import se.socialorg.advisor.model.ProjectionAssumptions;
import se.socialorg.advisor.model.ProjectionParameters;
import se.socialorg.advisor.model.Provenance;
import se.socialorg.advisor.model.Readiness;
import se.socialorg.advisor.model.Resources;
import se.socialorg.advisor.model.Scenario;
import se.socialorg.advisor.model.ScenarioInputs;
import se.socialorg.advisor.model.SharedFunctions;
import se.socialorg.advisor.model.Spokesperson;
import se.socialorg.advisor.model.TrustContext;
import se.socialorg.advisor.model.WeightMode;

/** Scenarios for tests. */
final class TestScenarios {

  private TestScenarios() {}

  /** Every field set to a value different from its default. */
  static Scenario everyFieldSet() {
    EnumMap<Goal, Double> sliders = new EnumMap<>(Goal.class);
    double v = 11;
    for (Goal g : Goal.values()) {
      sliders.put(g, v);
      v += 12.5;
    }
    EnumMap<Spokesperson, Double> cred = new EnumMap<>(Spokesperson.class);
    cred.put(Spokesperson.ACADEMIC, 73.0);
    cred.put(Spokesperson.TECHNICAL_EXPERT, 56.0);
    cred.put(Spokesperson.PERSON_LIKE_YOURSELF, 60.0);
    cred.put(Spokesperson.EMPLOYEE, 55.0);
    cred.put(Spokesperson.CEO, 30.0);
    return new Scenario(
        "Åkerlund & Rausing – efter omorganisationen \"2027\"",
        "Åkerlund Öst AB",
        "sv",
        new ScenarioInputs(
            new Goals(
                WeightMode.PAIRWISE,
                sliders,
                List.of(
                    new Judgement(Goal.TRUST_CREDIBILITY, Goal.MEASURABLE_ROI, 1.0 / 3),
                    new Judgement(Goal.CRISIS_READINESS, Goal.LEAD_GENERATION, 7))),
            new Organisation(
                1234, 0.37, 7, 3, 0.81, MaturityStage.CONVERGED, SharedFunctions.DECENTRALISED, 0.12),
            new TrustContext(
                "United Kingdom",
                "financial services",
                2013,
                58.5,
                52.25,
                45,
                cred,
                Set.of("trustInMedia", "CEO", "industryTrust"),
                new Provenance("Own survey", "https://example.org/s?q=1&r=2", 2013, "employees", true, true)),
            new Readiness(0.17, 0.42, 777.5, 2.25, "HR-enkät 2026", 913),
            new Resources("EUR", 2_500_000.5, 91_000, 0.95, 99_000, 12.5, 88.8),
            new ProjectionParameters(36, 0.07, 0.0125, 2.4, 31.5, 4.75, 55, 123_456, 17.5),
            assumptions(),
            participants()),
        4,
        new Decision(Alternative.HOLISTIC, "Beslut: rad ett\nrad två, \"citat\" och \\ bakstreck"));
  }

  /**
   * A management team of three: one weighs with sliders, one pairwise (counting double), one has
   * not answered yet.
   */
  static List<Participant> participants() {
    EnumMap<Goal, Double> cmo = new EnumMap<>(Goal.class);
    cmo.put(Goal.TRUST_CREDIBILITY, 90.0);
    cmo.put(Goal.LEAD_GENERATION, 35.5);
    return List.of(
        new Participant("Åsa Lind", "Marknadschef \"CMO\"", 1, new Goals(WeightMode.DIRECT, cmo, List.of())),
        new Participant("Per Holm", "Legal", 2.5, new Goals(WeightMode.PAIRWISE, Map.of(),
            List.of(new Judgement(Goal.CRISIS_READINESS, Goal.EMPLOYER_BRANDING, 5),
                new Judgement(Goal.CRISIS_READINESS, Goal.TRUST_CREDIBILITY, 1.0 / 3),
                new Judgement(Goal.EMPLOYER_BRANDING, Goal.TRUST_CREDIBILITY, 1.0 / 7)))),
        Participant.of("Kim Berg", "").withFormId("5b0c2f4e-9d1a-4c3e-8f7a-2d6b1e0c9a33"));
  }

  /** Every model assumption away from its default. */
  static ProjectionAssumptions assumptions() {
    java.util.Map<Alternative, ProjectionAssumptions.Profile> p =
        new java.util.EnumMap<>(Alternative.class);
    for (Alternative a : Alternative.values()) {
      p.put(a, new ProjectionAssumptions.Profile(0.55, 0.45, 0.35, a.ordinal() % 2 == 0,
          1.5 + a.ordinal(), 750, 12.5, 0.25));
    }
    return new ProjectionAssumptions(9, 12.5, p);
  }
}
