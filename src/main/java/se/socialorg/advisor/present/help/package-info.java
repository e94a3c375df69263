/**
 * The in-app help without JavaFX: its pages, the introduction's panes, the five models with their
 * organisation diagrams (nodes and links), the glossary and "How the advice is made", all worded
 * from the bundles.
 */
package se.socialorg.advisor.present.help;
