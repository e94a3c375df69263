package se.socialorg.advisor.present;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.socialorg.advisor.engine.Evaluation;
import se.socialorg.advisor.engine.MoneyOutlook;
import se.socialorg.advisor.engine.MonthPoint;
import se.socialorg.advisor.engine.Projection;
import se.socialorg.advisor.engine.ProjectionCase;
import se.socialorg.advisor.engine.ProjectionResult;
import se.socialorg.advisor.engine.RankedAlternative;
import se.socialorg.advisor.engine.TornadoBar;
import se.socialorg.advisor.i18n.I18n;
import se.socialorg.advisor.model.Alternative;
import se.socialorg.advisor.model.Goal;
import se.socialorg.advisor.model.InputField;
import se.socialorg.advisor.model.MaturityStage;
import se.socialorg.advisor.model.SharedFunctions;
import se.socialorg.advisor.present.InputValues;
import se.socialorg.advisor.present.ChartPoint;
import se.socialorg.advisor.present.LinePoint;
import se.socialorg.advisor.present.TornadoRow;

/**
 * The data of the recommendation's charts, in the user's language: the same points for the
 * wizard's recommendation step and the PDF report, so both show the same thing.
 */
public final class ResultCharts {

  /** Projection measures the charts can show. */
  public static final List<String> METRICS = List.of("emv", "impressions", "clicks", "cost", "roi");

  private final I18n i18n;
  private final ReasonFormatter names;

  public ResultCharts(I18n i18n) {
    this.i18n = i18n;
    this.names = new ReasonFormatter(i18n);
  }

  /** Each offered model's score split by goal; the recommended one highlighted if asked. */
  public List<ChartPoint> scorePoints(Evaluation e, boolean highlightRecommended) {
    List<ChartPoint> pts = new ArrayList<>();
    for (RankedAlternative r : e.ranking()) {
      for (Goal g : Goal.values()) {
        double w = e.weights().getOrDefault(g, 0.0);
        double s = e.scores().get(r.model()).getOrDefault(g, 0.0);
        // Every goal is a series even at weight 0, so each goal keeps its colour in every chart.
        pts.add(new ChartPoint(modelLabel(e, r.model(), highlightRecommended),
            i18n.t("goal." + g.name()), w * s * 100,
            i18n.t("wizard.result.scorePart", i18n.number(w * s * 100, 1),
                i18n.number(s * 100, 0),
                i18n.percent(w, 0)),
            i18n.t("wizard.result.scoreSource"), "",
            highlightRecommended && r.model() == e.recommended()));
      }
    }
    return pts;
  }

  /**
   * A model's name under its bar; the recommended one says so when it is marked, so the outline
   * that marks it is explained on the chart itself and its bar keeps its colours.
   */
  public String modelLabel(Evaluation e, Alternative model, boolean markRecommended) {
    String name = names.name(model);
    return markRecommended && model == e.recommended() ? i18n.t("chart.recommended", name) : name;
  }

  /** Each goal's name with the style class of its colour ({@link ChartColours}). */
  public Map<String, String> goalColours() {
    Map<String, String> out = new LinkedHashMap<>();
    for (Goal g : Goal.values()) {
      out.put(i18n.t("goal." + g.name()), ChartColours.goalClass(g));
    }
    return out;
  }

  /** Each model's label under its bar (marked or not) with the style class of its colour. */
  public Map<String, String> modelColours(Evaluation e, boolean markRecommended) {
    Map<String, String> out = new LinkedHashMap<>();
    for (Alternative m : Alternative.values()) {
      out.put(modelLabel(e, m, markRecommended), ChartColours.modelClass(m));
    }
    return out;
  }

  /** Each projection line's name with its model's colour, dashed for the vendor case. */
  public Map<String, String> projectionColours(Analysis a) {
    Map<String, String> out = new LinkedHashMap<>();
    for (Alternative model : projectedModels(a)) {
      for (ProjectionCase c : ProjectionCase.values()) {
        out.put(seriesName(model, c), ChartColours.projectionClasses(model, c));
      }
    }
    return out;
  }

  /** The largest swings: change of the lead over the runner-up at each end of a range. */
  public List<TornadoRow> tornadoRows(Analysis a, int max) {
    List<TornadoRow> rows = new ArrayList<>();
    List<TornadoBar> bars = a.sensitivity().bars();
    double base = a.sensitivity().margin();
    for (TornadoBar b : bars.subList(0, Math.min(max, bars.size()))) {
      String name = parameterName(b.parameter());
      rows.add(new TornadoRow(name, (b.marginLow() - base) * 100, (b.marginHigh() - base) * 100,
          i18n.t("wizard.result.tornado.end", parameterValue(b.parameter(), b.low()),
              names.name(b.winnerLow()), i18n.number(Math.abs(b.marginLow()) * 100, 1)),
          i18n.t("wizard.result.tornado.end", parameterValue(b.parameter(), b.high()),
              names.name(b.winnerHigh()), i18n.number(Math.abs(b.marginHigh()) * 100, 1)),
          i18n.t("wizard.result.tornado.detail", name, parameterValue(b.parameter(), b.current()))));
    }
    return rows;
  }

  /** Probability of ranking first, per offered model. */
  public List<ChartPoint> acceptabilityPoints(Analysis a) {
    List<ChartPoint> pts = new ArrayList<>();
    for (RankedAlternative r : a.evaluation().ranking()) {
      double p = a.acceptability().probability(r.model());
      pts.add(new ChartPoint(modelLabel(a.evaluation(), r.model(), true),
          i18n.t("wizard.result.chart.acceptability.series"), p * 100, i18n.percent(p, 0),
          i18n.t("wizard.result.acceptability.source", a.acceptability().draws()), "",
          r.model() == a.evaluation().recommended()));
    }
    return pts;
  }

  /**
   * Whole months the chart and the report's projection table span: the scenario's horizon, and
   * at least the {@link MoneyOutlook#RETURN_MONTHS} months of the money beside the advice.
   */
  public static int projectionMonths(Analysis a) {
    return Math.max(a.evaluation().inputs().projection().months(), MoneyOutlook.RETURN_MONTHS);
  }

  /** The models the projection shows: the recommended one and the runner-up. */
  public static List<Alternative> projectedModels(Analysis a) {
    return List.of(a.evaluation().recommended(), a.evaluation().runnerUp());
  }

  /**
   * The engine's projection in each case (conservative, then built on vendors' figures) over
   * {@link #projectionMonths} months: the same figures as the money beside the advice.
   */
  public static Map<ProjectionCase, ProjectionResult> caseProjections(Analysis a) {
    Map<ProjectionCase, ProjectionResult> out = new EnumMap<>(ProjectionCase.class);
    Projection projection = new Projection();
    for (ProjectionCase c : ProjectionCase.values()) {
      out.put(c, projection.project(a.evaluation().inputs(), c, projectionMonths(a)));
    }
    return out;
  }

  /** A line's name: the model and the case, the vendor case flagged as vendor claims. */
  public String seriesName(Alternative model, ProjectionCase c) {
    return i18n.t("advice.series." + c.name(), names.name(model));
  }

  /**
   * One measure of the projection per whole month for the recommended model and the runner-up,
   * each in the conservative case and the case built on vendors' figures (two lines per model).
   */
  public List<LinePoint> projectionPoints(Analysis a, String metric, String currency) {
    List<LinePoint> pts = new ArrayList<>();
    Map<ProjectionCase, ProjectionResult> cases = caseProjections(a);
    for (Alternative model : projectedModels(a)) {
      for (ProjectionCase c : ProjectionCase.values()) {
        List<MonthPoint> months = cases.get(c).series().get(model);
        if (months == null) {
          continue;
        }
        String series = seriesName(model, c);
        String source = i18n.t("advice.projection.source." + c.name());
        for (MonthPoint p : months) {
          double v = switch (metric) {
            case "impressions" -> p.impressions();
            case "clicks" -> p.clicks();
            case "cost" -> p.cumulativeCost();
            case "roi" -> p.roi() * 100;
            default -> p.cumulativeValue();
          };
          String text = switch (metric) {
            case "roi" -> i18n.percent(p.roi(), 0);
            case "cost", "emv" -> i18n.money(v, currency);
            default -> i18n.number(v, 0);
          };
          pts.add(new LinePoint(series, p.month(), v, text, source));
        }
      }
    }
    return pts;
  }

  /** A projection measure's axis label with its unit: the currency for money, % for return. */
  public String metricAxis(String metric, String currency) {
    return switch (metric) {
      case "cost", "emv" -> i18n.t("advice.axis." + metric, currency);
      case "roi" -> i18n.t("advice.axis.roi");
      default -> i18n.t("wizard.result.metric." + metric);
    };
  }

  /** The name of a sensitivity parameter: a field, a goal weight, maturity or shared functions. */
  public String parameterName(String id) {
    if (id.startsWith("weight.")) {
      return i18n.t("engine.parameter.weight", i18n.t("goal." + id.substring("weight.".length())));
    }
    if (field(id) != null) {
      return i18n.t("field." + id);
    }
    return i18n.t("engine.parameter." + id);
  }

  /**
   * A flip point and the value now, as {@link #parameterValue} writes them, with a decimal more
   * (two at most) where they would otherwise read the same: "at least 9.4% (now 9.1%)", never
   * "at least 9% (now 9%)". Weights and percentages only; other inputs are written as they are.
   */
  public List<String> parameterValues(String id, double flip, double now) {
    String a = parameterValue(id, flip);
    String b = parameterValue(id, now);
    InputField field = field(id);
    for (int more = 1; more <= 2 && a.equals(b); more++) {
      if (id.startsWith("weight.")) {
        a = i18n.percent(flip, more);
        b = i18n.percent(now, more);
      } else if (field != null && field.unit() == InputField.Unit.PERCENT) {
        a = i18n.t("value.percent", i18n.number(flip, more));
        b = i18n.t("value.percent", i18n.number(now, more));
      } else if (field != null && field.unit() == InputField.Unit.SHARE) {
        a = i18n.t("value.percent", i18n.number(flip * 100, 1 + more));
        b = i18n.t("value.percent", i18n.number(now * 100, 1 + more));
      } else {
        break;
      }
    }
    return List.of(a, b);
  }

  /** A sensitivity parameter's value in words. */
  public String parameterValue(String id, double v) {
    if (id.startsWith("weight.")) {
      return i18n.percent(v, 0);
    }
    if (id.equals("MATURITY")) {
      int i = (int) Math.max(0, Math.min(MaturityStage.values().length - 1, Math.round(v)));
      return i18n.t("maturity." + MaturityStage.values()[i].name());
    }
    if (id.equals("SHARED_FUNCTIONS")) {
      int i = (int) Math.max(0, Math.min(SharedFunctions.values().length - 1, Math.round(v)));
      return i18n.t("wizard.org.shared." + SharedFunctions.values()[i].name());
    }
    InputField field = field(id);
    return field != null ? InputValues.text(i18n, field, v, null) : i18n.number(v, 2);
  }

  /** The input a sensitivity parameter is, or null (a goal weight, maturity, shared functions). */
  private static InputField field(String id) {
    for (InputField f : InputField.values()) {
      if (f.name().equals(id)) {
        return f;
      }
    }
    return null;
  }
}
