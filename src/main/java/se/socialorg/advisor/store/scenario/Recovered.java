package se.socialorg.advisor.store.scenario;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;
import se.socialorg.advisor.model.Scenario;

/**
 * A scenario found in the autosave folder after the application did not exit cleanly.
 *
 * @param scenario the scenario as last autosaved
 * @param originalFile the file it was opened from or last saved to, or null if never saved
 * @param savedAt when it was autosaved
 */
public record Recovered(Scenario scenario, Path originalFile, Instant savedAt) {
  public Recovered {
    Objects.requireNonNull(scenario, "scenario");
    Objects.requireNonNull(savedAt, "savedAt");
  }
}
