package se.socialorg.advisor.present;

import java.util.ArrayList;
import java.util.List;
import se.socialorg.advisor.engine.GroupAnalysis;
import se.socialorg.advisor.engine.GroupFormatter;
import se.socialorg.advisor.i18n.I18n;
import se.socialorg.advisor.model.Goal;

/** The group's agreement as the recommendation step and the report show it: lines and chart. */
public final class GroupText {

  private final I18n i18n;
  private final GroupFormatter f;

  public GroupText(I18n i18n) {
    this.i18n = i18n;
    this.f = new GroupFormatter(i18n);
  }

  /** Consensus, each member's own answer, the splitting goal, the furthest member, who is missing. */
  public List<String> lines(GroupAnalysis a) {
    List<String> out = new ArrayList<>(List.of(f.consensus(a), f.ownAnswers(a), f.splitting(a),
        f.furthest(a)));
    String missing = f.unanswered(a);
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
          i18n.percent(group[g.ordinal()], 0), source, f.method(a.group().method()), true));
    }
    return out;
  }
}
