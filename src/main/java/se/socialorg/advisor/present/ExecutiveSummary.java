package se.socialorg.advisor.present;

import java.util.ArrayList;
import java.util.List;
import se.socialorg.advisor.engine.Advice;
import se.socialorg.advisor.engine.Confidence;
import se.socialorg.advisor.engine.Evaluation;
import se.socialorg.advisor.engine.FlipPoint;
import se.socialorg.advisor.engine.MoneyFigures;
import se.socialorg.advisor.engine.MoneyOutlook;
import se.socialorg.advisor.engine.Parameter;
import se.socialorg.advisor.engine.ProjectionCase;
import se.socialorg.advisor.engine.Reason;
import se.socialorg.advisor.i18n.I18n;
import se.socialorg.advisor.model.Alternative;
import se.socialorg.advisor.model.Decision;
import se.socialorg.advisor.model.Goal;

/**
 * The one-page executive summary, in the user's language: the top band of the recommendation
 * step and the first page of the PDF. Built from one {@link Advice}, so its figures are the
 * engine's.
 *
 * @param advice the figures it words
 * @param headline the recommendation, worded by its confidence ("We recommend X" only when
 *     clear; a close call names what decides it)
 * @param confidence how sure, in words, with the chance of ranking first and the lead in points
 * @param reasons the three strongest reasons, each with its source
 * @param money cost, central team and value at 12 and 24 months for the recommended model and
 *     the runner-up (conservative case), then the vendor-figures line and what the terms mean
 * @param returnNote whether the recommended model also has the best return, and if not why
 * @param change the one change that would flip the answer, or that none realistic does
 * @param decision the decision taken, or that none is recorded
 * @param defaultsNote the inputs still at their defaults, in one note ("" when none); an
 *     all-default scenario says plainly that the advice rests on defaults
 */
public record ExecutiveSummary(
    Advice advice,
    String headline,
    String confidence,
    List<String> reasons,
    List<String> money,
    String returnNote,
    String change,
    String decision,
    String defaultsNote) {

  public ExecutiveSummary {
    reasons = List.copyOf(reasons);
    money = List.copyOf(money);
  }

  /** The summary of an analysis, with the decision recorded in the scenario. */
  public static ExecutiveSummary of(Analysis a, Decision decision, I18n i18n) {
    return of(a.advice(), decision, i18n);
  }

  /** The summary of some advice, with the decision recorded in the scenario. */
  public static ExecutiveSummary of(Advice advice, Decision decision, I18n i18n) {
    Words w = new Words(i18n);
    return new ExecutiveSummary(
        advice,
        w.headline(advice),
        w.confidence(advice),
        w.reasons(advice),
        w.money(advice.money()),
        w.returnNote(advice.money()),
        w.change(advice),
        w.decision(decision),
        w.defaultsNote(advice));
  }

  /** Whether the headline may say "We recommend": only a clear answer does. */
  public boolean recommendsOutright() {
    return advice.confidence() == Confidence.CLEAR;
  }

  /** The wording rules, shared with {@link RecommendationText}. */
  static final class Words {
    private final I18n i18n;
    private final ReasonFormatter fmt;
    private final ResultCharts parameters;

    Words(I18n i18n) {
      this.i18n = i18n;
      this.fmt = new ReasonFormatter(i18n);
      this.parameters = new ResultCharts(i18n);
    }

    String headline(Advice a) {
      Evaluation e = a.evaluation();
      Alternative best = e.recommended();
      String description = i18n.t("alternative." + best.name() + ".description");
      return switch (a.confidence()) {
        case CLEAR -> i18n.t("wizard.result.sentence", fmt.name(best), description);
        case LIKELY -> i18n.t("advice.headline.likely", fmt.name(best), description);
        case CLOSE_CALL -> i18n.t("advice.headline.close", fmt.name(best),
            fmt.name(e.runnerUp()), decides(a));
      };
    }

    /** What splits a close call: the nearest realistic flip, else the heaviest goals. */
    String decides(Advice a) {
      if (a.decidingFlip() != null) {
        return flip(a.decidingFlip());
      }
      List<Goal> top = a.money().topGoals();
      if (top.size() >= 2) {
        return i18n.t("advice.decides.goals", goal(top.get(0)), goal(top.get(1)));
      }
      return i18n.t("advice.decides.goal", goal(top.get(0)));
    }

    String confidence(Advice a) {
      Evaluation e = a.evaluation();
      return i18n.t("advice.confidence", level(a.confidence()), fmt.name(e.recommended()),
          i18n.percent(a.chanceFirst(), 0), fmt.name(e.runnerUp()), points(a.leadPoints()));
    }

    String level(Confidence c) {
      return i18n.t("advice.level." + c.name());
    }

    /** Points out of 100 with one decimal below 10, whole points above. */
    String points(double p) {
      return i18n.number(p, p < 10 ? 1 : 0);
    }

    List<String> reasons(Advice a) {
      List<String> out = new ArrayList<>();
      for (Reason r : a.strongestReasons()) {
        out.add(plain(r));
      }
      return out;
    }

    String plain(Reason r) {
      String source = r.sourceKey() == null || r.sourceKey().isBlank() ? ""
          : " " + i18n.t("wizard.result.sourceSuffix", fmt.source(r.sourceKey()));
      return fmt.plain(r) + source;
    }

    List<String> money(MoneyOutlook m) {
      List<String> out = new ArrayList<>();
      for (Alternative a : List.of(m.recommended(), m.runnerUp())) {
        MoneyFigures y1 = m.figure(a, ProjectionCase.CONSERVATIVE, 12);
        MoneyFigures y2 = m.figure(a, ProjectionCase.CONSERVATIVE, 24);
        out.add(i18n.t("advice.money.line", fmt.name(a), i18n.number(y1.headcount(), 1),
            i18n.money(y1.cost(), m.currency()), i18n.money(y1.value(), m.currency()),
            i18n.money(y2.cost(), m.currency()), i18n.money(y2.value(), m.currency())));
      }
      out.add(i18n.t("advice.money.vendor",
          i18n.money(m.figure(m.recommended(), ProjectionCase.VENDOR, 24).value(), m.currency()),
          fmt.name(m.recommended()),
          i18n.money(m.figure(m.runnerUp(), ProjectionCase.VENDOR, 24).value(), m.currency()),
          fmt.name(m.runnerUp())));
      out.add(i18n.t("advice.money.explained"));
      return out;
    }

    String returnNote(MoneyOutlook m) {
      if (m.recommendedHasBestReturn()) {
        return i18n.t("advice.return.best", fmt.name(m.recommended()));
      }
      List<Goal> top = m.topGoals();
      if (top.size() >= 2) {
        return i18n.t("advice.return.notBest", fmt.name(m.recommended()), goal(top.get(0)),
            goal(top.get(1)), fmt.name(m.bestReturn()));
      }
      return i18n.t("advice.return.notBestOne", fmt.name(m.recommended()), goal(top.get(0)),
          fmt.name(m.bestReturn()));
    }

    String change(Advice a) {
      if (a.decidingFlip() == null) {
        return i18n.t("advice.flip.none");
      }
      return i18n.t("advice.flip.sentence", flip(a.decidingFlip()));
    }

    String flip(FlipPoint f) {
      List<String> values = parameters.parameterValues(f.parameter(), f.flipValue(), f.current());
      return i18n.t(f.above() ? "advice.flip.above" : "advice.flip.below",
          fmt.name(f.newWinner()), parameters.parameterName(f.parameter()),
          values.get(0), values.get(1));
    }

    String decision(Decision d) {
      if (d == null || d.taken() == null) {
        return i18n.t("advice.decision.none");
      }
      return i18n.t("report.decision.taken", fmt.name(d.taken()));
    }

    String defaultsNote(Advice a) {
      if (a.allDefaults()) {
        return i18n.t("advice.defaults.all");
      }
      List<String> names = new ArrayList<>();
      if (a.goalsUnchecked()) {
        names.add(i18n.t("advice.defaults.goals"));
      }
      for (Parameter p : a.uncheckedDefaults()) {
        names.add(parameters.parameterName(p.id()));
      }
      return names.isEmpty() ? "" : i18n.t("advice.defaults.note", String.join("; ", names));
    }

    private String goal(Goal g) {
      return i18n.t("goal." + g.name());
    }
  }
}
