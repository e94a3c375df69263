package se.socialorg.advisor.model;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The goals and how much each matters.
 *
 * @param mode how weights were given
 * @param sliders raw slider positions 0-100 per goal (used in {@link WeightMode#DIRECT}); a goal
 *     missing from the map counts as 0
 * @param judgements pairwise comparisons among the goals with a positive slider (used in {@link
 *     WeightMode#PAIRWISE})
 */
public record Goals(WeightMode mode, Map<Goal, Double> sliders, List<Judgement> judgements) {

  public Goals {
    mode = mode == null ? WeightMode.DIRECT : mode;
    EnumMap<Goal, Double> copy = new EnumMap<>(Goal.class);
    if (sliders != null) {
      copy.putAll(sliders);
    }
    sliders = java.util.Collections.unmodifiableMap(copy);
    judgements = judgements == null ? List.of() : List.copyOf(judgements);
  }

  /** Default: trust and thought leadership first, as in the source article. */
  public static Goals defaults() {
    EnumMap<Goal, Double> s = new EnumMap<>(Goal.class);
    s.put(Goal.TRUST_CREDIBILITY, 80.0);
    s.put(Goal.THOUGHT_LEADERSHIP, 60.0);
    s.put(Goal.LEAD_GENERATION, 50.0);
    s.put(Goal.CUSTOMER_SERVICE, 30.0);
    s.put(Goal.CRISIS_READINESS, 30.0);
    s.put(Goal.EMPLOYER_BRANDING, 40.0);
    s.put(Goal.MEASURABLE_ROI, 55.0);
    return new Goals(WeightMode.DIRECT, s, List.of());
  }

  public double slider(Goal goal) {
    return sliders.getOrDefault(goal, 0.0);
  }
}
