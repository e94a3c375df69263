package se.socialorg.advisor.store.scenario;

import java.nio.file.Path;
import se.socialorg.advisor.model.Decision;
import se.socialorg.advisor.model.Scenario;

/**
 * Child-process main for {@link TwoInstancesTest}: one running copy of the app's autosave, as
 * {@code ScenarioFileActions} drives it. {@code args[0]} is the autosave folder, {@code args[1]}:
 * <ul>
 *   <li>{@code edit NOTES}: autosaves a scenario with these notes, prints {@code saved}, then runs
 *       until it is killed (a session with unsaved work);
 *   <li>{@code start-and-quit}: starts as the app does (looks for a crashed session, prints
 *       {@code pending=true|false}), edits, autosaves and quits cleanly (clears its autosave);
 *   <li>{@code recover}: prints the notes of the session offered for recovery, or {@code none}.
 * </ul>
 */
public final class AutosaveInstance {

  private AutosaveInstance() {}

  public static void main(String[] args) throws Exception {
    AutosaveStore store = new AutosaveStore(Path.of(args[0]));
    Scenario base = TestScenarios.everyFieldSet();
    switch (args[1]) {
      case "edit" -> {
        store.save(base.withDecision(new Decision(null, args[2])), null);
        System.out.println("saved");
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
      }
      case "start-and-quit" -> {
        System.out.println("pending=" + store.pending().isPresent());
        store.save(base.withDecision(new Decision(null, "second copy")), null);
        store.clear();
        System.out.println("quit");
      }
      case "recover" ->
          System.out.println(store.pending().map(r -> r.scenario().decision().notes()).orElse("none"));
      default -> throw new IllegalArgumentException(args[1]);
    }
  }
}
