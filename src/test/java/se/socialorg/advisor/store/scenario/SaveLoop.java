package se.socialorg.advisor.store.scenario;

import java.nio.file.Path;
import se.socialorg.advisor.model.Decision;
import se.socialorg.advisor.model.Scenario;

/**
 * Child-process main for {@link CrashDuringSaveTest}: saves a scenario to {@code args[0]} over and
 * over (notes start with {@code R<args[1]> <counter>}), each time with different content, until it is killed.
 */
public final class SaveLoop {

  private SaveLoop() {}

  public static void main(String[] args) throws Exception {
    Path file = Path.of(args[0]);
    String round = args[1];
    ScenarioFiles files = new ScenarioFiles();
    Scenario base = TestScenarios.everyFieldSet();
    // Notes of a few hundred kilobytes make each write take long enough to be interrupted.
    String padding = "Anteckning om beslutet. ".repeat(20_000);
    for (long i = 0; ; i++) {
      files.write(base.withWizardStep((int) (i % 90)).withDecision(new Decision(null, "R" + round + " " + i + " " + padding)), file);
    }
  }
}
