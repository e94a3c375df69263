package se.socialorg.advisor.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import se.socialorg.advisor.i18n.I18n;
import se.socialorg.advisor.model.Alternative;
import se.socialorg.advisor.model.Participant;

/** The group's agreement in the manager's words, for the app, the report and the command line. */
public final class GroupFormatter {

  private final I18n i18n;

  public GroupFormatter(I18n i18n) {
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
}
