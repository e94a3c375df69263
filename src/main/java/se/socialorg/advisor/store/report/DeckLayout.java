package se.socialorg.advisor.store.report;

import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import se.socialorg.advisor.store.report.DeckParts.Xml;

/**
 * Places a deck's content on 16:9 slides and writes each slide's XML (PresentationML shapes: the
 * title placeholder, text boxes, tables, pictures). Text sizes are chosen so that the text fits
 * its box, estimated from the number of characters per line; the boxes also ask the viewer to
 * shrink text that still overflows.
 */
final class DeckLayout {

  /** English Metric Units per point and per inch. */
  static final long PT = 12_700L;

  static final long INCH = 914_400L;

  private static final long MARGIN = INCH / 2;
  private static final long WIDTH = DeckParts.SLIDE_WIDTH - 2 * MARGIN;
  private static final long CONTENT_TOP = (long) (1.40 * INCH);
  private static final long CONTENT_BOTTOM = (long) (6.85 * INCH);
  private static final long GAP = (long) (0.3 * INCH);
  /** The widest a picture is drawn beside text. */
  private static final long PICTURE_WIDTH = (long) (7.4 * INCH);

  /** The app's colours, as in the PDF report (store.report.Layout). */
  static final String INK = "21262E";
  static final String ACCENT = "0D5999";
  static final String GREY = "666D78";
  static final String TINT = "EBF2FA";
  static final String RULE = "CCD1D9";
  static final String WHITE = "FFFFFF";

  /**
   * Average width of a character in the deck's font (Calibri), as a share of its size, with room
   * to spare: a viewer without Calibri draws a wider font.
   */
  private static final double CHAR_WIDTH = 0.55;
  private static final double LINE = 1.2;
  /** A text box's inner margins, left and right together, in points (0.1 inch each). */
  private static final double INSETS = 14.4;
  private static final double BULLET_INDENT = 18;

  private final Deck deck;
  private final String lang;

  DeckLayout(Deck deck) {
    this.deck = deck;
    this.lang = DeckParts.languageTag(deck.language());
  }

  /** A slide's XML and its pictures, in the order their relationships are numbered (rId2…). */
  record Drawn(byte[] xml, List<byte[]> pictures) {}

  /** The title slide: title, the lines under it and the conclusion in a tinted box. */
  byte[] titleSlide() throws XMLStreamException {
    return DeckParts.part(x -> {
      Shapes s = new Shapes(x);
      s.begin();
      s.rect(0, 0, (long) (0.28 * INCH), DeckParts.SLIDE_HEIGHT, ACCENT);
      long left = MARGIN + (long) (0.4 * INCH);
      long width = DeckParts.SLIDE_WIDTH - left - MARGIN;
      int titleSize = fit(List.of(new Deck.Text(Deck.Kind.HEADING, deck.title())),
          width, 1.6 * INCH, 40, 26);
      s.title(deck.title(), left, (long) (0.9 * INCH), width, (long) (1.6 * INCH), titleSize, "b");
      List<Deck.Text> lines = deck.subtitle().stream()
          .map(l -> new Deck.Text(Deck.Kind.PARAGRAPH, l)).toList();
      s.textBox("Subtitle", lines, left, (long) (2.6 * INCH), width, (long) (1.5 * INCH),
          fit(lines, width, 1.5 * INCH, 20, 12), null, GREY);
      if (!deck.highlight().isEmpty()) {
        List<Deck.Text> h = List.of(new Deck.Text(Deck.Kind.PARAGRAPH, deck.highlight()));
        long boxWidth = width;
        long boxHeight = (long) (2.0 * INCH);
        s.textBox("Conclusion", h, left, (long) (4.4 * INCH), boxWidth, boxHeight,
            fit(h, boxWidth - INCH / 5, boxHeight - INCH / 5, 26, 14), TINT, INK);
      }
      s.end();
    });
  }

  /** A content slide: title, then text, table and picture placed by what the slide has. */
  Drawn contentSlide(Deck.Slide slide, int number, int total) throws XMLStreamException {
    List<byte[]> pictures = new ArrayList<>();
    byte[] xml = DeckParts.part(x -> {
      Shapes s = new Shapes(x);
      s.begin();
      int titleSize = fit(List.of(new Deck.Text(Deck.Kind.HEADING, slide.title())),
          WIDTH, 0.85 * INCH, 30, 20);
      s.title(slide.title(), MARGIN, (long) (0.3 * INCH), WIDTH, (long) (0.85 * INCH), titleSize,
          "b");
      s.rect(MARGIN + INCH / 10, (long) (1.17 * INCH), (long) (1.2 * INCH), (long) (0.05 * INCH),
          ACCENT);
      long height = CONTENT_BOTTOM - CONTENT_TOP;
      if (slide.picture() != null) {
        int[] size = pngSize(slide.picture().png());
        boolean alone = slide.text().isEmpty() && slide.table() == null;
        long maxWidth = alone ? WIDTH : PICTURE_WIDTH;
        long w = maxWidth;
        long h = w * size[1] / size[0];
        if (h > height) {
          h = height;
          w = h * size[0] / size[1];
        }
        long px = alone ? MARGIN + (WIDTH - w) / 2 : MARGIN;
        pictures.add(slide.picture().png());
        s.picture(slide.picture(), "rId" + (1 + pictures.size()), px, CONTENT_TOP, w, h);
        if (!alone) {
          long cx = MARGIN + w + GAP;
          // Beside a chart the text column is narrow: a smaller largest size keeps lines long.
          column(s, slide, cx, DeckParts.SLIDE_WIDTH - MARGIN - cx, height);
        }
      } else {
        column(s, slide, MARGIN, WIDTH, height);
      }
      footer(s, number, total);
      s.end();
    });
    return new Drawn(xml, pictures);
  }

  /** Text, then the table under it, in one column; text alone takes two columns when long. */
  private void column(Shapes s, Deck.Slide slide, long x, long width, long height)
      throws XMLStreamException {
    List<Deck.Text> text = slide.text();
    if (slide.table() == null) {
      if (text.isEmpty()) {
        return;
      }
      int one = fit(text, width, height, width == WIDTH ? 20 : 18, 11);
      int split = width == WIDTH && one < 16 ? splitAt(text) : -1;
      if (split > 0) {
        long half = (width - GAP) / 2;
        List<Deck.Text> first = text.subList(0, split);
        List<Deck.Text> second = text.subList(split, text.size());
        int size = Math.min(fit(first, half, height, 18, 11), fit(second, half, height, 18, 11));
        if (size > one) {
          s.textBox("Text", first, x, CONTENT_TOP, half, height, size, null, INK);
          s.textBox("Text", second, x + half + GAP, CONTENT_TOP, half, height, size, null, INK);
          return;
        }
      }
      s.textBox("Text", text, x, CONTENT_TOP, width, height, one, null, INK);
      return;
    }
    long y = CONTENT_TOP;
    long left = height;
    if (!text.isEmpty()) {
      int size = fit(text, width, height * 0.35, 18, 11);
      long used = Math.min((long) (height * 0.35),
          (long) ((height(text, width, size) + 8) * PT));
      s.textBox("Text", text, x, y, width, used, size, null, INK);
      y += used + INCH / 10;
      left = CONTENT_BOTTOM - y;
    }
    s.table(slide.table(), x, y, width, left);
  }

  /** The heading where the text splits into two balanced columns, or -1. */
  private int splitAt(List<Deck.Text> text) {
    double total = 0;
    double[] each = new double[text.size()];
    for (int i = 0; i < text.size(); i++) {
      each[i] = height(List.of(text.get(i)), WIDTH / 2, 14);
      total += each[i];
    }
    int best = -1;
    double bestMax = Double.MAX_VALUE;
    double before = 0;
    for (int i = 0; i < text.size(); i++) {
      if (i > 0 && text.get(i).kind() == Deck.Kind.HEADING) {
        double max = Math.max(before, total - before);
        if (max < bestMax) {
          bestMax = max;
          best = i;
        }
      }
      before += each[i];
    }
    return best;
  }

  private void footer(Shapes s, int number, int total) throws XMLStreamException {
    long y = (long) (6.98 * INCH);
    long h = (long) (0.35 * INCH);
    if (!deck.footer().isEmpty()) {
      s.textBox("Footer", List.of(new Deck.Text(Deck.Kind.SMALL, deck.footer())), MARGIN, y,
          WIDTH - INCH, h, 10, null, GREY);
    }
    s.textBox("Slide number", List.of(new Deck.Text(Deck.Kind.SMALL, number + " / " + total)),
        DeckParts.SLIDE_WIDTH - MARGIN - INCH, y, INCH, h, 10, null, GREY, "r");
  }

  /** The largest size from {@code max} down to {@code min} at which the text fits the box. */
  static int fit(List<Deck.Text> text, long width, double height, int max, int min) {
    for (int size = max; size > min; size--) {
      if (height(text, width, size) <= height / PT - 8) {
        return size;
      }
    }
    return min;
  }

  /** The estimated height in points of {@code text} at body size {@code size}. */
  static double height(List<Deck.Text> text, long width, int size) {
    double h = 0;
    boolean first = true;
    for (Deck.Text t : text) {
      int sz = sizeOf(t.kind(), size);
      double w = width / (double) PT - INSETS - (t.kind() == Deck.Kind.BULLET ? BULLET_INDENT : 0);
      h += lines(t.text(), w, sz) * sz * LINE + (first ? 0 : before(t.kind(), size));
      first = false;
    }
    return h;
  }

  /** Wrapped lines of {@code text} in a width of {@code width} points. */
  static int lines(String text, double width, int size) {
    int perLine = Math.max(1, (int) (width / (size * CHAR_WIDTH)));
    int n = 0;
    for (String line : text.split("\n", -1)) {
      n += wrapped(line, perLine);
    }
    return Math.max(1, n);
  }

  /** Lines a paragraph takes when broken at spaces with {@code perLine} characters a line. */
  private static int wrapped(String line, int perLine) {
    int lines = 1;
    int used = 0;
    for (String word : line.split(" ")) {
      int len = word.length();
      if (used > 0 && used + 1 + len > perLine) {
        lines++;
        used = 0;
      }
      while (len > perLine) {
        lines++;
        len -= perLine;
      }
      used += (used > 0 ? 1 : 0) + len;
    }
    return lines;
  }

  static int sizeOf(Deck.Kind kind, int body) {
    return switch (kind) {
      case HEADING -> body + 2;
      case SMALL -> Math.max(9, body - 4);
      default -> body;
    };
  }

  private static double before(Deck.Kind kind, int body) {
    return kind == Deck.Kind.HEADING ? body * 0.9 : body * 0.4;
  }

  /** Width and height of a PNG from its header; 16:9 when the bytes are no PNG. */
  static int[] pngSize(byte[] png) {
    if (png.length >= 24 && png[12] == 'I' && png[13] == 'H' && png[14] == 'D' && png[15] == 'R') {
      int w = readInt(png, 16);
      int h = readInt(png, 20);
      if (w > 0 && h > 0) {
        return new int[] {w, h};
      }
    }
    return new int[] {16, 9};
  }

  private static int readInt(byte[] b, int at) {
    return ((b[at] & 0xff) << 24) | ((b[at + 1] & 0xff) << 16) | ((b[at + 2] & 0xff) << 8)
        | (b[at + 3] & 0xff);
  }

  /** Writes the shapes of one slide. */
  private final class Shapes {
    private final Xml x;
    private int id = 1;

    Shapes(Xml x) {
      this.x = x;
    }

    void begin() throws XMLStreamException {
      x.open("p:sld").namespace("a", DeckParts.NS_A).namespace("r", DeckParts.NS_R)
          .namespace("p", DeckParts.NS_P);
      x.open("p:cSld").open("p:spTree");
      x.open("p:nvGrpSpPr").empty("p:cNvPr", "id", "1", "name", "").empty("p:cNvGrpSpPr")
          .empty("p:nvPr").close();
      x.open("p:grpSpPr").open("a:xfrm").empty("a:off", "x", "0", "y", "0")
          .empty("a:ext", "cx", "0", "cy", "0").empty("a:chOff", "x", "0", "y", "0")
          .empty("a:chExt", "cx", "0", "cy", "0").close().close();
    }

    void end() throws XMLStreamException {
      x.close().close(); // spTree, cSld
      x.open("p:clrMapOvr").empty("a:masterClrMapping").close();
      x.close(); // sld
    }

    private void xfrm(long left, long top, long width, long height) throws XMLStreamException {
      x.open("a:xfrm").empty("a:off", "x", Long.toString(left), "y", Long.toString(top))
          .empty("a:ext", "cx", Long.toString(width), "cy", Long.toString(height)).close();
    }

    private void rectGeometry() throws XMLStreamException {
      x.open("a:prstGeom", "prst", "rect").empty("a:avLst").close();
    }

    private void fill(String colour) throws XMLStreamException {
      x.open("a:solidFill").empty("a:srgbClr", "val", colour).close();
    }

    /** A coloured rectangle without text (a decoration). */
    void rect(long left, long top, long width, long height, String colour)
        throws XMLStreamException {
      int n = ++id;
      x.open("p:sp");
      x.open("p:nvSpPr").empty("p:cNvPr", "id", Integer.toString(n), "name", "Band " + n)
          .empty("p:cNvSpPr").empty("p:nvPr").close();
      x.open("p:spPr");
      xfrm(left, top, width, height);
      rectGeometry();
      fill(colour);
      x.open("a:ln").empty("a:noFill").close();
      x.close();
      x.close();
    }

    /** The slide's title, in its title placeholder (outline view, screen readers). */
    void title(String text, long left, long top, long width, long height, int size, String bold)
        throws XMLStreamException {
      int n = ++id;
      x.open("p:sp");
      x.open("p:nvSpPr").empty("p:cNvPr", "id", Integer.toString(n), "name", "Title " + n);
      x.open("p:cNvSpPr").empty("a:spLocks", "noGrp", "1").close();
      x.open("p:nvPr").empty("p:ph", "type", "title").close();
      x.close();
      x.open("p:spPr");
      xfrm(left, top, width, height);
      x.close();
      x.open("p:txBody");
      x.open("a:bodyPr", "wrap", "square", "anchor", "b").empty("a:normAutofit").close();
      x.empty("a:lstStyle");
      x.open("a:p");
      run(text, size, "1".equals(bold) || "b".equals(bold), ACCENT);
      x.close();
      x.close();
      x.close();
    }

    void textBox(String name, List<Deck.Text> text, long left, long top, long width, long height,
        int size, String background, String colour) throws XMLStreamException {
      textBox(name, text, left, top, width, height, size, background, colour, "l");
    }

    /** An editable text box; {@code background} is a fill colour or null. */
    void textBox(String name, List<Deck.Text> text, long left, long top, long width, long height,
        int size, String background, String colour, String align) throws XMLStreamException {
      int n = ++id;
      x.open("p:sp");
      x.open("p:nvSpPr").empty("p:cNvPr", "id", Integer.toString(n), "name", name + " " + n)
          .empty("p:cNvSpPr", "txBox", "1").empty("p:nvPr").close();
      x.open("p:spPr");
      xfrm(left, top, width, height);
      rectGeometry();
      if (background == null) {
        x.empty("a:noFill");
      } else {
        fill(background);
      }
      x.close();
      x.open("p:txBody");
      String inset = background == null ? "91440" : "137160";
      x.open("a:bodyPr", "wrap", "square", "lIns", inset, "tIns", background == null ? "45720"
          : inset, "rIns", inset, "bIns", background == null ? "45720" : inset,
          "anchor", background == null ? "t" : "ctr").empty("a:normAutofit").close();
      x.empty("a:lstStyle");
      boolean first = true;
      for (Deck.Text t : text) {
        paragraph(t, size, colour, align, first);
        first = false;
      }
      if (first) { // a text body holds at least one paragraph
        x.open("a:p").empty("a:endParaRPr", "lang", lang, "sz", Integer.toString(size * 100))
            .close();
      }
      x.close();
      x.close();
    }

    private void paragraph(Deck.Text t, int body, String colour, String align, boolean first)
        throws XMLStreamException {
      int size = sizeOf(t.kind(), body);
      boolean bullet = t.kind() == Deck.Kind.BULLET;
      x.open("a:p");
      if (bullet) {
        x.open("a:pPr", "marL", Long.toString((long) (BULLET_INDENT * PT)),
            "indent", Long.toString((long) (-BULLET_INDENT * PT)), "algn", align);
      } else {
        x.open("a:pPr", "algn", align);
      }
      if (!first) {
        x.open("a:spcBef").empty("a:spcPts", "val",
            Long.toString(Math.round(before(t.kind(), body) * 100))).close();
      }
      if (bullet) {
        x.open("a:buClr").empty("a:srgbClr", "val", ACCENT).close();
        x.empty("a:buFont", "typeface", "Arial");
        x.empty("a:buChar", "char", "\u2022");
      } else {
        x.empty("a:buNone");
      }
      x.close();
      String c = t.kind() == Deck.Kind.HEADING ? ACCENT
          : t.kind() == Deck.Kind.SMALL ? GREY : colour;
      run(t.text(), size, t.kind() == Deck.Kind.HEADING, c);
      x.close();
    }

    /** The runs of one paragraph: a line break in the text is a line break on the slide. */
    private void run(String text, int size, boolean bold, String colour)
        throws XMLStreamException {
      String[] lines = text.split("\n", -1);
      for (int i = 0; i < lines.length; i++) {
        if (i > 0) {
          x.open("a:br");
          runProperties(size, bold, colour);
          x.close();
        }
        x.open("a:r");
        runProperties(size, bold, colour);
        x.open("a:t").text(lines[i]).close();
        x.close();
      }
      x.open("a:endParaRPr", "lang", lang, "sz", Integer.toString(size * 100)).close();
    }

    private void runProperties(int size, boolean bold, String colour) throws XMLStreamException {
      x.open("a:rPr", "lang", lang, "sz", Integer.toString(size * 100), "b", bold ? "1" : "0",
          "dirty", "0");
      fill(colour);
      x.close();
    }

    /** A picture, with its description as alternative text. */
    void picture(Deck.Picture p, String relId, long left, long top, long width, long height)
        throws XMLStreamException {
      int n = ++id;
      x.open("p:pic");
      x.open("p:nvPicPr").empty("p:cNvPr", "id", Integer.toString(n), "name", "Chart " + n,
          "descr", p.description());
      x.open("p:cNvPicPr").empty("a:picLocks", "noChangeAspect", "1").close();
      x.empty("p:nvPr").close();
      x.open("p:blipFill").empty("a:blip", "r:embed", relId).open("a:stretch")
          .empty("a:fillRect").close().close();
      x.open("p:spPr");
      xfrm(left, top, width, height);
      rectGeometry();
      x.close();
      x.close();
    }

    /** A real table: a header row in the accent colour, then banded rows. */
    void table(ReportDocument.Table t, long left, long top, long width, long height)
        throws XMLStreamException {
      int size = 16;
      long[] cols = columns(t, width, size);
      while (size > 9 && (cols == null || tableHeight(t, cols, size) > height / (double) PT)) {
        size--;
        cols = columns(t, width, size);
      }
      if (cols == null) {
        cols = proportional(t, width);
      }
      int n = ++id;
      x.open("p:graphicFrame");
      x.open("p:nvGraphicFramePr").empty("p:cNvPr", "id", Integer.toString(n), "name",
          "Table " + n);
      x.open("p:cNvGraphicFramePr").empty("a:graphicFrameLocks", "noGrp", "1").close();
      x.empty("p:nvPr").close();
      x.open("p:xfrm").empty("a:off", "x", Long.toString(left), "y", Long.toString(top))
          .empty("a:ext", "cx", Long.toString(width),
              "cy", Long.toString((long) (tableHeight(t, cols, size) * PT))).close();
      x.open("a:graphic").open("a:graphicData", "uri",
          "http://schemas.openxmlformats.org/drawingml/2006/table");
      x.open("a:tbl").empty("a:tblPr", "firstRow", "1", "bandRow", "1");
      x.open("a:tblGrid");
      for (long c : cols) {
        x.empty("a:gridCol", "w", Long.toString(c));
      }
      x.close();
      row(t.headers(), cols, size, true, false);
      boolean band = false;
      for (List<String> r : t.rows()) {
        row(r, cols, size, false, band);
        band = !band;
      }
      x.close().close().close(); // tbl, graphicData, graphic
      x.close();
    }

    private void row(List<String> cells, long[] cols, int size, boolean header, boolean band)
        throws XMLStreamException {
      x.open("a:tr", "h", Long.toString((long) (rowHeight(cells, cols, size) * PT)));
      for (int i = 0; i < cells.size(); i++) {
        x.open("a:tc");
        x.open("a:txBody").empty("a:bodyPr").empty("a:lstStyle");
        for (String line : cells.get(i).split("\n", -1)) {
          x.open("a:p");
          run(line, size, header, header ? WHITE : INK);
          x.close();
        }
        x.close();
        x.open("a:tcPr", "marL", "91440", "marR", "91440", "marT", "45720", "marB", "45720");
        for (String side : List.of("a:lnL", "a:lnR")) {
          x.open(side, "w", "0").empty("a:noFill").close();
        }
        for (String side : List.of("a:lnT", "a:lnB")) {
          x.open(side, "w", "6350");
          fill(RULE);
          x.close();
        }
        fill(header ? ACCENT : band ? TINT : WHITE);
        x.close();
        x.close();
      }
      x.close();
    }
  }

  /** Column widths as the table asks, in EMU, adding up to {@code width}. */
  static long[] proportional(ReportDocument.Table t, long width) {
    double sum = t.widths().stream().mapToDouble(Double::doubleValue).sum();
    long[] cols = new long[t.headers().size()];
    long given = 0;
    for (int i = 0; i < cols.length; i++) {
      cols[i] = i == cols.length - 1 ? width - given : Math.round(width * t.widths().get(i) / sum);
      given += cols[i];
    }
    return cols;
  }

  /**
   * Column widths at {@code size} that break no word (and no short cell such as an amount with
   * its currency), widening narrow columns at the cost of wide ones; null when the table cannot
   * be that wide.
   */
  static long[] columns(ReportDocument.Table t, long width, int size) {
    long[] cols = proportional(t, width);
    long[] min = new long[cols.length];
    long needed = 0;
    for (int i = 0; i < cols.length; i++) {
      double chars = (longestWord(t.headers().get(i)) + 1) * 1.2; // the header is bold
      for (List<String> r : t.rows()) {
        String cell = r.get(i);
        chars = Math.max(chars, cell.length() <= 16 ? cell.length() : longestWord(cell));
      }
      min[i] = (long) ((chars * size * CHAR_WIDTH + INSETS + 2) * PT);
      needed += min[i];
    }
    if (needed > width) {
      return null;
    }
    long deficit = 0;
    long slack = 0;
    for (int i = 0; i < cols.length; i++) {
      deficit += Math.max(0, min[i] - cols[i]);
      slack += Math.max(0, cols[i] - min[i]);
    }
    long given = 0;
    for (int i = 0; i < cols.length; i++) {
      long spare = Math.max(0, cols[i] - min[i]);
      cols[i] = i == cols.length - 1 ? width - given
          : Math.max(min[i], cols[i] - (slack == 0 ? 0 : deficit * spare / slack));
      given += cols[i];
    }
    return cols;
  }

  private static int longestWord(String text) {
    int most = 0;
    for (String word : text.split("[ \n]")) {
      most = Math.max(most, word.length());
    }
    return most;
  }

  /** The estimated height of a table in points. */
  static double tableHeight(ReportDocument.Table t, long[] cols, int size) {
    double h = rowHeight(t.headers(), cols, size);
    for (List<String> r : t.rows()) {
      h += rowHeight(r, cols, size);
    }
    return h;
  }

  private static double rowHeight(List<String> cells, long[] cols, int size) {
    int most = 1;
    for (int i = 0; i < cells.size(); i++) {
      most = Math.max(most, lines(cells.get(i), cols[i] / (double) PT - INSETS, size));
    }
    return most * size * LINE + 7.2;
  }
}
