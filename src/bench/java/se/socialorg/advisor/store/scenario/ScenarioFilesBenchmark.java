package se.socialorg.advisor.store.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import se.socialorg.advisor.model.Scenario;

/** Cost of opening and saving a scenario (the multinational sample, the largest). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ScenarioFilesBenchmark {

  private final ScenarioFiles files = new ScenarioFiles();
  private byte[] content;
  private Scenario scenario;
  private Path dir;
  private Path target;

  @Setup(Level.Trial)
  public void setUp() throws IOException, ScenarioFileException {
    try (InputStream in = Samples.class.getResourceAsStream(Samples.RESOURCE_FOLDER + "multinational.soa.json")) {
      content = in.readAllBytes();
    }
    scenario = files.parse(content, "bench");
    dir = Files.createTempDirectory("scenario-bench");
    target = dir.resolve("bench" + ScenarioFiles.EXTENSION);
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    Files.deleteIfExists(target);
    Files.deleteIfExists(dir);
  }

  /** Parse and validate (structure check, binding, ranges). */
  @Benchmark
  public Scenario parse() throws ScenarioFileException {
    return files.parse(content, "bench");
  }

  /** Serialise to text. */
  @Benchmark
  public String toJson() {
    return files.toJson(scenario);
  }

  /** Atomic save: temporary file, force to disk, move. Dominated by the disk flush. */
  @Benchmark
  public Path writeAtomically() throws IOException {
    files.write(scenario, target);
    return target;
  }
}
