package se.socialorg.advisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.socialorg.advisor.engine.DecisionEngine;
import se.socialorg.advisor.model.Goal;
import se.socialorg.advisor.model.Goals;
import se.socialorg.advisor.model.Participant;
import se.socialorg.advisor.model.Scenario;
import se.socialorg.advisor.model.WeightMode;
import se.socialorg.advisor.store.Json;

/** {@code evaluate --json} with a group: the {@code group} object. */
class EvaluateGroupTest {

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();

  static Goals only(Goal... goals) {
    Map<Goal, Double> m = new EnumMap<>(Goal.class);
    for (Goal g : goals) {
      m.put(g, 100.0);
    }
    return new Goals(WeightMode.DIRECT, m, List.of());
  }

  private JsonNode evaluate(Scenario s, String... more) throws Exception {
    List<String> args = new java.util.ArrayList<>(List.of("team.soa.json", "--json"));
    args.addAll(List.of(more));
    int code = new EvaluateCommand(file -> s, new DecisionEngine())
        .run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    assertThat(code).isEqualTo(Command.OK);
    return Json.mapper().readTree(out.toString(StandardCharsets.UTF_8));
  }

  static Scenario team() {
    Scenario s = Scenario.blank();
    return s.withInputs(s.inputs().withParticipants(List.of(
        new Participant("Åsa Lind", "CMO", 2, only(Goal.TRUST_CREDIBILITY, Goal.THOUGHT_LEADERSHIP)),
        new Participant("Per Holm", "Legal", 1, only(Goal.CRISIS_READINESS, Goal.CUSTOMER_SERVICE)),
        Participant.of("Ola Sten", "IT"))));
  }

  @Test
  void aGroupAddsConsensusMethodAndParticipants() throws Exception {
    JsonNode group = evaluate(team()).get("group");

    assertThat(group.get("consensus").asDouble()).isBetween(0.0, 1.0);
    assertThat(group.get("method").asText()).isEqualTo("AIP");
    assertThat(group.get("participants")).hasSize(3);
  }

  @Test
  void eachParticipantHasNameRoleWeightAndOwnRecommendation() throws Exception {
    JsonNode p = evaluate(team()).get("group").get("participants");

    assertThat(p.get(0).get("name").asText()).isEqualTo("Åsa Lind");
    assertThat(p.get(0).get("role").asText()).isEqualTo("CMO");
    assertThat(p.get(0).get("weight").asDouble()).isEqualTo(2);
    assertThat(p.get(0).get("ownRecommendation").asText()).isEqualTo("DISTRIBUTED_ADVOCACY");
    assertThat(p.get(1).get("ownRecommendation").asText()).isEqualTo("CENTRALISED");
  }

  @Test
  void aMemberWhoHasNotAnsweredHasNoOwnRecommendation() throws Exception {
    JsonNode ola = evaluate(team()).get("group").get("participants").get(2);

    assertThat(ola.get("answered").asBoolean()).isFalse();
    assertThat(ola.get("ownRecommendation").isNull()).isTrue();
  }

  @Test
  void pairwiseTeamsAreCombinedByAij() throws Exception {
    Goals pairs = new Goals(WeightMode.PAIRWISE, Map.of(), List.of(
        new se.socialorg.advisor.model.Judgement(Goal.TRUST_CREDIBILITY, Goal.CRISIS_READINESS, 3)));
    Goals other = new Goals(WeightMode.PAIRWISE, Map.of(), List.of(
        new se.socialorg.advisor.model.Judgement(Goal.TRUST_CREDIBILITY, Goal.CRISIS_READINESS, 1 / 5.0)));
    Scenario s = Scenario.blank();
    s = s.withInputs(s.inputs().withParticipants(List.of(
        new Participant("A", "", 1, pairs), new Participant("B", "", 1, other))));

    assertThat(evaluate(s).get("group").get("method").asText()).isEqualTo("AIJ");
  }

  @Test
  void onePersonHasNoGroupObject() throws Exception {
    assertThat(evaluate(Scenario.blank()).has("group")).isFalse();
  }
}
