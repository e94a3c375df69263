package se.socialorg.advisor.store.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import se.socialorg.advisor.model.ProjectionAssumptions;
import se.socialorg.advisor.model.ProjectionParameters;
import se.socialorg.advisor.model.WeightMode;
import se.socialorg.advisor.store.Json;

/**
 * The in-memory migrations from older format versions to {@link ScenarioFiles#FORMAT_VERSION}.
 * A migrated file is written in the new version only when the user saves it.
 */
public final class ScenarioMigrations {

  /** Oldest format version that can still be opened. */
  public static final int OLDEST_SUPPORTED = 1;

  private final List<ScenarioMigration> steps = List.of(new V1ToV2(), new V2ToV3(), new V3ToV4());

  /** Lifts {@code root} (whose {@code formatVersion} is {@code from}) to the current version. */
  void migrate(ObjectNode root, int from) {
    for (int v = from; v < ScenarioFiles.FORMAT_VERSION; v++) {
      final int version = v;
      ScenarioMigration step =
          steps.stream()
              .filter(s -> s.fromVersion() == version)
              .findFirst()
              .orElseThrow(() -> new IllegalStateException("No migration from version " + version));
      step.apply(root);
      root.put("formatVersion", v + 1);
    }
  }

  /**
   * Version 1, the draft format: no {@code savedAt}; {@code goals} a flat map of goal to slider
   * weight (direct weighting, no pairwise judgements); no {@code projection} block (defaults
   * apply); readiness without {@code surveyName} and {@code surveyRespondents}.
   */
  static final class V1ToV2 implements ScenarioMigration {

    @Override
    public int fromVersion() {
      return 1;
    }

    @Override
    public void apply(ObjectNode root) {
      if (!root.has("savedAt")) {
        root.putNull("savedAt");
      }
      JsonNode scenario = root.get("scenario");
      if (scenario == null || !scenario.isObject()) {
        return;
      }
      JsonNode inputs = scenario.get("inputs");
      if (!(inputs instanceof ObjectNode in)) {
        return;
      }
      JsonNode goals = in.get("goals");
      if (goals instanceof ObjectNode flat && !flat.has("mode")) {
        ObjectNode g = in.putObject("goals");
        g.put("mode", WeightMode.DIRECT.name());
        g.set("sliders", flat);
        g.putArray("judgements");
      }
      if (!in.has("projection")) {
        in.set("projection", Json.mapper().valueToTree(ProjectionParameters.defaults()));
      }
      if (in.get("readiness") instanceof ObjectNode readiness) {
        if (!readiness.has("surveyName")) {
          readiness.put("surveyName", "");
        }
        if (!readiness.has("surveyRespondents")) {
          readiness.put("surveyRespondents", 0);
        }
      }
    }
  }

  /**
   * Version 2 had no {@code inputs.assumptions} block: the projection's model assumptions were
   * fixed product defaults. Version 3 stores them with the scenario so they can be overridden;
   * a version 2 file gets the defaults it was computed with.
   */
  static final class V2ToV3 implements ScenarioMigration {

    @Override
    public int fromVersion() {
      return 2;
    }

    @Override
    public void apply(ObjectNode root) {
      JsonNode scenario = root.get("scenario");
      if (scenario != null && scenario.get("inputs") instanceof ObjectNode in
          && !in.has("assumptions")) {
        in.set("assumptions", Json.mapper().valueToTree(ProjectionAssumptions.defaults()));
      }
    }
  }

  /**
   * Version 3 held one person's goal weights only. Version 4 adds {@code inputs.participants},
   * the members who decide together; a version 3 file is a one-person scenario, so it gets an
   * empty list and opens unchanged.
   */
  static final class V3ToV4 implements ScenarioMigration {

    @Override
    public int fromVersion() {
      return 3;
    }

    @Override
    public void apply(ObjectNode root) {
      JsonNode scenario = root.get("scenario");
      if (scenario != null && scenario.get("inputs") instanceof ObjectNode in
          && !in.has("participants")) {
        in.putArray("participants");
      }
    }
  }
}
