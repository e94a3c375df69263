/** Headless commands run by {@code Main} without a window: they wire store and engine. */
package se.socialorg.advisor.cli;
