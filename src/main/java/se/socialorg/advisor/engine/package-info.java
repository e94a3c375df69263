/** The decision mathematics: pure Java, no JavaFX, no database, no files. */
package se.socialorg.advisor.engine;
