package se.socialorg.advisor.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;
import se.socialorg.advisor.engine.DecisionEngine;
import se.socialorg.advisor.engine.Figures;
import se.socialorg.advisor.engine.FollowUpAnalysis;
import se.socialorg.advisor.engine.FollowUpResult;
import se.socialorg.advisor.engine.KpiStatus;
import se.socialorg.advisor.engine.Measure;
import se.socialorg.advisor.engine.MonthComparison;
import se.socialorg.advisor.present.ReasonFormatter;
import se.socialorg.advisor.engine.WhatIf;
import se.socialorg.advisor.i18n.I18n;
import se.socialorg.advisor.model.ActualsImport;
import se.socialorg.advisor.model.Alternative;
import se.socialorg.advisor.model.FollowUp;
import se.socialorg.advisor.model.Scenario;
import se.socialorg.advisor.store.Json;
import se.socialorg.advisor.store.followup.ActualsFileException;
import se.socialorg.advisor.store.followup.ActualsReadResult;
import se.socialorg.advisor.store.followup.ActualsReader;
import se.socialorg.advisor.store.followup.FollowUpFileException;
import se.socialorg.advisor.store.followup.FollowUpFiles;

/**
 * {@code followup SCENARIO --actuals FILE [--json] [--lang en|sv]}: reads actual results (a
 * LinkedIn Company Page export or an advocacy platform report) and prints them beside the
 * scenario's projection for exactly the months they cover. The follow-up file beside the
 * scenario, when there is one, gives the decision date, the targets and the costs typed in.
 * {@code --json} prints one object with {@code months}, {@code actual}, {@code projected} and
 * {@code monthly}. A bad file prints one line on standard error and exits with 2.
 */
public final class FollowUpCommand implements Command {

  private static final Logger LOG = Logger.getLogger(FollowUpCommand.class.getName());

  private final ScenarioLoader loader;
  private final DecisionEngine engine;
  private final Clock clock;

  public FollowUpCommand(ScenarioLoader loader, DecisionEngine engine, Clock clock) {
    this.loader = Objects.requireNonNull(loader, "loader");
    this.engine = Objects.requireNonNull(engine, "engine");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  private record Options(Path scenario, Path actuals, boolean json, String lang) {}

  @Override
  public int run(List<String> args, PrintStream out, PrintStream err) {
    Options o = parse(args);
    I18n en = I18n.forLanguage("en");
    if (o == null) {
      err.println(en.t("followup.cli.usage"));
      return BAD_INPUT;
    }
    I18n i18n = I18n.forLanguage(o.lang());
    Scenario scenario;
    FollowUp followUp;
    try {
      scenario = loader.load(o.scenario());
      if (scenario == null) {
        throw new IllegalArgumentException("no scenario in file");
      }
      followUp = new FollowUpFiles().readBeside(o.scenario());
    } catch (FollowUpFileException e) {
      err.println(i18n.t("followup.cli.cannotRead", o.scenario().toString(), e.message(i18n)));
      return BAD_INPUT;
    } catch (Exception e) {
      LOG.log(Level.FINE, "followup cannot load " + o.scenario(), e);
      err.println(i18n.t("followup.cli.cannotRead", o.scenario().toString(), Reasons.of(e, i18n)));
      return BAD_INPUT;
    }
    ActualsImport actuals;
    try {
      ActualsReadResult r =
          ActualsReader.read(
              o.actuals(), null, scenario.inputs().projection().organicVisibility(), clock.instant());
      if (!r.ok()) {
        String first = r.errors().get(0).format(i18n);
        int others = r.errors().size() - 1 + r.moreErrors();
        String file = o.actuals().getFileName().toString();
        err.println(
            others > 0
                ? i18n.t("followup.cli.rejectedMore", file, first, others)
                : i18n.t("followup.cli.rejected", file, first));
        return BAD_INPUT;
      }
      actuals = r.imported();
    } catch (ActualsFileException e) {
      err.println(i18n.t("followup.cli.rejected", o.actuals().getFileName().toString(), e.message(i18n)));
      return BAD_INPUT;
    } catch (IOException e) {
      LOG.log(Level.FINE, "followup cannot read " + o.actuals(), e);
      err.println(i18n.t("followup.cli.cannotRead", o.actuals().toString(), oneLine(e.getMessage())));
      return BAD_INPUT;
    }
    FollowUpResult result;
    WhatIf whatIf;
    try {
      Alternative followed =
          scenario.decision().taken() != null
              ? scenario.decision().taken()
              : engine.evaluate(scenario.inputs()).recommended();
      result =
          FollowUpAnalysis.compare(
              scenario.inputs(),
              followed,
              FollowUpAnalysis.start(followUp.decidedOn(), List.of(actuals)),
              List.of(actuals),
              followUp.costs(),
              followUp.targets());
      whatIf = FollowUpAnalysis.whatIf(scenario.inputs(), followed, result.observed(), engine);
    } catch (IllegalArgumentException e) {
      LOG.log(Level.FINE, "followup cannot evaluate " + o.scenario(), e);
      err.println(i18n.t("followup.cli.cannotRead", o.scenario().toString(), Reasons.of(e, i18n)));
      return BAD_INPUT;
    }
    if (o.json()) {
      try {
        out.println(Json.mapper().writeValueAsString(json(scenario, actuals, result, whatIf)));
      } catch (JsonProcessingException e) {
        err.println(i18n.t("followup.cli.cannotRead", o.actuals().toString(), oneLine(e.getMessage())));
        return BAD_INPUT;
      }
    } else {
      plain(scenario, actuals, result, whatIf, i18n, out);
    }
    return OK;
  }

  private static Options parse(List<String> args) {
    Path scenario = null;
    Path actuals = null;
    boolean json = false;
    String lang = "en";
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      switch (a) {
        case "--json" -> json = true;
        case "--actuals" -> {
          if (i + 1 >= args.size() || actuals != null) {
            return null;
          }
          actuals = Path.of(args.get(++i));
        }
        case "--lang" -> {
          if (i + 1 >= args.size() || !List.of("en", "sv").contains(args.get(i + 1))) {
            return null;
          }
          lang = args.get(++i);
        }
        default -> {
          if (a.startsWith("--") || scenario != null) {
            return null;
          }
          scenario = Path.of(a);
        }
      }
    }
    return scenario == null || actuals == null ? null : new Options(scenario, actuals, json, lang);
  }

  private static String oneLine(String s) {
    return s == null ? "" : s.replaceAll("\\s*\\R\\s*", " ").trim();
  }

  // JSON -----------------------------------------------------------------------------------

  private static Map<String, Object> json(
      Scenario scenario, ActualsImport actuals, FollowUpResult r, WhatIf w) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("scenario", scenario.name());
    root.put("model", r.alternative().name());
    root.put("source", actuals.source().name());
    root.put("file", actuals.fileName());
    root.put("from", actuals.from().toString());
    root.put("to", actuals.to().toString());
    root.put("start", r.start().toString());
    root.put("months", r.months());
    root.put("gaps", r.gaps().stream().map(Object::toString).toList());
    root.put("actual", figures(r.actual()));
    root.put("projected", figures(r.projected()));
    Map<String, Object> status = new LinkedHashMap<>();
    for (Measure m : Measure.values()) {
      KpiStatus s = r.status().get(m);
      status.put(key(m), s == null ? null : s.name());
    }
    root.put("status", status);
    List<Map<String, Object>> monthly = new ArrayList<>();
    for (MonthComparison m : r.monthly()) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("month", m.month().toString());
      row.put("programmeMonth", m.programmeMonth());
      row.put("gap", m.gap());
      row.put("actual", figures(m.actual()));
      row.put("projected", figures(m.projected()));
      row.put("cumulativeActual", figures(m.cumulativeActual()));
      row.put("cumulativeProjected", figures(m.cumulativeProjected()));
      monthly.add(row);
    }
    root.put("monthly", monthly);
    Map<String, Object> observed = new LinkedHashMap<>();
    observed.put("organicVisibility", nullable(r.observed().organicVisibility()));
    observed.put("brandClickThrough", nullable(r.observed().brandClickThrough()));
    root.put("observed", observed);
    Map<String, Object> what = new LinkedHashMap<>();
    what.put("horizonMonths", w.adopted().projection().months());
    what.put("assumed", point(w.assumed()));
    what.put("withObserved", point(w.observed()));
    what.put("recommendedBefore", w.recommendedBefore().name());
    what.put("recommendedAfter", w.recommendedAfter().name());
    what.put("recommendationHolds", w.recommendationHolds());
    what.put("bestReturnAfter", w.bestReturnAfter().name());
    root.put("whatIf", what);
    return root;
  }

  private static String key(Measure m) {
    return m.name().toLowerCase(java.util.Locale.ROOT);
  }

  private static Map<String, Object> figures(Figures f) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (Measure x : Measure.values()) {
      m.put(key(x), nullable(f.get(x)));
    }
    return m;
  }

  private static Map<String, Object> point(se.socialorg.advisor.engine.MonthPoint p) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("month", p.month());
    m.put("impressions", nullable(p.impressions()));
    m.put("clicks", nullable(p.clicks()));
    m.put("cumulativeCost", nullable(p.cumulativeCost()));
    m.put("cumulativeValue", nullable(p.cumulativeValue()));
    m.put("roi", nullable(p.roi()));
    return m;
  }

  private static Double nullable(double v) {
    return Double.isNaN(v) || Double.isInfinite(v) ? null : v;
  }

  // Plain ------------------------------------------------------------------------------------

  private static void plain(
      Scenario scenario, ActualsImport actuals, FollowUpResult r, WhatIf w, I18n i18n, PrintStream out) {
    ReasonFormatter fmt = new ReasonFormatter(i18n);
    String currency = scenario.inputs().resources().currency();
    out.println(
        i18n.t(
            "followup.cli.heading",
            fmt.name(r.alternative()),
            actuals.fileName(),
            actuals.from().toString(),
            actuals.to().toString(),
            r.months()));
    String[] head = {
      i18n.t("followup.cli.col.month"),
      i18n.t("followup.cli.col.impressions"),
      i18n.t("followup.cli.col.projected"),
      i18n.t("followup.cli.col.clicks"),
      i18n.t("followup.cli.col.projected"),
      i18n.t("followup.cli.col.engagement"),
      i18n.t("followup.cli.col.value", currency),
      i18n.t("followup.cli.col.projected")
    };
    List<String[]> rows = new ArrayList<>();
    rows.add(head);
    for (MonthComparison m : r.monthly()) {
      if (m.gap()) {
        rows.add(new String[] {m.month().toString(), i18n.t("followup.cli.gap"), "", "", "", "", "", ""});
        continue;
      }
      rows.add(row(m.month().toString(), m.actual(), m.projected(), i18n));
    }
    rows.add(row(i18n.t("followup.cli.total"), r.actual(), r.projected(), i18n));
    int[] width = new int[head.length];
    for (String[] row : rows) {
      for (int i = 0; i < row.length; i++) {
        width[i] = Math.max(width[i], row[i].length());
      }
    }
    for (String[] row : rows) {
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < row.length; i++) {
        String cell = row[i];
        sb.append(i == 0 ? cell + " ".repeat(width[i] - cell.length()) : "  " + " ".repeat(width[i] - cell.length()) + cell);
      }
      out.println(sb.toString().stripTrailing());
    }
    if (!r.gaps().isEmpty()) {
      out.println(i18n.t("followup.cli.gaps", String.join(", ", r.gaps().stream().map(Object::toString).toList())));
    }
    for (Measure m : Measure.values()) {
      KpiStatus s = r.status().get(m);
      if (s != null) {
        out.println(
            i18n.t(
                "followup.cli.statusLine",
                i18n.t("followup.measure." + key(m)),
                i18n.t("followup.status." + s.name().toLowerCase(java.util.Locale.ROOT)),
                r.actual().get(m) / r.projected().get(m)));
      }
    }
    if (r.observed().any()) {
      var p = w.adopted().projection();
      out.println(
          i18n.t(
              "followup.cli.whatIf",
              i18n.percent(p.organicVisibility(), 1),
              i18n.percent(p.brandClickThrough(), 2),
              p.months(),
              w.observed().impressions(),
              w.observed().clicks(),
              w.observed().roi(),
              w.assumed().impressions(),
              w.assumed().clicks(),
              w.assumed().roi()));
      out.println(
          w.recommendationHolds()
              ? i18n.t("followup.cli.holds", fmt.name(w.recommendedAfter()))
              : i18n.t("followup.cli.changes", fmt.name(w.recommendedBefore()), fmt.name(w.recommendedAfter())));
    }
  }

  private static String[] row(String label, Figures a, Figures p, I18n i18n) {
    return new String[] {
      label,
      n(a.impressions(), i18n),
      n(p.impressions(), i18n),
      n(a.clicks(), i18n),
      n(p.clicks(), i18n),
      n(a.engagement(), i18n),
      n(a.value(), i18n),
      n(p.value(), i18n)
    };
  }

  private static String n(double v, I18n i18n) {
    return Double.isNaN(v) ? i18n.t("followup.cli.none") : i18n.number(v, 0);
  }
}
