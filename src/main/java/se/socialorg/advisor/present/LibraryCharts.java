package se.socialorg.advisor.present;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.socialorg.advisor.i18n.I18n;
import se.socialorg.advisor.model.Dataset;
import se.socialorg.advisor.model.ReferenceFigure;
import se.socialorg.advisor.model.SurveySummary;
import se.socialorg.advisor.store.db.FigureRepository;
import se.socialorg.advisor.store.survey.HistogramBin;

/**
 * What the data library's chart shows, in the user's language: the points of a dataset's chart
 * (institutions of one country and year against global, the trust index of every country, or the
 * figures shown in the table) and of a survey's three charts. The screen only draws the picture.
 */
public final class LibraryCharts {

  /**
   * One chart to draw.
   *
   * @param key charts with the same key are updated in place rather than made again
   * @param figures the figure behind each point, by {@link #pointKey}, for a click on a bar
   */
  public record Picture(String key, String title, String axis, boolean horizontal,
      List<ChartPoint> points, Map<String, ReferenceFigure> figures) {}

  /** The survey charts, in the order of the choice above the chart. */
  public static final int WILLINGNESS = 0;

  public static final int NETWORK = 1;

  public static final int DEPARTMENTS = 2;

  private static final String SEP = "\u0000";

  private final I18n t;
  private final FigureText text;

  public LibraryCharts(I18n i18n) {
    this.t = i18n;
    this.text = new FigureText(i18n);
  }

  /** The key of a point: its category and series. */
  public static String pointKey(ChartPoint p) {
    return p.category() + SEP + p.series();
  }

  /**
   * The chart of a dataset.
   *
   * @param dataset the dataset's id, or "" for the user's own or changed figures
   * @param label the entry's name, the title of a plain chart
   * @param loaded every figure of the entry
   * @param shown the figures the filters leave in the table
   * @param countryFilter the chosen country, "" for all
   * @param yearFilter the chosen year, 0 for all
   * @param userCountry the country of the scenario being worked on
   */
  public Picture figures(String dataset, String label, List<ReferenceFigure> loaded,
      List<ReferenceFigure> shown, String countryFilter, int yearFilter, String userCountry) {
    Map<String, ReferenceFigure> figures = new LinkedHashMap<>();
    List<ChartPoint> points = new ArrayList<>();
    String title;
    boolean horizontal;
    if (Dataset.EDELMAN_INSTITUTIONS.name().equals(dataset)) {
      String country = chartCountry(loaded, countryFilter, userCountry);
      int year = yearFilter > 0 ? yearFilter : latestYear(loaded, country);
      for (ReferenceFigure f : loaded) {
        if (f.year() == year && f.country().equals(country) && f.method().main()) {
          points.add(point(figures, f, text.item(f.item()),
              text.country(f.country()) + " " + year, false));
        }
      }
      if (!FigureRepository.GLOBAL.equals(country)) {
        for (ReferenceFigure f : loaded) {
          if (f.year() == year && f.country().equals(FigureRepository.GLOBAL)
              && f.method().main()) {
            points.add(point(figures, f, text.item(f.item()),
                text.country(f.country()) + " " + year, false));
          }
        }
      }
      title = t.t("libui.chart.institutions", text.country(country), year);
      horizontal = false;
    } else if (Dataset.EDELMAN_TRUST_INDEX.name().equals(dataset)) {
      String mine = countryFilter.isEmpty() ? userCountry : countryFilter;
      // the newest year with the chosen country's own index, so it can be compared
      int newestOwn = loaded.stream().filter(f -> f.country().equals(mine) && isIndex(f))
          .mapToInt(ReferenceFigure::year).max().orElse(0);
      int year = yearFilter > 0 ? yearFilter : newestOwn > 0 ? newestOwn : latestYear(loaded, null);
      String series = t.t("libui.chart.trustIndex.series", year);
      loaded.stream().filter(f -> f.year() == year && isIndex(f))
          .sorted(Comparator.comparingDouble(ReferenceFigure::value).reversed())
          .forEach(f -> points.add(point(figures, f, text.country(f.country()), series,
              f.country().equals(mine))));
      title = t.t("libui.chart.trustIndex", year, text.country(mine));
      horizontal = true;
    } else {
      boolean byUnit = Dataset.ADVOCACY_BENCHMARKS.name().equals(dataset);
      if (Dataset.EDELMAN_INDUSTRIES.name().equals(dataset) && yearFilter <= 0) {
        // The newest figure of each industry in one country (the one chosen, else global, else
        // the first shown): one readable bar and label per industry, not a bar per country and
        // year two pixels thick. The table below still lists every figure.
        String one = !countryFilter.isEmpty() ? countryFilter
            : shown.stream().anyMatch(f -> f.country().equals(FigureRepository.GLOBAL))
                ? FigureRepository.GLOBAL
                : shown.isEmpty() ? "" : shown.get(0).country();
        List<ReferenceFigure> ofOne = shown.stream().filter(f -> f.country().equals(one)).toList();
        Map<String, ReferenceFigure> newestByItem = new LinkedHashMap<>();
        for (ReferenceFigure f : ofOne) {
          newestByItem.merge(f.item(), f, (x, y) -> y.year() > x.year() ? y : x);
        }
        shown = new ArrayList<>(newestByItem.values());
      }
      boolean oneSeries = Dataset.EDELMAN_INDUSTRIES.name().equals(dataset) && yearFilter <= 0;
      Map<String, Double> maxByItem = new LinkedHashMap<>();
      for (ReferenceFigure f : shown) {
        maxByItem.merge(text.item(f.item()), f.value(), Math::max);
      }
      List<ReferenceFigure> sorted = new ArrayList<>(shown);
      sorted.sort(Comparator.comparingDouble(
          (ReferenceFigure f) -> -maxByItem.get(text.item(f.item()))));
      for (ReferenceFigure f : sorted) {
        String series = byUnit ? text.unit(f.unit())
            : oneSeries ? text.country(f.country())
            : text.country(f.country()) + " " + f.year();
        points.add(point(figures, f, text.item(f.item()), series, false));
      }
      title = label;
      horizontal = Dataset.EDELMAN_INDUSTRIES.name().equals(dataset)
          || Dataset.EDELMAN_SPOKESPEOPLE.name().equals(dataset) || byUnit;
    }
    String unit = shown.isEmpty() ? (loaded.isEmpty() ? "" : loaded.get(0).unit())
        : shown.get(0).unit();
    return new Picture(dataset + ":" + horizontal, title, text.unit(unit), horizontal, points,
        figures);
  }

  /** One of a survey's charts: willingness, network sizes or departments. */
  public Picture survey(int which, String surveyName, SurveySummary summary,
      List<HistogramBin> network, long[] willingness) {
    List<ChartPoint> points = new ArrayList<>();
    String source = t.t("libui.survey.source", surveyName);
    String title;
    String axis = t.t("libui.survey.axis.respondents");
    switch (which) {
      case NETWORK -> {
        String series = t.t("libui.survey.respondentsSeries");
        for (HistogramBin b : network) {
          String label = Double.isInfinite(b.to())
              ? t.t("libui.survey.bin.open", t.number(b.from(), 0))
              : t.t("libui.survey.bin", t.number(b.from(), 0), t.number(b.to() - 1, 0));
          points.add(ChartPoint.of(label, series, b.count(),
              t.t("libui.survey.count", b.count()), source));
        }
        title = t.t("libui.survey.chart.network");
      }
      case DEPARTMENTS -> {
        String willing = t.t("libui.survey.willing");
        String active = t.t("libui.survey.active");
        LibraryCsv names = new LibraryCsv(t);
        for (SurveySummary.Group g : summary.byDepartment()) {
          String d = names.department(g);
          if (!Double.isNaN(g.willingShare())) {
            points.add(ChartPoint.of(d, willing, g.willingShare() * 100, share(g.willingShare()),
                source));
          }
          if (!Double.isNaN(g.activeShare())) {
            points.add(ChartPoint.of(d, active, g.activeShare() * 100, share(g.activeShare()),
                source));
          }
        }
        title = t.t("libui.survey.chart.departments");
        axis = t.t("libui.unit.percent");
      }
      default -> {
        String series = t.t("libui.survey.respondentsSeries");
        for (int i = 0; i < willingness.length; i++) {
          points.add(ChartPoint.of(t.t("libui.survey.willingness." + (i + 1)), series,
              willingness[i], t.t("libui.survey.count", willingness[i]), source));
        }
        title = t.t("libui.survey.chart.willingness");
      }
    }
    return new Picture("survey:" + which, title, axis, false, points, Map.of());
  }

  /** A share in whole per cent, or a dash when there are no answers. */
  public String share(double s) {
    return Double.isNaN(s) ? "\u2013" : t.percent(s, 0);
  }

  /** A whole number, or a dash when there are no answers. */
  public String number(double v) {
    return Double.isNaN(v) ? "\u2013" : t.number(v, 0);
  }

  private ChartPoint point(Map<String, ReferenceFigure> figures, ReferenceFigure f,
      String category, String series, boolean mine) {
    String valueText = t.t("libui.chart.tooltip", text.value(f), text.country(f.country()),
        f.year());
    ChartPoint p = new ChartPoint(category, series, f.value(), valueText,
        ProvenanceText.brief(t, f.source()), ProvenanceText.full(t, f.source()), mine);
    figures.put(pointKey(p), f);
    return p;
  }

  private static String chartCountry(List<ReferenceFigure> loaded, String countryFilter,
      String userCountry) {
    if (!countryFilter.isEmpty()) {
      return countryFilter;
    }
    if (loaded.stream().anyMatch(f -> f.country().equals(userCountry))) {
      return userCountry;
    }
    return loaded.stream().map(ReferenceFigure::country)
        .filter(c -> !FigureRepository.GLOBAL.equals(c)).findFirst()
        .orElse(FigureRepository.GLOBAL);
  }

  /** The trust index itself (not a variant, not the income split). */
  private static boolean isIndex(ReferenceFigure f) {
    return f.item().equals("trust_index") && f.method().main();
  }

  private static int latestYear(List<ReferenceFigure> loaded, String country) {
    return loaded.stream().filter(f -> country == null || f.country().equals(country))
        .mapToInt(ReferenceFigure::year).max().orElse(0);
  }
}
