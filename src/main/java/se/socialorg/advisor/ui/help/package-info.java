/**
 * The Help window (introduction, the five models with their diagrams, glossary, how the advice is
 * made) and its view models; the words and the diagrams' shapes come from {@code present.help}.
 */
package se.socialorg.advisor.ui.help;
