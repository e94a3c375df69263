package se.socialorg.advisor.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.socialorg.advisor.model.Alternative;
import se.socialorg.advisor.model.Goal;
import se.socialorg.advisor.model.Goals;
import se.socialorg.advisor.model.ScenarioInputs;
import se.socialorg.advisor.model.WeightMode;

/**
 * Recommends an organisational model: goal weights, offered alternatives, per-goal scores,
 * ranking, margin and reasons. Stateless and thread-safe; sensitivity, robustness and projection
 * are reachable from here too.
 */
public final class DecisionEngine {

  /** Reasons for and against the recommendation that {@link Evaluation} keeps. */
  public static final int TOP_REASONS = 5;

  /**
   * The one seed of robustness: the app, the report, the CSV and {@code evaluate} use it unless
   * a seed is given, so the same file shows the same figures everywhere.
   */
  public static final long SEED = 20121L;

  /** The one number of robustness draws, used everywhere. */
  public static final int DRAWS = 10_000;

  private static final ScenarioInputs DEFAULTS = ScenarioInputs.defaults();
  private static final double[] DEFAULT_RAW = ScoringModel.raw(DEFAULTS);

  public DecisionEngine() {}

  /** Evaluates the inputs; refuses invalid ones with an {@link IllegalArgumentException}. */
  public Evaluation evaluate(ScenarioInputs in) {
    InputCheck.check(in);
    GoalWeights gw = GoalWeights.forInputs(in);
    double[] w = gw.weights();
    double[] raw = ScoringModel.raw(in);
    double[] f = new double[ScoringModel.R];
    ScoringModel.factors(raw, f);

    Set<Alternative> offered = EnumSet.noneOf(Alternative.class);
    for (Alternative a : ScoringModel.ALTERNATIVES) {
      if (ScoringModel.offered(raw, a.ordinal())) {
        offered.add(a);
      }
    }
    double[][] s = new double[ScoringModel.A][ScoringModel.G];
    double[] totals = new double[ScoringModel.A];
    Map<Alternative, Map<Goal, Double>> scores = new EnumMap<>(Alternative.class);
    List<RankedAlternative> ranking = new ArrayList<>();
    for (Alternative a : offered) {
      Map<Goal, Double> perGoal = new EnumMap<>(Goal.class);
      for (Goal g : ScoringModel.GOALS) {
        s[a.ordinal()][g.ordinal()] = ScoringModel.score(f, a.ordinal(), g.ordinal());
        perGoal.put(g, s[a.ordinal()][g.ordinal()]);
        totals[a.ordinal()] += w[g.ordinal()] * s[a.ordinal()][g.ordinal()];
      }
      scores.put(a, Collections.unmodifiableMap(perGoal));
      ranking.add(new RankedAlternative(a, totals[a.ordinal()]));
    }
    ranking.sort(
        Comparator.comparingDouble(RankedAlternative::score)
            .reversed()
            .thenComparing(r -> r.model().ordinal()));
    Alternative best = ranking.get(0).model();
    Alternative second = ranking.get(1).model();

    Explainer ex = new Explainer(in, raw, f, w, s);
    List<Reason> main = ex.reasons(best, second);
    Map<Alternative, List<Reason>> byAlternative = new EnumMap<>(Alternative.class);
    for (Alternative a : offered) {
      byAlternative.put(a, a == best ? main : ex.reasons(a, best));
    }
    Map<Goal, Double> weights = new EnumMap<>(Goal.class);
    for (Goal g : ScoringModel.GOALS) {
      weights.put(g, w[g.ordinal()]);
    }
    return new Evaluation(
        in,
        Collections.unmodifiableMap(weights),
        gw.ahp(),
        gw.ahpGoals(),
        Collections.unmodifiableSet(offered),
        exclusions(in, offered),
        Collections.unmodifiableMap(scores),
        List.copyOf(ranking),
        best,
        ranking.get(0).score() - ranking.get(1).score(),
        top(main, true),
        top(main, false),
        Collections.unmodifiableMap(byAlternative));
  }

  /** One-way sensitivity (tornado) and flip points. */
  public SensitivityResult sensitivity(ScenarioInputs in) {
    return new Sensitivity().analyse(in);
  }

  /** Probability of each alternative ranking first, with the engine's seed and draws. */
  public Acceptability acceptability(ScenarioInputs in) {
    return acceptability(in, SEED, DRAWS);
  }

  /** Probability of each alternative ranking first over {@code draws} seeded draws. */
  public Acceptability acceptability(ScenarioInputs in, long seed, int draws) {
    return new MonteCarlo(seed, weightSampler(in), true).run(in, draws);
  }

  /**
   * How robustness draws the goal weights: from the members' spread when a group decides
   * ({@link GroupWeights#spreadSampler()}), else each weight moved by up to
   * {@link WeightSampler#DEFAULT_SPREAD} on a log scale.
   */
  static WeightSampler weightSampler(ScenarioInputs in) {
    InputCheck.check(in);
    GroupWeights group = GroupWeights.of(in);
    return group == null
        ? WeightSampler.jitter(WeightSampler.DEFAULT_SPREAD)
        : group.spreadSampler();
  }

  /**
   * How the group agrees and where it splits, with each member's own recommendation; null when
   * fewer than two participants have answered (one person decides).
   */
  public GroupAnalysis group(ScenarioInputs in) {
    InputCheck.check(in);
    return GroupAnalysis.of(in, this);
  }

  /**
   * Everything an executive summary states, from the engine's seed and draws: one evaluation,
   * its sensitivity and robustness, worded the same by the app, the report and the CLI.
   */
  public Advice advise(ScenarioInputs in) {
    return Advice.of(evaluate(in), sensitivity(in), acceptability(in));
  }

  /** Reach and cost projection per offered alternative. */
  public ProjectionResult projection(ScenarioInputs in) {
    return new Projection().project(in);
  }

  private static List<Reason> top(List<Reason> all, boolean inFavour) {
    List<Reason> out = new ArrayList<>();
    for (Reason r : all) {
      if (r.inFavour() == inFavour && r.impact() != 0 && out.size() < TOP_REASONS) {
        out.add(r);
      }
    }
    return List.copyOf(out);
  }

  private static List<Exclusion> exclusions(ScenarioInputs in, Set<Alternative> offered) {
    List<Exclusion> out = new ArrayList<>();
    var o = in.organisation();
    if (!offered.contains(Alternative.MULTIPLE_HUB_AND_SPOKE)) {
      out.add(
          new Exclusion(
              Alternative.MULTIPLE_HUB_AND_SPOKE,
              "engine.excluded.MULTIPLE_HUB_AND_SPOKE",
              List.of(
                  o.employees(),
                  o.businessUnits(),
                  o.countries(),
                  ScoringModel.MULTI_HUB_MIN_EMPLOYEES,
                  ScoringModel.MULTI_HUB_MIN_UNITS),
              "source.altimeter2010"));
    }
    if (!offered.contains(Alternative.HOLISTIC)) {
      out.add(
          new Exclusion(
              Alternative.HOLISTIC,
              "engine.excluded.HOLISTIC",
              List.of(
                  o.maturity(),
                  o.cultureOpenness(),
                  ScoringModel.HOLISTIC_MIN_MATURITY,
                  ScoringModel.HOLISTIC_MIN_OPENNESS),
              "source.altimeter2010"));
    }
    return List.copyOf(out);
  }

  /** Builds reasons: one per goal and one per rule, with their share of the margin. */
  private static final class Explainer {
    private final ScenarioInputs in;
    private final double[] raw;
    private final double[] f;
    private final double[] w;
    private final double[][] s;

    Explainer(ScenarioInputs in, double[] raw, double[] f, double[] w, double[][] s) {
      this.in = in;
      this.raw = raw;
      this.f = f;
      this.w = w;
      this.s = s;
    }

    /** Reasons for and against {@code a} compared with {@code b}, by absolute impact. */
    List<Reason> reasons(Alternative a, Alternative b) {
      List<Reason> out = new ArrayList<>();
      int ia = a.ordinal();
      int ib = b.ordinal();
      boolean goalsDefault = goalsAtDefault(in.goals()) && !GroupWeights.decides(in);
      for (Goal g : ScoringModel.GOALS) {
        int k = g.ordinal();
        double impact = w[k] * (s[ia][k] - s[ib][k]);
        if (w[k] == 0 || Math.abs(impact) < 1e-9) {
          continue;
        }
        out.add(
            new Reason(
                "engine.reason.goal",
                List.of(g, w[k], s[ia][k] * 100, a, s[ib][k] * 100, b),
                a,
                b,
                g,
                null,
                impact,
                impact > 0,
                goalSource(g),
                goalsDefault
                    && in.goals().slider(g) == Goals.defaults().slider(g)));
      }
      for (Rule r : ScoringModel.RULES) {
        int ir = r.ordinal();
        double x = f[ir] - r.neutral();
        double impact = 0;
        for (int k = 0; k < ScoringModel.G; k++) {
          impact += w[k] * (ScoringModel.COEF[ir][ia][k] - ScoringModel.COEF[ir][ib][k]) * x;
        }
        if (Math.abs(impact) < 1e-9) {
          continue;
        }
        out.add(
            new Reason(
                r.reasonKey(x >= 0),
                args(r),
                a,
                b,
                null,
                r,
                impact,
                impact > 0,
                r.sourceKey(),
                atDefault(r)));
      }
      out.sort(Comparator.comparingDouble((Reason r) -> -Math.abs(r.impact())));
      return List.copyOf(out);
    }

    private boolean atDefault(Rule r) {
      for (Parameter p : r.parameters()) {
        if (raw[p.ordinal()] != DEFAULT_RAW[p.ordinal()]) {
          return false;
        }
      }
      return true;
    }

    private List<Object> args(Rule r) {
      var o = in.organisation();
      var t = in.trust();
      var rd = in.readiness();
      var rs = in.resources();
      return switch (r) {
        case CREDIBILITY_GAP -> List.of(
            (raw[Parameter.CREDIBILITY_TECHNICAL_EXPERT.ordinal()]
                    + raw[Parameter.CREDIBILITY_PERSON_LIKE_YOURSELF.ordinal()]
                    + raw[Parameter.CREDIBILITY_EMPLOYEE.ordinal()])
                / 3,
            raw[Parameter.CREDIBILITY_CEO.ordinal()]);
        case MEDIA_DISTRUST -> List.of(t.trustInMedia());
        case INDUSTRY_DISTRUST -> List.of(
            t.industryTrust(), java.util.Objects.toString(t.industry(), ""));
        case REGULATION -> List.of(o.regulation());
        case READINESS -> List.of(rd.willingShare(), rd.activeShare(), rd.averageNetwork());
        case CRITICAL_MASS -> List.of(Math.round(o.employees() * rd.willingShare()));
        case TECHNICAL_EXPERTS -> List.of(o.technicalExpertShare());
        case SIZE -> List.of(o.employees());
        case SPREAD -> List.of(o.businessUnits(), o.countries());
        case MATURITY -> List.of(o.maturity());
        case OPENNESS -> List.of(o.cultureOpenness());
        case SHARED_FUNCTIONS -> List.of(o.sharedFunctions());
        case HIRING_DIFFICULTY -> List.of(rs.hiringDifficulty());
        case HIRE_COST -> List.of(rs.loadedSalary(), rs.annualBudget(), rs.currency());
      };
    }

    private static boolean goalsAtDefault(Goals g) {
      return g.mode() == WeightMode.DIRECT;
    }

    private static String goalSource(Goal g) {
      return switch (g) {
        case TRUST_CREDIBILITY, THOUGHT_LEADERSHIP, EMPLOYER_BRANDING -> "source.edelman2012";
        case CUSTOMER_SERVICE, CRISIS_READINESS -> "source.altimeter2011";
        case LEAD_GENERATION -> "source.linkedin2016";
        case MEASURABLE_ROI -> "source.annonsorer2012";
      };
    }
  }
}
