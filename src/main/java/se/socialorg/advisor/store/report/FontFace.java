package se.socialorg.advisor.store.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;

/**
 * One face of the report's text (regular or bold) with a fallback for the characters it lacks:
 * DejaVu Sans draws what it can (Latin, Greek, Cyrillic, Hebrew, Arabic), Droid Sans Fallback
 * draws Chinese and Japanese, Nanum Square Korean. A fallback is embedded in a document only when
 * a text of it needs it, as a subset. A character neither can draw (most emoji) is shown as
 * {@link #REPLACEMENT}, never dropped and never as a question mark. The fallbacks have no bold
 * face: in the bold face their characters are drawn filled and outlined in the text's colour, so
 * a Chinese, Japanese or Korean heading is as heavy as a Latin one.
 */
final class FontFace {

  /** Drawn for a character no font of the report has (U+FFFD, the replacement character). */
  static final int REPLACEMENT = 0xFFFD;

  /** The fallback font, embedded on first use. */
  interface Fallback {
    /** Whether the fallback font has a glyph for {@code cp}; reads no document. */
    boolean has(int cp);

    /** The fallback font embedded in the document being written. */
    PDType0Font font() throws IOException;
  }

  private final PDType0Font primary;
  private final List<Fallback> fallbacks;
  /** Per code point: 1 the primary font, 2 + i fallback i, 0 none. */
  private final Map<Integer, Integer> source = new HashMap<>();

  /** The outline's width for fallback characters in a bold face, as a share of the text size. */
  static final float SYNTHETIC_BOLD = 0.035f;

  private final boolean bold;

  FontFace(PDType0Font primary, List<Fallback> fallbacks) {
    this(primary, fallbacks, false);
  }

  /** @param bold whether this is the bold face: fallback characters are then emboldened */
  FontFace(PDType0Font primary, List<Fallback> fallbacks, boolean bold) {
    this.primary = primary;
    this.fallbacks = List.copyOf(fallbacks);
    this.bold = bold;
  }

  /** A face without a fallback. */
  static FontFace of(PDType0Font font) {
    return new FontFace(font, List.of());
  }

  /**
   * The text as it will be drawn: tabs as spaces, control characters left out, and a character
   * no font has as {@link #REPLACEMENT}.
   */
  String clean(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    s.codePoints().forEach(cp -> {
      if (cp == '\t' || cp == '\r') {
        sb.append(' ');
      } else if (Character.isISOControl(cp)) {
        return;
      } else if (sourceOf(cp) != 0) {
        sb.appendCodePoint(cp);
      } else {
        sb.appendCodePoint(sourceOf(REPLACEMENT) != 0 ? REPLACEMENT : '?');
      }
    });
    return sb.toString();
  }

  /** The width of one drawable character at {@code size} points. */
  float width(int cp, float size) throws IOException {
    return fontOf(cp).getStringWidth(new String(Character.toChars(cp))) / 1000f * size;
  }

  /**
   * Draws an already cleaned line, in drawing order, switching font where the character needs,
   * inside a text object whose fill colour is {@code rgb}. The bold face leaves the outline colour
   * and width changed: callers keep the text object within saved graphics state.
   */
  void show(PDPageContentStream out, float size, String s, float[] rgb) throws IOException {
    int start = 0;
    PDType0Font current = null;
    boolean outlined = false;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      PDType0Font font = fontOf(cp);
      if (font != current) {
        if (current != null) {
          out.showText(s.substring(start, i));
        }
        out.setFont(font, size);
        boolean outline = bold && font != primary;
        if (outline != outlined) {
          if (outline) {
            out.setStrokingColor(rgb[0], rgb[1], rgb[2]);
            out.setLineWidth(size * SYNTHETIC_BOLD);
          }
          out.setRenderingMode(outline ? RenderingMode.FILL_STROKE : RenderingMode.FILL);
          outlined = outline;
        }
        current = font;
        start = i;
      }
      i += Character.charCount(cp);
    }
    if (current != null) {
      out.showText(s.substring(start));
    }
    if (outlined) {
      out.setRenderingMode(RenderingMode.FILL);
    }
  }

  private PDType0Font fontOf(int cp) throws IOException {
    int source = sourceOf(cp);
    return source >= 2 ? fallbacks.get(source - 2).font() : primary;
  }

  private int sourceOf(int cp) {
    return source.computeIfAbsent(cp, c -> {
      if (primaryHas(c)) {
        return 1;
      }
      for (int i = 0; i < fallbacks.size(); i++) {
        if (fallbacks.get(i).has(c)) {
          return 2 + i;
        }
      }
      return 0;
    });
  }

  private boolean primaryHas(int cp) {
    try {
      primary.encode(new String(Character.toChars(cp)));
      return true;
    } catch (IOException | IllegalArgumentException e) {
      return false;
    } catch (UncheckedIOException e) {
      return false;
    }
  }
}
