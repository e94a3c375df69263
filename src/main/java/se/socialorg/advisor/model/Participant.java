package se.socialorg.advisor.model;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One member of the group that decides together, e.g. the head of legal on the management team.
 * Each member weighs the goals in their own way, with sliders or pairwise comparisons.
 *
 * @param name the member's name as shown to the group, not blank, unique within a scenario
 *     (letter case and surrounding spaces aside)
 * @param role the member's role, e.g. "Legal" or "CMO"; may be empty
 * @param weight how much the member counts, above 0 up to {@link #MAX_WEIGHT}; equal weights (1
 *     each, the default) count everyone the same
 * @param goals the member's own goal weights; a member who has not answered yet has no slider
 *     above zero and no judgement
 * @param formId the id of the judgement form sent to this member, so that the answered form
 *     finds its way back to this member of this scenario; empty when no form was sent
 */
public record Participant(String name, String role, double weight, Goals goals, String formId) {

  /** Weight of a member when nobody says otherwise. */
  public static final double DEFAULT_WEIGHT = 1;

  /** Largest member weight accepted. */
  public static final double MAX_WEIGHT = 100;

  /** Longest name or role accepted, in characters. */
  public static final int MAX_NAME_LENGTH = 100;

  /** Most members one scenario holds. */
  public static final int MAX_PARTICIPANTS = 50;

  public Participant {
    name = name == null ? "" : name;
    role = role == null ? "" : role;
    goals = goals == null ? unanswered() : goals;
    formId = formId == null ? "" : formId;
  }

  /** A member without a judgement form. */
  public Participant(String name, String role, double weight, Goals goals) {
    this(name, role, weight, goals, "");
  }

  /** Longest form id accepted, in characters. */
  public static final int MAX_FORM_ID_LENGTH = 64;

  /** A member who has not weighed the goals yet, counted with the default weight. */
  public static Participant of(String name, String role) {
    return new Participant(name, role, DEFAULT_WEIGHT, unanswered());
  }

  /** Goals nobody has weighed: direct mode, every slider at zero, no judgement. */
  public static Goals unanswered() {
    return new Goals(WeightMode.DIRECT, Map.of(), List.of());
  }

  /** True once the member has given at least one slider above zero or one judgement. */
  public boolean answered() {
    if (goals.mode() == WeightMode.PAIRWISE) {
      return !goals.judgements().isEmpty();
    }
    return goals.sliders().values().stream().anyMatch(v -> v != null && v > 0);
  }

  /** The name as compared for duplicates: trimmed, lower case. */
  public String key() {
    return name.strip().toLowerCase(Locale.ROOT);
  }

  public Participant withGoals(Goals g) {
    return new Participant(name, role, weight, g, formId);
  }

  public Participant withWeight(double w) {
    return new Participant(name, role, w, goals, formId);
  }

  public Participant withNameAndRole(String n, String r) {
    return new Participant(n, r, weight, goals, formId);
  }

  public Participant withFormId(String id) {
    return new Participant(name, role, weight, goals, id);
  }
}
