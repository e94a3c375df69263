package se.socialorg.advisor.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import se.socialorg.advisor.model.Alternative;
import se.socialorg.advisor.model.Goal;
import se.socialorg.advisor.model.ScenarioInputs;

/**
 * Money beside the advice: cost, headcount and value at {@link #HORIZONS} months for the
 * recommended model and the runner-up, in both {@link ProjectionCase}s, and which offered model
 * has the best return on money alone (conservative case, {@link #RETURN_MONTHS} months).
 *
 * @param currency ISO 4217 code of every amount
 * @param figures recommended then runner-up; per model conservative then vendor; 12 then 24
 * @param bestReturn the offered model with the highest conservative return at 24 months
 * @param recommended the recommended model
 * @param runnerUp the runner-up
 * @param topGoals the goals with the most weight, heaviest first (at most two, weight above 0)
 */
public record MoneyOutlook(
    String currency,
    List<MoneyFigures> figures,
    Alternative bestReturn,
    Alternative recommended,
    Alternative runnerUp,
    List<Goal> topGoals) {

  /** Whole months at which money is shown. */
  public static final List<Integer> HORIZONS = List.of(12, 24);

  /** Months at which "best return" is judged. */
  public static final int RETURN_MONTHS = 24;

  public MoneyOutlook {
    figures = List.copyOf(figures);
    topGoals = List.copyOf(topGoals);
  }

  /** Whether the recommended model also has the best return on money alone. */
  public boolean recommendedHasBestReturn() {
    return bestReturn == recommended;
  }

  /** The figures of one model, case and horizon. */
  public MoneyFigures figure(Alternative model, ProjectionCase c, int months) {
    for (MoneyFigures f : figures) {
      if (f.model() == model && f.projectionCase() == c && f.months() == months) {
        return f;
      }
    }
    throw new IllegalArgumentException(model + " " + c + " " + months + " not in the outlook");
  }

  /** Builds the outlook for an evaluation. */
  static MoneyOutlook of(Evaluation e) {
    ScenarioInputs in = e.inputs();
    Projection projection = new Projection();
    int months = RETURN_MONTHS;
    ProjectionResult conservative = projection.project(in, ProjectionCase.CONSERVATIVE, months);
    ProjectionResult vendor = projection.project(in, ProjectionCase.VENDOR, months);
    List<MoneyFigures> out = new ArrayList<>();
    for (Alternative a : List.of(e.recommended(), e.runnerUp())) {
      for (ProjectionCase c : ProjectionCase.values()) {
        ProjectionResult r = c == ProjectionCase.CONSERVATIVE ? conservative : vendor;
        for (int m : HORIZONS) {
          MonthPoint p = r.series().get(a).get(m - 1);
          out.add(
              new MoneyFigures(
                  a, c, m, r.hires().get(a), p.cumulativeCost(), p.cumulativeValue(), p.roi()));
        }
      }
    }
    Alternative best = e.recommended();
    double bestRoi = conservative.series().get(best).get(months - 1).roi();
    for (Alternative a : e.offered()) {
      double roi = conservative.series().get(a).get(months - 1).roi();
      if (roi > bestRoi + 1e-9) {
        best = a;
        bestRoi = roi;
      }
    }
    List<Goal> top =
        e.weights().entrySet().stream()
            .filter(x -> x.getValue() > 0)
            .sorted(
                Comparator.comparingDouble((Map.Entry<Goal, Double> x) -> -x.getValue())
                    .thenComparing(x -> x.getKey().ordinal()))
            .limit(2)
            .map(Map.Entry::getKey)
            .toList();
    return new MoneyOutlook(
        in.resources().currency(), out, best, e.recommended(), e.runnerUp(), top);
  }
}
