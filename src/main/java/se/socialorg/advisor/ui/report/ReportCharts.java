package se.socialorg.advisor.ui.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.chart.Chart;
import se.socialorg.advisor.engine.Evaluation;
import se.socialorg.advisor.engine.MonthPoint;
import se.socialorg.advisor.engine.RankedAlternative;
import se.socialorg.advisor.engine.ReasonFormatter;
import se.socialorg.advisor.engine.TornadoBar;
import se.socialorg.advisor.i18n.I18n;
import se.socialorg.advisor.model.Goal;
import se.socialorg.advisor.ui.AppExecutor;
import se.socialorg.advisor.ui.Dialogs;
import se.socialorg.advisor.ui.charts.ChartPoint;
import se.socialorg.advisor.ui.charts.Charts;
import se.socialorg.advisor.ui.charts.LinePoint;
import se.socialorg.advisor.ui.charts.TornadoRow;
import se.socialorg.advisor.ui.wizard.Analysis;

/**
 * The recommendation step's four charts (score split, tornado, chance of ranking first,
 * projection), made fresh with {@link Charts} from the same points and texts the wizard draws,
 * and rendered as PNG for the report. Building and rendering happen on the FX thread; callers on
 * other threads wait for it.
 */
final class ReportCharts {

  /** Pixel size of a rendered chart: about 1.9 pixels per PDF point at the report's width. */
  static final int WIDTH = 920;

  static final int HEIGHT = 540;

  static final int TORNADO_ROWS = 10;

  /** The rendered pictures. */
  record Pictures(byte[] scores, byte[] tornado, byte[] acceptability, byte[] projection) {}

  private final I18n i18n;
  private final Formats formats;
  private final ReasonFormatter names;

  ReportCharts(I18n i18n) {
    this.i18n = i18n;
    this.formats = new Formats(i18n);
    this.names = new ReasonFormatter(i18n);
  }

  Pictures render(Analysis a, String currency) throws InterruptedException {
    List<ChartPoint> scores = scorePoints(a.evaluation());
    List<TornadoRow> rows = tornadoRows(a);
    List<ChartPoint> acceptability = acceptabilityPoints(a);
    List<LinePoint> projection = projectionPoints(a, currency);
    return Fx.call(() -> {
      Charts charts = new Charts(i18n, new SilentDialogs(), AppExecutor.sameThread());
      return new Pictures(
          png(charts, charts.stacked("reportScores", i18n.t("wizard.result.chart.scores"),
              i18n.t("wizard.result.chart.scores.axis"), scores), HEIGHT),
          png(charts, charts.tornado("reportTornado", i18n.t("wizard.result.chart.tornado"),
              i18n.t("wizard.result.chart.tornado.axis"), rows), HEIGHT + 80),
          png(charts, charts.bars("reportAcceptability",
              i18n.t("wizard.result.chart.acceptability"),
              i18n.t("wizard.result.chart.acceptability.axis"), acceptability), HEIGHT - 60),
          png(charts, charts.lines("reportProjection", i18n.t("wizard.result.chart.projection"),
              i18n.t("wizard.result.chart.month"), i18n.t("wizard.result.metric.emv"),
              projection), HEIGHT));
    });
  }

  private static byte[] png(Charts charts, Chart chart, int height) {
    return charts.renderPng(chart, WIDTH, height);
  }

  /** As the wizard's, but not highlighted: on paper the split by goal matters more. */
  List<ChartPoint> scorePoints(Evaluation e) {
    List<ChartPoint> pts = new ArrayList<>();
    for (RankedAlternative r : e.ranking()) {
      for (Goal g : Goal.values()) {
        double w = e.weights().getOrDefault(g, 0.0);
        double s = e.scores().get(r.model()).getOrDefault(g, 0.0);
        if (w <= 0) {
          continue;
        }
        pts.add(new ChartPoint(names.name(r.model()), i18n.t("goal." + g.name()), w * s,
            i18n.t("wizard.result.scorePart", i18n.number(w * s, 3), i18n.number(s, 2),
                i18n.percent(w, 0)),
            i18n.t("wizard.result.scoreSource"), "", false));
      }
    }
    return pts;
  }

  List<TornadoRow> tornadoRows(Analysis a) {
    List<TornadoRow> rows = new ArrayList<>();
    List<TornadoBar> bars = a.sensitivity().bars();
    double base = a.sensitivity().margin();
    for (TornadoBar b : bars.subList(0, Math.min(TORNADO_ROWS, bars.size()))) {
      String name = formats.parameterName(b.parameter());
      rows.add(new TornadoRow(name, b.marginLow() - base, b.marginHigh() - base,
          i18n.t("wizard.result.tornado.end", formats.parameterValue(b.parameter(), b.low()),
              names.name(b.winnerLow()), i18n.number(b.marginLow(), 3)),
          i18n.t("wizard.result.tornado.end", formats.parameterValue(b.parameter(), b.high()),
              names.name(b.winnerHigh()), i18n.number(b.marginHigh(), 3)),
          i18n.t("wizard.result.tornado.detail", name,
              formats.parameterValue(b.parameter(), b.current()))));
    }
    return rows;
  }

  List<ChartPoint> acceptabilityPoints(Analysis a) {
    List<ChartPoint> pts = new ArrayList<>();
    for (RankedAlternative r : a.evaluation().ranking()) {
      double p = a.acceptability().probability(r.model());
      pts.add(new ChartPoint(names.name(r.model()),
          i18n.t("wizard.result.chart.acceptability.series"), p * 100, i18n.percent(p, 0),
          i18n.t("wizard.result.acceptability.source", a.acceptability().draws()), "",
          r.model() == a.evaluation().recommended()));
    }
    return pts;
  }

  /** Cumulative value per month, in ranking order so colours follow the score chart. */
  List<LinePoint> projectionPoints(Analysis a, String currency) {
    List<LinePoint> pts = new ArrayList<>();
    for (RankedAlternative r : a.evaluation().ranking()) {
      List<MonthPoint> months = a.projection().series().get(r.model());
      if (months == null) {
        continue;
      }
      for (MonthPoint p : months) {
        pts.add(new LinePoint(names.name(r.model()), p.month(), p.cumulativeValue(),
            i18n.money(p.cumulativeValue(), currency), i18n.t("wizard.result.projection.source")));
      }
    }
    return pts;
  }

  /** The report's charts are pictures: nobody clicks them, so no dialog ever opens. */
  private static final class SilentDialogs implements Dialogs {
    @Override
    public void error(String title, String message) {}

    @Override
    public void info(String title, String message) {}

    @Override
    public boolean confirm(String title, String message) {
      return false;
    }

    @Override
    public SaveChoice askSaveChanges(String scenarioName) {
      return SaveChoice.CANCEL;
    }

    @Override
    public Optional<Path> chooseOpen(String title, String filterName, String... extensions) {
      return Optional.empty();
    }

    @Override
    public Optional<Path> chooseSave(String title, String initialName, String filterName,
        String... extensions) {
      return Optional.empty();
    }
  }
}
