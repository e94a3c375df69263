package se.socialorg.advisor.engine;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import se.socialorg.advisor.model.Goal;
import se.socialorg.advisor.model.Goals;
import se.socialorg.advisor.model.Judgement;
import se.socialorg.advisor.model.MaturityStage;
import se.socialorg.advisor.model.Organisation;
import se.socialorg.advisor.model.ScenarioInputs;
import se.socialorg.advisor.model.SharedFunctions;
import se.socialorg.advisor.model.WeightMode;

/** Hand-made scenarios for example-based tests. */
final class Fixtures {

  private Fixtures() {}

  static ScenarioInputs defaults() {
    return ScenarioInputs.defaults();
  }

  static ScenarioInputs onlyGoal(Goal g) {
    Map<Goal, Double> s = new EnumMap<>(Goal.class);
    s.put(g, 100.0);
    return ScenarioInputs.defaults().withGoals(new Goals(WeightMode.DIRECT, s, List.of()));
  }

  static ScenarioInputs pairwise(Judgement... js) {
    return ScenarioInputs.defaults()
        .withGoals(new Goals(WeightMode.PAIRWISE, Goals.defaults().sliders(), List.of(js)));
  }

  static ScenarioInputs organisation(
      int employees, int units, int countries, MaturityStage m, double openness) {
    Organisation d = Organisation.defaults();
    return ScenarioInputs.defaults()
        .withOrganisation(
            new Organisation(
                employees,
                d.technicalExpertShare(),
                units,
                countries,
                d.regulation(),
                m,
                SharedFunctions.FEDERATED,
                openness));
  }
}
