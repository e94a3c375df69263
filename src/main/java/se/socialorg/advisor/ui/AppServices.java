package se.socialorg.advisor.ui;

import se.socialorg.advisor.engine.DecisionEngine;
import se.socialorg.advisor.store.DataDirectory;
import se.socialorg.advisor.store.scenario.AutosaveStore;
import se.socialorg.advisor.store.scenario.ScenarioFiles;

/**
 * The services the screens use, built once with plain constructors in {@link App} (or in a test).
 *
 * @param dataDirectory where user data lives
 * @param preferences what is remembered between runs
 * @param executor the one background executor
 * @param scenarioFiles reads and writes scenario files
 * @param autosave the working scenario's crash copy
 * @param library the SQLite data library (opened in the background)
 * @param engine the decision engine
 */
public record AppServices(
    DataDirectory dataDirectory,
    AppPreferences preferences,
    AppExecutor executor,
    ScenarioFiles scenarioFiles,
    AutosaveStore autosave,
    Library library,
    DecisionEngine engine) {}
