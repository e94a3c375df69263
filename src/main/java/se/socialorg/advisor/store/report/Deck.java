package se.socialorg.advisor.store.report;

import java.util.List;
import java.util.Objects;

/**
 * A board deck, already in the reader's language: a title slide, then content slides of text, an
 * optional table and an optional picture. {@link DeckWriter} lays it out on 16:9 slides; nothing
 * here knows about positions.
 *
 * @param language "en" or "sv": the deck's language tag
 * @param title the deck's title, on the title slide and in the file's properties
 * @param subtitle lines under the title (organisation, scenario, date)
 * @param highlight the one-sentence conclusion on the title slide, may be empty
 * @param footer small print at the foot of every content slide (e.g. the organisation), may be empty
 * @param slides the content slides, in order
 */
public record Deck(String language, String title, List<String> subtitle, String highlight,
    String footer, List<Slide> slides) {

  public Deck {
    language = language == null ? "en" : language;
    Objects.requireNonNull(title, "title");
    subtitle = List.copyOf(subtitle);
    highlight = highlight == null ? "" : highlight;
    footer = footer == null ? "" : footer;
    slides = List.copyOf(slides);
  }

  /**
   * A content slide. With a picture, the picture takes the left and the text the right; with a
   * table, the text comes above it.
   *
   * @param title the slide's title
   * @param text paragraphs, headings and bullets, may be empty
   * @param table a table, or null
   * @param picture a picture, or null
   */
  public record Slide(String title, List<Text> text, ReportDocument.Table table, Picture picture) {
    public Slide {
      Objects.requireNonNull(title, "title");
      text = List.copyOf(text);
    }
  }

  /** What a piece of text is: it decides its size and bullet. */
  public enum Kind { HEADING, PARAGRAPH, BULLET, SMALL }

  /** One paragraph of a slide's text. */
  public record Text(Kind kind, String text) {
    public Text {
      Objects.requireNonNull(kind, "kind");
      text = text == null ? "" : text;
    }
  }

  /**
   * A picture (a chart).
   *
   * @param png the PNG file's bytes
   * @param description what the picture shows, for screen readers (its alternative text)
   */
  public record Picture(byte[] png, String description) {
    public Picture {
      Objects.requireNonNull(png, "png");
      description = description == null ? "" : description;
    }
  }
}
