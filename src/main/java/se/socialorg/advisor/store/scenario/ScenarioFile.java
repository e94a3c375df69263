package se.socialorg.advisor.store.scenario;

import se.socialorg.advisor.model.Scenario;

/**
 * The envelope of a scenario file (current format): what Jackson writes and reads.
 *
 * @param formatVersion format version, {@link ScenarioFiles#FORMAT_VERSION} when written
 * @param application the application that wrote the file, {@link ScenarioFiles#APPLICATION}
 * @param savedAt when the file was saved, ISO-8601 instant in UTC, or null when unknown (files
 *     migrated from version 1)
 * @param scenario the scenario itself
 */
public record ScenarioFile(int formatVersion, String application, String savedAt, Scenario scenario) {}
