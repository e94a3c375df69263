package se.socialorg.advisor.ui.scenario;

import java.util.List;
import java.util.Objects;
import se.socialorg.advisor.model.Goal;
import se.socialorg.advisor.model.Goals;
import se.socialorg.advisor.model.InputField;
import se.socialorg.advisor.model.Judgement;
import se.socialorg.advisor.model.Organisation;
import se.socialorg.advisor.model.Scenario;
import se.socialorg.advisor.model.ScenarioInputs;

/**
 * What an edit changed, named by the bundle key of its label ("Employees", "Scenario name", "the
 * goals"): Edit &gt; Undo says it, and rapid edits of the same thing make one undo step.
 */
final class ScenarioChange {

  private ScenarioChange() {}

  /** The same case without the wizard's position, which is where the manager is, not content. */
  static Scenario content(Scenario s) {
    return s.withWizardStep(0);
  }

  static boolean sameContent(Scenario a, Scenario b) {
    return content(a).equals(content(b));
  }

  /**
   * What an edit changed.
   *
   * @param key the bundle key naming it for the menu, or null when nothing nameable
   * @param identity what tells edits apart for merging: rapid edits merge only when it is the same
   *     (one goal's slider, one pair's answer, the weighing mode)
   */
  record Change(String key, String identity) {}

  static Change of(Scenario before, Scenario after) {
    String key = key(before, after);
    if ("wizard.leaning.goals".equals(key) || key == null) {
      Goals a = before.inputs().goals();
      Goals b = after.inputs().goals();
      if (!before.inputs().participants().equals(after.inputs().participants())) {
        return new Change(key, "participants");
      }
      if (a.mode() != b.mode()) {
        return new Change(key, "goals.mode");
      }
      for (Goal g : Goal.values()) {
        if (Double.compare(a.slider(g), b.slider(g)) != 0) {
          return new Change("goal." + g.name(), "goal." + g.name());
        }
      }
      List<Judgement> ja = a.judgements();
      List<Judgement> jb = b.judgements();
      for (int i = 0; i < Math.min(ja.size(), jb.size()); i++) {
        if (!ja.get(i).equals(jb.get(i))) {
          return new Change(key, "pair." + jb.get(i).first() + "." + jb.get(i).second());
        }
      }
    }
    return new Change(key, key == null ? "" : key);
  }

  /** The bundle key naming the first thing that differs, or null when nothing nameable does. */
  static String key(Scenario before, Scenario after) {
    if (!before.name().equals(after.name())) {
      return "wizard.names.scenario";
    }
    if (!before.organisationName().equals(after.organisationName())) {
      return "wizard.names.organisation";
    }
    if (!before.author().equals(after.author())) {
      return "wizard.names.author";
    }
    if (!before.date().equals(after.date())) {
      return "wizard.names.date";
    }
    if (!before.decision().equals(after.decision())) {
      return "wizard.result.decision";
    }
    return inputs(before.inputs(), after.inputs());
  }

  private static String inputs(ScenarioInputs a, ScenarioInputs b) {
    for (InputField f : InputField.values()) {
      if (Double.compare(f.read(a), f.read(b)) != 0) {
        return "field." + f.name();
      }
    }
    if (!a.goals().equals(b.goals()) || !a.participants().equals(b.participants())) {
      return "wizard.leaning.goals";
    }
    Organisation oa = a.organisation();
    Organisation ob = b.organisation();
    if (oa.maturity() != ob.maturity()) {
      return "wizard.org.maturity";
    }
    if (oa.sharedFunctions() != ob.sharedFunctions()) {
      return "wizard.org.shared";
    }
    if (!Objects.equals(a.trust(), b.trust())) {
      return "wizard.trust.short";
    }
    if (!Objects.equals(a.readiness(), b.readiness())) {
      return "wizard.readiness.short";
    }
    if (!Objects.equals(a.resources(), b.resources())
        || !Objects.equals(a.assumptions(), b.assumptions())
        || !Objects.equals(a.projection(), b.projection())) {
      return "wizard.resources.short";
    }
    return null;
  }
}
