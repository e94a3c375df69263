package se.socialorg.advisor.ui;

import se.socialorg.advisor.store.DataDirectory;

/**
 * The services the screens use, built once with plain constructors in {@link App} (or in a test).
 *
 * @param dataDirectory where user data lives
 * @param preferences what is remembered between runs
 * @param executor the one background executor
 */
public record AppServices(
    DataDirectory dataDirectory, AppPreferences preferences, AppExecutor executor) {}
