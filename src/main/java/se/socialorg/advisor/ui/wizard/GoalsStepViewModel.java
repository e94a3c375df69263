package se.socialorg.advisor.ui.wizard;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import se.socialorg.advisor.engine.GoalWeights;
import se.socialorg.advisor.i18n.I18n;
import se.socialorg.advisor.model.Goal;
import se.socialorg.advisor.model.Goals;
import se.socialorg.advisor.model.Judgement;
import se.socialorg.advisor.model.Participant;
import se.socialorg.advisor.model.Scenario;
import se.socialorg.advisor.model.WeightMode;
import se.socialorg.advisor.ui.scenario.ScenarioSession;

/**
 * Step 1's state and commands: how goals are weighed (sliders or pairs), the sliders, the
 * pairwise answers, and the rule that at least one goal must matter. The mode follows the
 * scenario, so it is right after a file is opened; the step's view binds its toggles to it.
 */
public final class GoalsStepViewModel {

  /** At most this many goals are compared pairwise (ten questions). */
  static final int MAX_PAIRWISE_GOALS = 5;

  /** The id under which the step's problem blocks Next. */
  static final String PROBLEM_ID = "goals";

  /** The step's place in the wizard. */
  static final int STEP = 0;

  private final ScenarioSession session;
  private final WizardModel wizard;
  private final Supplier<I18n> i18n;
  private final ObjectProperty<WeightMode> mode = new SimpleObjectProperty<>();
  private final ObjectProperty<Integer> member = new SimpleObjectProperty<>();
  private final StepValidity validity = new StepValidity();

  public GoalsStepViewModel(WizardModel wizard, Supplier<I18n> i18n) {
    this.wizard = wizard;
    this.session = wizard.session();
    this.i18n = i18n;
    session.scenarioProperty().addListener((o, a, b) -> sync());
    validity.onReset(this::sync);
    sync();
    wizard.watch(STEP, validity);
  }

  /** The language changed: the problem, if any, in the new one. */
  void languageChanged() {
    sync();
  }

  /** Whether the goals can be weighed (not every slider at zero), with the problem if not. */
  public StepValidity validity() {
    return validity;
  }

  /** Sliders or pairs, as the scenario says. */
  public ReadOnlyObjectProperty<WeightMode> modeProperty() {
    return mode;
  }

  public Goals goals() {
    return goalsOf(session.scenario());
  }

  /**
   * Whose goals the step edits: null for the scenario's own weights, else the index of the
   * participant answering now (Add participant, then their goals step).
   */
  public ReadOnlyObjectProperty<Integer> memberProperty() {
    return member;
  }

  /** Lets participant {@code index} answer on this computer; null goes back to the scenario's own. */
  public void answerFor(Integer index) {
    member.set(index);
    sync();
  }

  /** The goal weights the answering participant's answers give, or null for the scenario's own. */
  public double[] memberWeights() {
    if (member.get() == null) {
      return null;
    }
    try {
      return GoalWeights.of(goals()).weights();
    } catch (IllegalArgumentException e) {
      return new double[Goal.values().length];
    }
  }

  private Goals goalsOf(Scenario s) {
    Integer m = member.get();
    List<Participant> ps = s.inputs().participants();
    return m == null || m >= ps.size() ? s.inputs().goals() : ps.get(m).goals();
  }

  private Scenario withGoals(Scenario s, Goals g) {
    Integer m = member.get();
    List<Participant> ps = new ArrayList<>(s.inputs().participants());
    if (m == null || m >= ps.size()) {
      return s.withInputs(s.inputs().withGoals(g));
    }
    ps.set(m, ps.get(m).withGoals(g));
    return s.withInputs(s.inputs().withParticipants(ps));
  }

  /**
   * Switches between sliders and pairs. The first switch to pairs starts from answers consistent
   * with the sliders.
   */
  public void setMode(WeightMode newMode) {
    session.edit(s -> {
      Goals old = goalsOf(s);
      List<Judgement> js = newMode == WeightMode.PAIRWISE && old.judgements().isEmpty()
          ? judgementsFromSliders(noSlider(old) ? s.inputs().goals() : old) : old.judgements();
      return withGoals(s, new Goals(newMode, old.sliders(), js));
    });
  }

  /** Sets one goal's slider (0-100). */
  public void setSlider(Goal g, double value) {
    session.edit(s -> {
      Goals old = goalsOf(s);
      Map<Goal, Double> m = new EnumMap<>(Goal.class);
      m.putAll(old.sliders());
      m.put(g, value);
      List<Judgement> js = old.mode() == WeightMode.PAIRWISE ? old.judgements() : List.of();
      return withGoals(s, new Goals(old.mode(), m, js));
    });
  }

  /** Answers one pairwise question: how many times {@code first} matters more than second. */
  public void setJudgement(Goal first, Goal second, double ratio) {
    session.edit(s -> {
      Goals old = goalsOf(s);
      List<Judgement> js = new ArrayList<>();
      for (Judgement j : old.judgements()) {
        js.add(j.first() == first && j.second() == second ? new Judgement(first, second, ratio) : j);
      }
      return withGoals(s, new Goals(old.mode(), old.sliders(), js));
    });
  }

  private static boolean noSlider(Goals g) {
    return g.sliders().values().stream().mapToDouble(Double::doubleValue).sum() <= 0;
  }

  private void sync() {
    Integer m = member.get();
    if (m != null && m >= session.scenario().inputs().participants().size()) {
      member.set(null);
    }
    Goals g = goals();
    mode.set(g.mode());
    // A participant who has not answered yet is no problem: they are left out of the group.
    boolean noneMatters = member.get() == null && noSlider(g);
    validity.set(PROBLEM_ID, noneMatters ? i18n.get().t("wizard.goals.invalid.allZero") : null);
  }

  /** The goals compared pairwise: the most important ones by slider, at most five. */
  static List<Goal> pairGoals(Goals goals) {
    List<Goal> judged = GoalWeights.judgedGoals(goals);
    if (goals.mode() == WeightMode.PAIRWISE && judged.size() >= 2) {
      return judged;
    }
    List<Goal> all = new ArrayList<>(List.of(Goal.values()));
    all.removeIf(g -> goals.slider(g) <= 0);
    all.sort(Comparator.comparingDouble((Goal g) -> -goals.slider(g)));
    return List.copyOf(all.subList(0, Math.min(MAX_PAIRWISE_GOALS, all.size())));
  }

  /** A consistent starting point: each ratio from the two sliders, on Saaty's 1-9 scale. */
  static List<Judgement> judgementsFromSliders(Goals goals) {
    List<Goal> gs = pairGoals(new Goals(WeightMode.DIRECT, goals.sliders(), List.of()));
    List<Judgement> out = new ArrayList<>();
    for (int i = 0; i < gs.size(); i++) {
      for (int j = i + 1; j < gs.size(); j++) {
        double r = goals.slider(gs.get(i)) / Math.max(1, goals.slider(gs.get(j)));
        out.add(new Judgement(gs.get(i), gs.get(j), toRatio(toPosition(r))));
      }
    }
    return out;
  }

  /** Slider position -8..8 (negative: the first goal matters more) to a ratio first/second. */
  static double toRatio(int position) {
    return position <= 0 ? 1 - position : 1.0 / (1 + position);
  }

  static int toPosition(double ratio) {
    if (ratio >= 1) {
      return (int) -Math.min(8, Math.round(ratio - 1));
    }
    return (int) Math.min(8, Math.round(1 / ratio - 1));
  }
}
