package se.socialorg.advisor.present.help;

import se.socialorg.advisor.model.Alternative;

/**
 * One of the five models as the help explains it: its name, what it is (two or three sentences),
 * when it fits, its diagram and the diagram's words for a screen reader.
 */
public record ModelHelp(Alternative model, String name, String text, String fits,
    OrgDiagram diagram, String diagramText) {}
