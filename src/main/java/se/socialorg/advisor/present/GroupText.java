package se.socialorg.advisor.present;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import se.socialorg.advisor.engine.ConsensusLevel;
import se.socialorg.advisor.engine.GroupAnalysis;
import se.socialorg.advisor.engine.GroupWeights;
import se.socialorg.advisor.i18n.I18n;
import se.socialorg.advisor.model.Alternative;
import se.socialorg.advisor.model.Goal;
import se.socialorg.advisor.model.Participant;

/**
 * The group's agreement in the manager's words, for the recommendation step, the report and the
 * command line: each sentence, the lines together, and the chart of members' weights.
 */
public final class GroupText {

  private final I18n i18n;

  public GroupText(I18n i18n) {
    this.i18n = Objects.requireNonNull(i18n, "i18n");
  }

  /** The consensus in a word: "moderate". */
  public String level(ConsensusLevel level) {
    return i18n.t("group.level." + level.name());
  }

  /** "How the team’s weights were combined" in words. */
  public String method(GroupWeights.Method method) {
    return i18n.t("group.method." + method.name());
  }

  /** "Agreement: moderate (consensus 68 %). Members’ weights averaged (AIP)." */
  public String consensus(GroupAnalysis a) {
    return i18n.t("group.consensus", level(a.level()), a.group().consensus(),
        method(a.group().method()));
  }

  /** "4 of 5 members’ own weights lead to the same answer; Legal’s lead to a central team." */
  public String ownAnswers(GroupAnalysis a) {
    int same = a.agreeing().size();
    int all = a.members().size();
    if (same == all) {
      return i18n.t("group.sameAnswer.all", all);
    }
    List<String> parts = new ArrayList<>();
    for (GroupAnalysis.Member m : a.dissenting()) {
      parts.add(i18n.t("group.dissent", label(m.participant()), leadsTo(m.ownRecommendation())));
    }
    return i18n.t("group.sameAnswer.some", same, all, String.join("; ", parts));
  }

  /** "The goal that splits the group most: ..." */
  public String splitting(GroupAnalysis a) {
    return i18n.t("group.splitting", i18n.t("goal." + a.splittingGoal().name()), a.splittingSpread());
  }

  /** "Furthest from the group: ..." */
  public String furthest(GroupAnalysis a) {
    GroupAnalysis.Member m = a.furthest();
    return i18n.t("group.furthest", label(m.participant()), m.distance());
  }

  /** Members who have not answered and are left out, or an empty string. */
  public String unanswered(GroupAnalysis a) {
    if (a.group().unanswered().isEmpty()) {
      return "";
    }
    return i18n.t("group.unanswered",
        String.join(", ", a.group().unanswered().stream().map(this::label).toList()));
  }

  /** A member as the group knows them: the role when given, else the name. */
  public String label(Participant p) {
    return p.role().isBlank() ? p.name().strip() : p.role().strip();
  }

  /** An alternative as the object of "lead to": "a central team". */
  public String leadsTo(Alternative a) {
    return i18n.t("group.leadsTo." + a.name());
  }

  /** Consensus, each member's own answer, the splitting goal, the furthest member, who is missing. */
  public List<String> lines(GroupAnalysis a) {
    List<String> out = new ArrayList<>(List.of(consensus(a), ownAnswers(a), splitting(a),
        furthest(a)));
    String missing = unanswered(a);
    if (!missing.isEmpty()) {
      out.add(missing);
    }
    return out;
  }

  /** One bar per member and goal (the member's own weight) and one for the group's. */
  public List<ChartPoint> memberWeights(GroupAnalysis a) {
    List<ChartPoint> out = new ArrayList<>();
    String source = i18n.t("group.chart.source");
    double[] group = a.group().weights();
    for (Goal g : Goal.values()) {
      String goal = i18n.t("goal." + g.name());
      for (GroupAnalysis.Member m : a.members()) {
        double w = m.weights()[g.ordinal()];
        out.add(ChartPoint.of(goal, m.participant().name().strip(), w * 100, i18n.percent(w, 0), source));
      }
      out.add(new ChartPoint(goal, i18n.t("group.chart.group"), group[g.ordinal()] * 100,
          i18n.percent(group[g.ordinal()], 0), source, method(a.group().method()), true));
    }
    return out;
  }
}
