package se.socialorg.advisor.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
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
import se.socialorg.advisor.engine.Acceptability;
import se.socialorg.advisor.engine.DecisionEngine;
import se.socialorg.advisor.engine.GroupAhp;
import se.socialorg.advisor.engine.GroupAnalysis;
import se.socialorg.advisor.engine.GroupWeights;
import se.socialorg.advisor.engine.SensitivityResult;
import se.socialorg.advisor.model.Goal;
import se.socialorg.advisor.model.Goals;
import se.socialorg.advisor.model.Judgement;
import se.socialorg.advisor.model.Participant;
import se.socialorg.advisor.model.ScenarioInputs;
import se.socialorg.advisor.model.WeightMode;

/**
 * The engine's budget with a group of 20 members, each comparing all seven goals in pairs (21
 * judgements on Saaty's scale, drawn once from a fixed seed): combining their judgements
 * ({@link GroupAhp}, geometric mean of 20 matrices), the group's weights as the engine makes
 * them, the agreement analysis with each member's own recommendation, and what the wizard
 * recomputes on a change: tornado plus 10,000 draws with the group's spread and the model's
 * uncertainty (target under 50 ms, as for one person in {@link EngineBenchmark}).
 *
 * <p>{@code mvn -Pbench verify -Dbench.args="GroupBenchmark"}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class GroupBenchmark {

  static final int MEMBERS = 20;

  private static final double[] SAATY = {1 / 9.0, 1 / 7.0, 1 / 5.0, 1 / 3.0, 1, 3, 5, 7, 9};

  private final DecisionEngine engine = new DecisionEngine();
  private ScenarioInputs group;
  private List<double[][]> matrices;
  private double[] shares;

  @Setup
  public void setUp() {
    Random random = new Random(20);
    Goal[] goals = Goal.values();
    List<Participant> members = new ArrayList<>();
    matrices = new ArrayList<>();
    for (int m = 0; m < MEMBERS; m++) {
      List<Judgement> pairs = new ArrayList<>();
      double[][] matrix = new double[goals.length][goals.length];
      for (int i = 0; i < goals.length; i++) {
        matrix[i][i] = 1;
        for (int j = i + 1; j < goals.length; j++) {
          double ratio = SAATY[random.nextInt(SAATY.length)];
          pairs.add(new Judgement(goals[i], goals[j], ratio));
          matrix[i][j] = ratio;
          matrix[j][i] = 1 / ratio;
        }
      }
      matrices.add(matrix);
      members.add(new Participant("Member " + (m + 1), "Role", 1 + m % 3,
          new Goals(WeightMode.PAIRWISE, null, pairs)));
    }
    shares = new double[MEMBERS];
    java.util.Arrays.fill(shares, 1.0 / MEMBERS);
    group = ScenarioInputs.defaults().withParticipants(members);
  }

  /** GroupAhp alone: the weighted geometric mean of 20 pairwise matrices. */
  @Benchmark
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public double[][] aggregateJudgements20() {
    return GroupAhp.aggregateJudgements(matrices, shares);
  }

  /** The group's goal weights as the engine makes them (each member's AHP, then AIJ). */
  @Benchmark
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public GroupWeights groupWeights20() {
    return GroupWeights.of(group);
  }

  /** Agreement, the splitting goal and each member's own recommendation. */
  @Benchmark
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public GroupAnalysis groupAnalysis20() {
    return engine.group(group);
  }

  /** What the wizard recomputes for a group: tornado plus 10,000 draws. Target under 50 ms. */
  @Benchmark
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public Object tornadoPlusMonteCarlo10kGroup20() {
    SensitivityResult s = engine.sensitivity(group);
    Acceptability a = engine.acceptability(group);
    return new Object[] {s, a};
  }
}
