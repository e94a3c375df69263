package se.socialorg.advisor.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;
import se.socialorg.advisor.engine.Acceptability;
import se.socialorg.advisor.engine.Advice;
import se.socialorg.advisor.engine.DecisionEngine;
import se.socialorg.advisor.engine.Evaluation;
import se.socialorg.advisor.engine.Exclusion;
import se.socialorg.advisor.engine.FlipPoint;
import se.socialorg.advisor.engine.GroupAnalysis;
import se.socialorg.advisor.present.GroupText;
import se.socialorg.advisor.present.ExecutiveSummary;
import se.socialorg.advisor.present.RecommendationText;
import se.socialorg.advisor.engine.MoneyFigures;
import se.socialorg.advisor.engine.MonthPoint;
import se.socialorg.advisor.engine.ProjectionResult;
import se.socialorg.advisor.engine.RankedAlternative;
import se.socialorg.advisor.engine.Reason;
import se.socialorg.advisor.present.ReasonFormatter;
import se.socialorg.advisor.engine.SensitivityResult;
import se.socialorg.advisor.i18n.I18n;
import se.socialorg.advisor.model.Alternative;
import se.socialorg.advisor.model.Participant;
import se.socialorg.advisor.model.Scenario;
import se.socialorg.advisor.model.ScenarioInputs;
import se.socialorg.advisor.store.Json;

/**
 * {@code evaluate FILE [--json] [--lang en|sv] [--seed N]}: evaluates a scenario file without a
 * window and prints a summary, or with {@code --json} one JSON object with {@code recommended},
 * {@code ranking}, {@code reasons}, {@code acceptability} and {@code projection}.
 */
public final class EvaluateCommand implements Command {

  /** Seed used when none is given: the engine's, the same as the app's and the report's. */
  public static final long DEFAULT_SEED = DecisionEngine.SEED;

  private static final Logger LOG = Logger.getLogger(EvaluateCommand.class.getName());

  private final ScenarioLoader loader;
  private final DecisionEngine engine;

  public EvaluateCommand(ScenarioLoader loader, DecisionEngine engine) {
    this.loader = Objects.requireNonNull(loader, "loader");
    this.engine = Objects.requireNonNull(engine, "engine");
  }

  /** Parsed command line. */
  private record Options(Path file, boolean json, String lang, long seed) {}

  @Override
  public int run(List<String> args, PrintStream out, PrintStream err) {
    Options o = parse(args, err);
    if (o == null) {
      return BAD_INPUT;
    }
    I18n i18n = I18n.forLanguage(o.lang());
    Evaluation ev;
    Acceptability acc;
    ProjectionResult proj;
    SensitivityResult sens;
    GroupAnalysis group;
    try {
      Scenario scenario = loader.load(o.file());
      if (scenario == null) {
        throw new IllegalArgumentException("no scenario in file");
      }
      ev = engine.evaluate(scenario.inputs());
      acc = engine.acceptability(scenario.inputs(), o.seed(), DecisionEngine.DRAWS);
      proj = engine.projection(scenario.inputs());
      sens = engine.sensitivity(scenario.inputs());
      group = engine.group(scenario.inputs());
    } catch (Exception e) {
      LOG.log(Level.WARNING, "evaluate failed for " + o.file(), e);
      String msg = e.getMessage() == null ? e.getClass().getSimpleName() : Reasons.of(e, i18n);
      err.println(i18n.t("engine.cli.cannotEvaluate", o.file().toString(), msg));
      return BAD_INPUT;
    }
    if (o.json()) {
      try {
        Map<String, Object> root = json(ev, acc, proj, sens, i18n);
        if (group != null) {
          root.put("group", groupJson(group, ev.inputs()));
        }
        out.println(Json.mapper().writeValueAsString(root));
      } catch (JsonProcessingException e) {
        err.println(
            i18n.t("engine.cli.cannotEvaluate", o.file().toString(), oneLine(e.getMessage())));
        return BAD_INPUT;
      }
    } else {
      plain(ev, acc, proj, sens, i18n, out);
      if (group != null) {
        plainGroup(group, i18n, out);
      }
    }
    return OK;
  }

  private static String oneLine(String s) {
    return s == null ? "" : s.replaceAll("\\s*\\R\\s*", " ").trim();
  }

  private static Options parse(List<String> args, PrintStream err) {
    Path file = null;
    boolean json = false;
    String lang = "en";
    long seed = DEFAULT_SEED;
    I18n en = I18n.forLanguage("en");
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      switch (a) {
        case "--json" -> json = true;
        case "--lang" -> {
          if (i + 1 >= args.size() || !List.of("en", "sv").contains(args.get(i + 1))) {
            err.println(en.t("engine.cli.usage"));
            return null;
          }
          lang = args.get(++i);
        }
        case "--seed" -> {
          if (i + 1 >= args.size()) {
            err.println(en.t("engine.cli.usage"));
            return null;
          }
          String v = args.get(++i);
          try {
            seed = Long.parseLong(v);
          } catch (NumberFormatException e) {
            err.println(en.t("engine.cli.badSeed", v));
            return null;
          }
        }
        default -> {
          if (a.startsWith("--") || file != null) {
            err.println(en.t("engine.cli.usage"));
            return null;
          }
          file = Path.of(a);
        }
      }
    }
    if (file == null) {
      err.println(en.t("engine.cli.usage"));
      return null;
    }
    return new Options(file, json, lang, seed);
  }

  private static Map<String, Object> json(
      Evaluation ev,
      Acceptability acc,
      ProjectionResult proj,
      SensitivityResult sens,
      I18n i18n) {
    ReasonFormatter fmt = new ReasonFormatter(i18n);
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("recommended", ev.recommended().name());
    root.put("margin", ev.margin());
    List<Map<String, Object>> ranking = new ArrayList<>();
    for (RankedAlternative r : ev.ranking()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("model", r.model().name());
      m.put("score", r.score());
      ranking.add(m);
    }
    root.put("ranking", ranking);
    Map<String, Object> weights = new LinkedHashMap<>();
    ev.weights().forEach((g, w) -> weights.put(g.name(), w));
    root.put("weights", weights);
    if (ev.ahp() != null) {
      Map<String, Object> ahp = new LinkedHashMap<>();
      ahp.put("goals", ev.ahpGoals().stream().map(Enum::name).toList());
      ahp.put("consistencyRatio", ev.ahp().consistencyRatio());
      root.put("ahp", ahp);
    }
    List<Map<String, Object>> reasons = new ArrayList<>();
    for (Reason r : ev.reasonsFor()) {
      reasons.add(reason(r, fmt));
    }
    for (Reason r : ev.reasonsAgainst()) {
      reasons.add(reason(r, fmt));
    }
    root.put("reasons", reasons);
    List<Map<String, Object>> excluded = new ArrayList<>();
    for (Exclusion e : ev.excluded()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("model", e.alternative().name());
      m.put("key", e.key());
      m.put("text", fmt.text(e));
      excluded.add(m);
    }
    root.put("notOffered", excluded);
    Map<String, Object> acceptability = new LinkedHashMap<>();
    for (Alternative a : Alternative.values()) {
      if (acc.firstRank().containsKey(a)) {
        acceptability.put(a.name(), acc.probability(a));
      }
    }
    root.put("acceptability", acceptability);
    root.put("draws", acc.draws());
    root.put("seed", acc.seed());
    List<Map<String, Object>> flips = new ArrayList<>();
    for (FlipPoint f : sens.flipPoints()) {
      if (f.flips()) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("parameter", f.parameter());
        m.put("current", f.current());
        m.put("flipValue", f.flipValue());
        m.put("newWinner", f.newWinner().name());
        flips.add(m);
      }
    }
    root.put("flipPoints", flips);
    Map<String, Object> projection = new LinkedHashMap<>();
    for (Alternative a : Alternative.values()) {
      List<MonthPoint> series = proj.series().get(a);
      if (series != null) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("hires", proj.hires().get(a));
        m.put("final", series.get(series.size() - 1));
        m.put("months", series);
        projection.put(a.name(), m);
      }
    }
    root.put("projection", projection);
    Advice adv = Advice.of(ev, sens, acc);
    root.put("confidence", adv.confidence().name());
    root.put("chanceFirst", adv.chanceFirst());
    root.put("leadPoints", adv.leadPoints());
    root.put("headline", ExecutiveSummary.of(adv, null, i18n).headline());
    root.put("restsOnDefaults", adv.allDefaults());
    FlipPoint deciding = adv.decidingFlip();
    if (deciding != null) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("parameter", deciding.parameter());
      m.put("current", deciding.current());
      m.put("flipValue", deciding.flipValue());
      m.put("newWinner", deciding.newWinner().name());
      root.put("decidingFlip", m);
    } else {
      root.put("decidingFlip", null);
    }
    Map<String, Object> money = new LinkedHashMap<>();
    money.put("currency", adv.money().currency());
    money.put("bestReturn", adv.money().bestReturn().name());
    money.put("recommendedHasBestReturn", adv.money().recommendedHasBestReturn());
    List<Map<String, Object>> figures = new ArrayList<>();
    for (MoneyFigures f : adv.money().figures()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("model", f.model().name());
      m.put("case", f.projectionCase().name());
      m.put("months", f.months());
      m.put("headcount", f.headcount());
      m.put("cost", f.cost());
      m.put("value", f.value());
      m.put("roi", f.roi());
      figures.add(m);
    }
    money.put("figures", figures);
    root.put("money", money);
    return root;
  }

  private static Map<String, Object> reason(Reason r, ReasonFormatter fmt) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("key", r.key());
    m.put("text", fmt.text(r));
    m.put("alternative", r.alternative().name());
    m.put("comparedWith", r.comparedWith().name());
    m.put("goal", r.goal() == null ? null : r.goal().name());
    m.put("rule", r.rule() == null ? null : r.rule().name());
    m.put("impact", r.impact());
    m.put("inFavour", r.inFavour());
    m.put("source", r.sourceKey());
    m.put("fromDefault", r.fromDefault());
    return m;
  }

  private static void plain(
      Evaluation ev, Acceptability acc, ProjectionResult proj, SensitivityResult sens, I18n i18n,
      PrintStream out) {
    RecommendationText fmt = new RecommendationText(i18n);
    out.println(
        i18n.t(
            "engine.cli.recommended",
            fmt.name(ev.recommended()),
            ev.margin(),
            fmt.name(ev.runnerUp())));
    out.println(i18n.t("engine.cli.ranking"));
    int rank = 1;
    for (RankedAlternative r : ev.ranking()) {
      out.println("  " + i18n.t("engine.cli.rankingLine", rank++, fmt.name(r.model()), r.score()));
    }
    out.println(i18n.t("engine.cli.reasonsFor"));
    ev.reasonsFor().forEach(r -> out.println("  + " + fmt.reasonOnly(r)));
    out.println(i18n.t("engine.cli.reasonsAgainst"));
    ev.reasonsAgainst().forEach(r -> out.println("  - " + fmt.reasonOnly(r)));
    if (!ev.excluded().isEmpty()) {
      out.println(i18n.t("engine.cli.excluded"));
      ev.excluded().forEach(e -> out.println("  " + fmt.exclusionOnly(e)));
    }
    out.println(i18n.t("engine.cli.acceptability", acc.draws(), Long.toString(acc.seed())));
    for (Alternative a : Alternative.values()) {
      if (acc.firstRank().containsKey(a)) {
        out.println("  " + i18n.t("engine.cli.acceptabilityLine", fmt.name(a), acc.probability(a)));
      }
    }
    List<String> flips = fmt.flipPoints(sens);
    if (!flips.isEmpty()) {
      out.println(i18n.t("present.cli.flipPoints"));
      flips.forEach(f -> out.println("  " + f));
    }
    out.println(i18n.t("engine.cli.projection", ev.inputs().projection().months()));
    String currency = ev.inputs().resources().currency();
    for (Alternative a : Alternative.values()) {
      if (proj.series().containsKey(a)) {
        MonthPoint p = proj.last(a);
        out.println(
            "  "
                + i18n.t(
                    "engine.cli.projectionLine",
                    fmt.name(a),
                    p.impressions(),
                    p.clicks(),
                    p.cumulativeCost(),
                    p.roi(),
                    currency));
      }
    }
  }

  /**
   * The {@code group} object: {@code consensus} (S*, 0-1), {@code consensusLevel}, {@code method}
   * ({@code AIJ} or {@code AIP}), {@code participants} (every member in scenario order: name,
   * role, weight, answered, own recommendation or null when not answered), the goal that splits
   * the group most and the member furthest from it.
   */
  private static Map<String, Object> groupJson(GroupAnalysis a, ScenarioInputs in) {
    Map<String, Object> g = new LinkedHashMap<>();
    g.put("consensus", a.group().consensus());
    g.put("consensusLevel", a.level().name());
    g.put("method", a.group().method().name());
    List<Map<String, Object>> members = new ArrayList<>();
    for (int i = 0; i < in.participants().size(); i++) {
      Participant p = in.participants().get(i);
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("name", p.name());
      m.put("role", p.role());
      m.put("weight", p.weight());
      m.put("answered", p.answered());
      final int index = i;
      GroupAnalysis.Member row =
          a.members().stream().filter(x -> x.index() == index).findFirst().orElse(null);
      m.put("ownRecommendation", row == null ? null : row.ownRecommendation().name());
      if (row != null) {
        m.put("distanceFromGroup", row.distance());
      }
      members.add(m);
    }
    g.put("participants", members);
    g.put("sameAnswer", a.agreeing().size());
    g.put("splittingGoal", a.splittingGoal().name());
    g.put("furthest", a.furthest().participant().name());
    return g;
  }

  private static void plainGroup(GroupAnalysis a, I18n i18n, PrintStream out) {
    GroupText f = new GroupText(i18n);
    out.println(i18n.t("engine.cli.group", a.members().size()));
    out.println("  " + f.consensus(a));
    out.println("  " + f.ownAnswers(a));
    out.println("  " + f.splitting(a));
    out.println("  " + f.furthest(a));
    String missing = f.unanswered(a);
    if (!missing.isEmpty()) {
      out.println("  " + missing);
    }
  }
}
