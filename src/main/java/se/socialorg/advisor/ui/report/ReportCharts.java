package se.socialorg.advisor.ui.report;

import se.socialorg.advisor.ui.FxThread;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.chart.Chart;
import se.socialorg.advisor.i18n.I18n;
import se.socialorg.advisor.ui.AppExecutor;
import se.socialorg.advisor.ui.Dialogs;
import se.socialorg.advisor.ui.charts.ChartPoint;
import se.socialorg.advisor.ui.charts.Charts;
import se.socialorg.advisor.ui.charts.LinePoint;
import se.socialorg.advisor.ui.charts.TornadoRow;
import se.socialorg.advisor.ui.wizard.Analysis;
import se.socialorg.advisor.ui.wizard.ResultCharts;

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
  private final ResultCharts data;

  ReportCharts(I18n i18n) {
    this.i18n = i18n;
    this.data = new ResultCharts(i18n);
  }

  Pictures render(Analysis a, String currency) throws InterruptedException {
    // On paper the split by goal matters more than the highlight of the winner.
    List<ChartPoint> scores = data.scorePoints(a.evaluation(), false);
    List<TornadoRow> rows = data.tornadoRows(a, TORNADO_ROWS);
    List<ChartPoint> acceptability = data.acceptabilityPoints(a);
    List<LinePoint> projection = data.projectionPoints(a, "emv", currency);
    // Built on the FX thread; each picture is taken there too (renderPng hops onto it), but
    // encoded as PNG on this thread, so the FX thread is free for the window meanwhile.
    Charts charts = new Charts(i18n, new SilentDialogs(), AppExecutor.sameThread());
    List<Chart> built = FxThread.call(() -> List.of(
        charts.stacked("reportScores", i18n.t("wizard.result.chart.scores"),
            i18n.t("wizard.result.chart.scores.axis"), scores),
        charts.tornado("reportTornado", i18n.t("wizard.result.chart.tornado"),
            i18n.t("wizard.result.chart.tornado.axis"), rows),
        charts.bars("reportAcceptability", i18n.t("wizard.result.chart.acceptability"),
            i18n.t("wizard.result.chart.acceptability.axis"), acceptability),
        charts.lines("reportProjection", i18n.t("wizard.result.chart.projection"),
            i18n.t("wizard.result.chart.month"), i18n.t("wizard.result.metric.emv"),
            projection)));
    return new Pictures(
        png(charts, built.get(0), HEIGHT),
        png(charts, built.get(1), HEIGHT + 80),
        png(charts, built.get(2), HEIGHT - 60),
        png(charts, built.get(3), HEIGHT));
  }

  private static byte[] png(Charts charts, Chart chart, int height) {
    return charts.renderPng(chart, WIDTH, height);
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
