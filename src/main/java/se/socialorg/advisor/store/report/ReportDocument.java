package se.socialorg.advisor.store.report;

import java.util.List;
import java.util.Objects;

/**
 * The content of a PDF report, already in the reader's language: a title page, sections of
 * blocks, and how page numbers read. {@link ReportWriter} lays it out; nothing here knows about
 * pages.
 *
 * @param language "en" or "sv": the document's language tag
 * @param title document title, on the title page and in the PDF's properties
 * @param titleLines lines under the title (organisation, scenario, date)
 * @param highlight the one-sentence conclusion shown boxed on the title page, may be empty
 * @param titleNote small print at the bottom of the title page, may be empty
 * @param sections the report's sections, in order
 * @param pageLabel how a page number reads, e.g. "Page 3 of 9"
 * @param summary blocks laid out on the title page under the highlight (an executive summary),
 *     may be empty
 */
public record ReportDocument(
    String language,
    String title,
    List<String> titleLines,
    String highlight,
    String titleNote,
    List<Section> sections,
    PageLabel pageLabel,
    List<Block> summary) {

  /** A report without a summary on its title page. */
  public ReportDocument(
      String language,
      String title,
      List<String> titleLines,
      String highlight,
      String titleNote,
      List<Section> sections,
      PageLabel pageLabel) {
    this(language, title, titleLines, highlight, titleNote, sections, pageLabel, List.of());
  }

  public ReportDocument {
    language = language == null ? "en" : language;
    Objects.requireNonNull(title, "title");
    titleLines = List.copyOf(titleLines);
    highlight = highlight == null ? "" : highlight;
    titleNote = titleNote == null ? "" : titleNote;
    sections = List.copyOf(sections);
    Objects.requireNonNull(pageLabel, "pageLabel");
    summary = summary == null ? List.of() : List.copyOf(summary);
  }

  /** The text of a page number. */
  @FunctionalInterface
  public interface PageLabel {
    String text(int page, int pages);
  }

  /** A section: a heading that starts it, then its blocks. */
  public record Section(String heading, List<Block> blocks) {
    public Section {
      Objects.requireNonNull(heading, "heading");
      blocks = List.copyOf(blocks);
    }
  }

  /** One piece of a section's content. */
  public sealed interface Block permits Subheading, Paragraph, Bullets, Table, Image, Chart {}

  /** A smaller heading inside a section. */
  public record Subheading(String text) implements Block {}

  /**
   * Running text, wrapped to the page width; a line break in the text starts a new line.
   *
   * @param small printed smaller and grey, for notes and captions
   */
  public record Paragraph(String text, boolean small) implements Block {
    public Paragraph(String text) {
      this(text, false);
    }
  }

  /** A bullet list. */
  public record Bullets(List<String> items) implements Block {
    public Bullets {
      items = List.copyOf(items);
    }
  }

  /**
   * A table with a header row; cells wrap within their column.
   *
   * @param widths relative column widths, one per header
   */
  public record Table(List<String> headers, List<List<String>> rows, List<Double> widths)
      implements Block {
    public Table {
      headers = List.copyOf(headers);
      rows = rows.stream().map(List::copyOf).toList();
      widths = widths == null || widths.size() != headers.size()
          ? headers.stream().map(h -> 1.0).toList() : List.copyOf(widths);
      for (List<String> r : rows) {
        if (r.size() != headers.size()) {
          throw new IllegalArgumentException("Row has " + r.size() + " cells, header " + headers.size());
        }
      }
    }
  }

  /**
   * A picture (e.g. a chart), scaled to the text width.
   *
   * @param png the PNG file's bytes
   * @param caption text under the picture, may be empty
   */
  public record Image(byte[] png, String caption) implements Block {
    public Image {
      Objects.requireNonNull(png, "png");
      caption = caption == null ? "" : caption;
    }
  }

  /**
   * A chart drawn as vector graphics ({@link Figure}), scaled to the text width.
   *
   * @param caption text under the chart, may be empty
   */
  public record Chart(Figure figure, String caption) implements Block {
    public Chart {
      Objects.requireNonNull(figure, "figure");
      caption = caption == null ? "" : caption;
    }
  }
}
