package se.socialorg.advisor.ui.charts;

import atlantafx.base.theme.PrimerLight;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.chart.BarChart;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import se.socialorg.advisor.i18n.I18n;
import se.socialorg.advisor.ui.AppExecutor;
import se.socialorg.advisor.ui.RecordingDialogs;
import se.socialorg.advisor.present.ChartPoint;

/**
 * What a chart costs headless (Monocle, software rendering): building and rendering a 25-country
 * trust chart to PNG as the PDF report does, and redrawing it in place as the wizard does.
 */
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ChartBench {

  private Charts charts;
  private List<ChartPoint> points;
  private List<ChartPoint> shifted;
  private BarChart<Number, String> live;
  private boolean flip;

  @Setup
  public void setUp() throws Exception {
    System.setProperty("glass.platform", "Monocle");
    System.setProperty("monocle.platform", "Headless");
    System.setProperty("prism.order", "sw");
    System.setProperty("java.awt.headless", "true");
    CountDownLatch started = new CountDownLatch(1);
    Platform.startup(started::countDown);
    started.await();
    // The app's theme: app.css refers to its colour variables.
    onFx(() -> {
      Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
      return null;
    });
    charts = new Charts(I18n.forLanguage("sv"), new RecordingDialogs(), AppExecutor.sameThread());
    points = countries(0);
    shifted = countries(3);
    live = onFx(() -> charts.horizontalBars("trust", "Förtroende", "Index", points));
  }

  @Benchmark
  public byte[] buildAndRenderPng() throws Exception {
    BarChart<Number, String> chart =
        onFx(() -> charts.horizontalBars("trust", "Förtroende", "Index", points));
    return charts.renderPng(chart, 800, 500);
  }

  @Benchmark
  public int updateInPlace() throws Exception {
    flip = !flip;
    return onFx(
        () -> {
          charts.update(live, flip ? shifted : points);
          live.applyCss();
          live.layout();
          return Charts.dataCount(live);
        });
  }

  private static List<ChartPoint> countries(int offset) {
    List<ChartPoint> out = new ArrayList<>();
    for (int i = 0; i < 25; i++) {
      double v = 30 + (i * 7 + offset) % 50;
      out.add(new ChartPoint("Land " + i, "2012", v, v + " %", "Edelman 2012", "", i == 7));
    }
    return out;
  }

  private static <T> T onFx(Callable<T> work) throws Exception {
    FutureTask<T> task = new FutureTask<>(work);
    Platform.runLater(task);
    return task.get();
  }
}
