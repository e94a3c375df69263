package se.socialorg.advisor.store.report;

import java.util.List;
import java.util.Objects;

/**
 * A chart for paper as boxes, lines and text, drawn by the report writer straight into the PDF
 * as vector graphics in the report's own fonts (decision 0019): sharp at any zoom, its text
 * searchable, and no picture to render first. Coordinates are points from the top left, y down;
 * the writer scales the whole figure to the text width.
 *
 * @param width the figure's width in points
 * @param height the figure's height in points
 * @param marks what is drawn, in drawing order
 */
public record Figure(float width, float height, List<Mark> marks) {

  public Figure {
    if (!(width > 0) || !(height > 0)) {
      throw new IllegalArgumentException("A figure needs a size: " + width + " x " + height);
    }
    marks = List.copyOf(marks);
  }

  /** One thing drawn. */
  public sealed interface Mark permits Box, Line, Label {}

  /** A filled rectangle; {@code rgb} as 0xRRGGBB. */
  public record Box(float x, float y, float w, float h, int rgb) implements Mark {}

  /**
   * A line through points {@code x0, y0, x1, y1, ...} (two at least).
   *
   * @param width the stroke width in points
   */
  public record Line(List<Float> xy, int rgb, float width) implements Mark {
    public Line {
      xy = List.copyOf(xy);
      if (xy.size() < 4 || xy.size() % 2 != 0) {
        throw new IllegalArgumentException("A line needs pairs of coordinates, two at least");
      }
    }
  }

  /** Where a label's x lies on its text. */
  public enum Align { START, CENTRE, END }

  /**
   * A line of text.
   *
   * @param x where the text starts, is centred or ends (see {@code align})
   * @param y the baseline
   * @param size font size in points
   * @param angle degrees, counter-clockwise around ({@code x}, {@code y}); 0 is level
   * @param maxWidth longer text is cut with an ellipsis; 0 for no limit
   */
  public record Label(float x, float y, String text, float size, int rgb, Align align,
      boolean bold, float angle, float maxWidth) implements Mark {
    public Label {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(align, "align");
    }
  }
}
