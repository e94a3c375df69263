package se.socialorg.advisor.engine;

import java.util.Map;
import se.socialorg.advisor.model.Alternative;
import se.socialorg.advisor.model.ScenarioInputs;

/**
 * "With your actual organic visibility and click-through, the projection would be ...".
 *
 * @param adopted the inputs with the observed values adopted
 * @param assumed the followed model's last projected month under the scenario's assumptions
 * @param observed the same under the observed values
 * @param recommendedBefore the recommendation under the scenario's assumptions
 * @param recommendedAfter the recommendation under the observed values
 * @param roiAfter return on investment of every offered model under the observed values
 */
public record WhatIf(
    ScenarioInputs adopted,
    MonthPoint assumed,
    MonthPoint observed,
    Alternative recommendedBefore,
    Alternative recommendedAfter,
    Map<Alternative, Double> roiAfter) {

  public WhatIf {
    roiAfter = Map.copyOf(roiAfter);
  }

  public boolean recommendationHolds() {
    return recommendedBefore == recommendedAfter;
  }

  /** The offered model with the highest return under the observed values. */
  public Alternative bestReturnAfter() {
    return roiAfter.entrySet().stream()
        .max(Map.Entry.comparingByValue())
        .map(Map.Entry::getKey)
        .orElse(recommendedAfter);
  }
}
