package se.socialorg.advisor.present.help;

/** A titled piece of help text: an introduction pane, a part of "How the advice is made". */
public record HelpSection(String id, String title, String text) {}
