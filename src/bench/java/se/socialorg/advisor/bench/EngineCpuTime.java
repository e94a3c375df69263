package se.socialorg.advisor.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import se.socialorg.advisor.engine.DecisionEngine;
import se.socialorg.advisor.engine.Sensitivity;
import se.socialorg.advisor.model.Goal;
import se.socialorg.advisor.model.Goals;
import se.socialorg.advisor.model.Judgement;
import se.socialorg.advisor.model.Participant;
import se.socialorg.advisor.model.ScenarioInputs;
import se.socialorg.advisor.model.WeightMode;

/**
 * The engine's budget in CPU time, which a busy machine does not inflate as it does JMH's wall
 * times: tornado plus 10,000 draws for one person and for a group of 20 members comparing all
 * goals in pairs (the group of {@link GroupBenchmark}); goal under 50 ms. Median thread CPU time
 * of 30 runs after 60 warm-up runs. Runs from source, without the bench profile:
 *
 * <pre>java @src/main/launcher/jvm.options -cp 'target/classes:target/dependency/*' \
 *   src/bench/java/se/socialorg/advisor/bench/EngineCpuTime.java</pre>
 */
public final class EngineCpuTime {

  /** Keeps the results alive, so nothing is optimised away. */
  static volatile Object sink;

  private EngineCpuTime() {}

  public static void main(String[] args) {
    DecisionEngine engine = new DecisionEngine();
    Sensitivity sensitivity = new Sensitivity();
    ScenarioInputs one = ScenarioInputs.defaults();
    ScenarioInputs group = group();
    report("one person", () -> new Object[] {sensitivity.analyse(one), engine.acceptability(one)});
    report("group of 20",
        () -> new Object[] {engine.sensitivity(group), engine.acceptability(group)});
  }

  private static void report(String name, Supplier<Object> run) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    for (int i = 0; i < 60; i++) {
      sink = run.get();
    }
    List<Double> ms = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      long start = threads.getCurrentThreadCpuTime();
      sink = run.get();
      ms.add((threads.getCurrentThreadCpuTime() - start) / 1e6);
    }
    Collections.sort(ms);
    System.out.printf("%s: tornado + 10,000 draws, CPU per run median %.1f ms (%.1f-%.1f)%n",
        name, ms.get(ms.size() / 2), ms.get(0), ms.get(ms.size() - 1));
  }

  /** Twenty members, each with random Saaty-scale judgements of every pair of goals. */
  private static ScenarioInputs group() {
    double[] saaty = {1 / 9.0, 1 / 7.0, 1 / 5.0, 1 / 3.0, 1, 3, 5, 7, 9};
    Random random = new Random(20);
    Goal[] goals = Goal.values();
    List<Participant> members = new ArrayList<>();
    for (int m = 0; m < 20; m++) {
      List<Judgement> pairs = new ArrayList<>();
      for (int i = 0; i < goals.length; i++) {
        for (int j = i + 1; j < goals.length; j++) {
          pairs.add(new Judgement(goals[i], goals[j], saaty[random.nextInt(saaty.length)]));
        }
      }
      members.add(new Participant("Member " + (m + 1), "Role", 1 + m % 3,
          new Goals(WeightMode.PAIRWISE, null, pairs)));
    }
    return ScenarioInputs.defaults().withParticipants(members);
  }
}
