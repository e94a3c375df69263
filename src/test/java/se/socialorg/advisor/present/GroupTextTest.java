package se.socialorg.advisor.present;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.socialorg.advisor.engine.DecisionEngine;
import se.socialorg.advisor.engine.GroupAnalysis;
import se.socialorg.advisor.i18n.I18n;
import se.socialorg.advisor.model.Goal;
import se.socialorg.advisor.model.Goals;
import se.socialorg.advisor.model.Participant;
import se.socialorg.advisor.model.ScenarioInputs;
import se.socialorg.advisor.model.WeightMode;

/** The group's agreement in words (the engine's {@code GroupAnalysis} gives the figures). */
class GroupTextTest {

  private final DecisionEngine engine = new DecisionEngine();

  private static Goals only(Goal... goals) {
    Map<Goal, Double> m = new EnumMap<>(Goal.class);
    for (Goal g : goals) {
      m.put(g, 100.0);
    }
    return new Goals(WeightMode.DIRECT, m, List.of());
  }

  /** The engine test's management team: five who answered and one who has not. */
  private static ScenarioInputs team() {
    return ScenarioInputs.defaults().withParticipants(List.of(
        new Participant("Åsa Lind", "CMO", 1, only(Goal.TRUST_CREDIBILITY, Goal.THOUGHT_LEADERSHIP)),
        new Participant("Per Holm", "Legal", 1, only(Goal.CRISIS_READINESS, Goal.CUSTOMER_SERVICE)),
        new Participant("Eva Ek", "HR", 1, only(Goal.EMPLOYER_BRANDING, Goal.TRUST_CREDIBILITY)),
        new Participant("Kim Berg", "Sales", 1, only(Goal.LEAD_GENERATION, Goal.TRUST_CREDIBILITY)),
        new Participant("Jon Ås", "CEO", 1, only(Goal.TRUST_CREDIBILITY, Goal.MEASURABLE_ROI)),
        Participant.of("Ola Sten", "IT")));
  }

  @Test
  void theSentenceNamesWhoseWeightsLeadElsewhere() {
    GroupText en = new GroupText(I18n.forLanguage("en"));

    assertThat(en.ownAnswers(engine.group(team()))).isEqualTo(
        "4 of 5 members’ own weights lead to the same answer; Legal’s lead to a central team.");
  }

  @Test
  void theSentenceReadsInSwedish() {
    GroupText sv = new GroupText(I18n.forLanguage("sv"));

    assertThat(sv.ownAnswers(engine.group(team()))).isEqualTo(
        "4 av 5 deltagares egna vikter leder till samma svar; för Legal leder de till ett centralt team.");
  }

  @Test
  void membersWhoHaveNotAnsweredAreNamedAsLeftOut() {
    assertThat(new GroupText(I18n.forLanguage("en")).unanswered(engine.group(team())))
        .isEqualTo("Not answered yet, so left out: IT.");
  }

  @Test
  void aTeamThatAgreesSaysSo() {
    ScenarioInputs in = ScenarioInputs.defaults().withParticipants(List.of(
        new Participant("A", "", 1, Goals.defaults()), new Participant("B", "", 1, Goals.defaults())));
    GroupAnalysis a = engine.group(in);

    assertThat(new GroupText(I18n.forLanguage("en")).ownAnswers(a))
        .isEqualTo("All 2 members’ own weights lead to the same answer.");
  }
}
