package se.socialorg.advisor.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import se.socialorg.advisor.engine.Acceptability;
import se.socialorg.advisor.engine.Advice;
import se.socialorg.advisor.engine.DecisionEngine;
import se.socialorg.advisor.engine.Evaluation;
import se.socialorg.advisor.engine.Projection;
import se.socialorg.advisor.engine.ProjectionResult;
import se.socialorg.advisor.engine.Sensitivity;
import se.socialorg.advisor.engine.SensitivityResult;
import se.socialorg.advisor.model.ScenarioInputs;

/**
 * Engine speed targets: one full evaluation under 0.1 ms; tornado plus 10,000 Monte Carlo draws
 * under 50 ms on one core. Run: {@code mvn -Pbench verify -Dbench.args=EngineBenchmark}. The pom
 * passes {@code bench.args} to JMH as one argument, so forks and iterations are set here.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class EngineBenchmark {

  private final ScenarioInputs inputs = ScenarioInputs.defaults();
  private final DecisionEngine engine = new DecisionEngine();
  private final Sensitivity sensitivity = new Sensitivity();
  private final Projection projection = new Projection();

  /** One evaluation: weights, scores, ranking, reasons. Target under 100 us. */
  @Benchmark
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public Evaluation evaluate() {
    return engine.evaluate(inputs);
  }

  /** Tornado and flip points. */
  @Benchmark
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public SensitivityResult tornado() {
    return sensitivity.analyse(inputs);
  }

  /** 10,000 Monte Carlo draws. */
  @Benchmark
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public Acceptability monteCarlo10k() {
    return engine.acceptability(inputs);
  }

  /** What the UI recomputes on a slider move: tornado plus 10,000 draws. Target under 50 ms. */
  @Benchmark
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public Object tornadoPlusMonteCarlo10k() {
    SensitivityResult s = sensitivity.analyse(inputs);
    Acceptability a = engine.acceptability(inputs);
    return new Object[] {s, a};
  }

  /**
   * Everything the executive summary states: evaluation, tornado, 10,000 draws with the model's
   * own uncertainty, and money in two cases.
   */
  @Benchmark
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public Advice advise() {
    return engine.advise(inputs);
  }

  /** A 24-month projection for every offered alternative. */
  @Benchmark
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public ProjectionResult projection() {
    return projection.project(inputs);
  }
}
