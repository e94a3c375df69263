package se.socialorg.advisor.ui.report;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import javafx.scene.chart.Chart;
import se.socialorg.advisor.i18n.I18n;
import se.socialorg.advisor.present.report.ChartPictures;
import se.socialorg.advisor.ui.FxThread;
import se.socialorg.advisor.ui.AppExecutor;
import se.socialorg.advisor.ui.Dialogs;
import se.socialorg.advisor.present.ChartPoint;
import se.socialorg.advisor.ui.charts.Charts;
import se.socialorg.advisor.present.LinePoint;
import se.socialorg.advisor.present.TornadoRow;
import se.socialorg.advisor.present.Analysis;
import se.socialorg.advisor.present.GroupText;
import se.socialorg.advisor.present.ResultCharts;

/**
 * The report's {@link ChartPictures}: the recommendation step's four charts (score split, tornado, chance of ranking first,
 * projection) and, for a group, each member's weight per goal, made fresh with {@link Charts} from the same points and texts the wizard draws,
 * and rendered as PNG for the report. Building and rendering happen on the FX thread; callers on
 * other threads wait for it.
 */
public final class ReportCharts implements ChartPictures {

  /** Pixel size of a rendered chart: about 1.9 pixels per PDF point at the report's width. */
  static final int WIDTH = 920;

  static final int HEIGHT = 540;

  static final int TORNADO_ROWS = 10;

  private final Runnable toolkit;

  /** Pictures drawn in a running JavaFX application (the window). */
  public ReportCharts() {
    this(() -> {});
  }

  private ReportCharts(Runnable toolkit) {
    this.toolkit = toolkit;
  }

  /**
   * Pictures for the headless {@code report} command: JavaFX is started on first use, without a
   * window (Monocle's headless platform when there is no display, see {@link
   * HeadlessToolkit#start()}).
   */
  public static ReportCharts withoutWindow() {
    // Started at once on its own thread, so JavaFX comes up while the scenario is read
    // (decision 0019); the first picture waits for it.
    FutureTask<Void> starting = new FutureTask<>(HeadlessToolkit::start, null);
    Thread starter = new Thread(starting, "report-toolkit");
    starter.setDaemon(true);
    starter.start();
    return new ReportCharts(() -> await(starting));
  }

  private static void await(FutureTask<Void> starting) {
    try {
      starting.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while JavaFX was starting", e);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e);
    }
  }

  @Override
  public Pictures render(Analysis a, String currency, I18n i18n) throws InterruptedException {
    toolkit.run();
    ResultCharts data = new ResultCharts(i18n);
    // On paper the split by goal matters more than the highlight of the winner.
    List<ChartPoint> scores = data.scorePoints(a.evaluation(), false);
    List<TornadoRow> rows = data.tornadoRows(a, TORNADO_ROWS);
    List<ChartPoint> acceptability = data.acceptabilityPoints(a);
    List<LinePoint> projection = data.projectionPoints(a, "emv", currency);
    // Built on the FX thread; each picture is taken there too (renderPng hops onto it), but
    // encoded as PNG on this thread, so the FX thread is free for the window meanwhile.
    // On paper every bar is drawn alike: the group's bars are a series of their own there.
    List<ChartPoint> members = a.group() == null ? List.of()
        : new GroupText(i18n).memberWeights(a.group()).stream()
            .map(p -> new ChartPoint(p.category(), p.series(), p.value(), p.valueText(),
                p.sourceText(), p.detailText(), false))
            .toList();
    Charts charts = new Charts(i18n, new SilentDialogs(), AppExecutor.sameThread());
    Chart group = a.group() == null ? null : FxThread.call(() -> {
      Chart c = charts.bars("reportGroup", i18n.t("group.chart"), i18n.t("group.chart.axis"),
          members);
      // Seven goal names side by side do not fit the page's width level: slanted, all show.
      ((javafx.scene.chart.XYChart<?, ?>) c).getXAxis().setTickLabelRotation(-45);
      return c;
    });
    List<Chart> built = FxThread.call(() -> {
      Chart scoreChart = charts.stacked("reportScores", i18n.t("wizard.result.chart.scores"),
          i18n.t("wizard.result.chart.scores.axis"), scores);
      Chart chance = charts.bars("reportAcceptability", i18n.t("wizard.result.chart.acceptability"),
          i18n.t("wizard.result.chart.acceptability.axis"), acceptability);
      Chart lines = charts.lines("reportProjection", i18n.t("wizard.result.chart.projection"),
          i18n.t("wizard.result.chart.month"), data.metricAxis("emv", currency), projection);
      // The same colour for each model and goal as on screen (present.ChartColours).
      charts.colourSeries(scoreChart, data.goalColours());
      charts.colourCategories(chance, data.modelColours(a.evaluation(), true));
      charts.explainHighlight(chance, i18n.t("chart.highlight.recommended"));
      charts.colourSeries(lines, data.projectionColours(a));
      return List.of(scoreChart,
          charts.tornado("reportTornado", i18n.t("wizard.result.chart.tornado"),
              i18n.t("wizard.result.chart.tornado.axis"), rows),
          chance, lines);
    });
    return new Pictures(
        png(charts, built.get(0), HEIGHT),
        png(charts, built.get(1), HEIGHT + 80),
        png(charts, built.get(2), HEIGHT - 60),
        png(charts, built.get(3), HEIGHT),
        group == null ? null : png(charts, group, HEIGHT + 60));
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
