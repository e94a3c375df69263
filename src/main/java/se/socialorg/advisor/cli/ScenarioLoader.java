package se.socialorg.advisor.cli;

import java.nio.file.Path;
import se.socialorg.advisor.model.Scenario;

/** Reads a scenario file; the real reader lives in {@code store}, tests pass a fake. */
@FunctionalInterface
public interface ScenarioLoader {

  /**
   * Loads the scenario in {@code file}.
   *
   * @throws Exception with a message fit for one line on stderr when the file is missing or bad
   */
  Scenario load(Path file) throws Exception;
}
