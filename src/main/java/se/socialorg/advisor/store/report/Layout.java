package se.socialorg.advisor.store.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitWidthDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import se.socialorg.advisor.store.report.ReportDocument.Block;
import se.socialorg.advisor.store.report.ReportDocument.Bullets;
import se.socialorg.advisor.store.report.ReportDocument.Chart;
import se.socialorg.advisor.store.report.ReportDocument.Image;
import se.socialorg.advisor.store.report.ReportDocument.Paragraph;
import se.socialorg.advisor.store.report.ReportDocument.Section;
import se.socialorg.advisor.store.report.ReportDocument.Subheading;
import se.socialorg.advisor.store.report.ReportDocument.Table;

/** Lays a report out on pages: a cursor moving down, a new page when the next thing won't fit. */
final class Layout {

  private static final float BODY = 10.5f;
  private static final float SMALL = 8.5f;
  /** Body text of the executive summary on the title page, a little smaller to keep one page. */
  private static final float SUMMARY_BODY = 9.5f;
  private static final float TABLE = 9f;
  private static final float H1 = 16f;
  private static final float H2 = 12f;
  private static final float LEADING = 1.35f;
  private static final float CELL_PAD = 3.5f;
  private static final float MAX_IMAGE_HEIGHT = 330f;

  /** Space above a section heading that does not open a page. */
  private static final float SECTION_GAP = 14f;
  private static final float[] INK = {0.13f, 0.15f, 0.18f};
  private static final float[] GREY = {0.40f, 0.43f, 0.47f};
  private static final float[] ACCENT = {0.05f, 0.35f, 0.60f};
  private static final float[] TINT = {0.92f, 0.95f, 0.98f};
  private static final float[] RULE = {0.80f, 0.82f, 0.85f};

  private final PDDocument doc;
  private final FontFace regular;
  private final FontFace bold;
  private final FontFace cleanRegular;
  private final FontFace cleanBold;
  private final ReportDocument report;
  private final float left = ReportWriter.MARGIN;
  private final float width = ReportWriter.PAGE.getWidth() - 2 * ReportWriter.MARGIN;
  private final float top = ReportWriter.PAGE.getHeight() - ReportWriter.MARGIN;
  private final float bottom = ReportWriter.MARGIN + ReportWriter.FOOTER;
  /** Body text size of the blocks being laid out. */
  private float body = BODY;
  private final PDDocumentOutline outline = new PDDocumentOutline();
  private PDPage page;
  private PDPageContentStream cs;
  private float y;
  private int imageCount;

  Layout(PDDocument doc, ReportWriter.Fonts fonts, ReportDocument report) {
    this.doc = doc;
    this.regular = fonts.regular();
    this.bold = fonts.bold();
    this.cleanRegular = regular;
    this.cleanBold = bold;
    this.report = report;
  }

  void run() throws IOException {
    ReportWriter.describe(doc, report);
    try {
      titlePage();
      for (Section s : report.sections()) {
        section(s);
      }
    } finally {
      closeStream();
    }
    doc.getDocumentCatalog().setDocumentOutline(outline);
    pageNumbers();
  }

  // ---- pages ----------------------------------------------------------------------------------

  private void newPage() throws IOException {
    closeStream();
    page = new PDPage(ReportWriter.PAGE);
    doc.addPage(page);
    cs = new PDPageContentStream(doc, page);
    y = top;
  }

  private void closeStream() throws IOException {
    if (cs != null) {
      cs.close();
      cs = null;
    }
  }

  /** Starts a new page unless {@code height} points still fit on this one. */
  private void ensure(float height) throws IOException {
    if (cs == null || y - height < bottom) {
      newPage();
    }
  }

  private void pageNumbers() throws IOException {
    int pages = doc.getNumberOfPages();
    for (int i = 0; i < pages; i++) {
      PDPage p = doc.getPage(i);
      try (PDPageContentStream out = ReportWriter.append(doc, p)) {
        float baseline = ReportWriter.MARGIN - 6;
        out.setStrokingColor(RULE[0], RULE[1], RULE[2]);
        out.setLineWidth(0.5f);
        out.moveTo(left, baseline + SMALL + 4);
        out.lineTo(left + width, baseline + SMALL + 4);
        out.stroke();
        String label = cleanRegular.clean(report.pageLabel().text(i + 1, pages));
        String title = cleanRegular.clean(report.title());
        text(out, regular, SMALL, GREY, left, baseline, fit(title, regular, SMALL, width * 0.7f));
        text(out, regular, SMALL, GREY, left + width - textWidth(label, regular, SMALL), baseline,
            label);
      }
    }
  }

  // ---- title page -----------------------------------------------------------------------------

  private void titlePage() throws IOException {
    newPage();
    // With an executive summary under it, the title block is tighter so the summary fits.
    boolean summary = !report.summary().isEmpty();
    float titleSize = summary ? 20 : 24;
    float lineSize = summary ? 11 : 13;
    cs.setNonStrokingColor(ACCENT[0], ACCENT[1], ACCENT[2]);
    cs.addRect(left, top - 6, 80, 6);
    cs.fill();
    y = top - (summary ? 40 : 60);
    for (String line : wrap(cleanBold.clean(report.title()), bold, titleSize, width)) {
      text(cs, bold, titleSize, INK, left, y, line);
      y -= titleSize * 1.25f;
    }
    y -= summary ? 6 : 14;
    for (String l : report.titleLines()) {
      for (String line : wrap(cleanRegular.clean(l), regular, lineSize, width)) {
        text(cs, regular, lineSize, INK, left, y, line);
        y -= lineSize * LEADING;
      }
    }
    if (!report.highlight().isBlank()) {
      y -= summary ? 14 : 24;
      List<String> lines = wrap(cleanBold.clean(report.highlight()), bold, 13, width - 28);
      float h = lines.size() * 13 * LEADING + 22;
      cs.setNonStrokingColor(TINT[0], TINT[1], TINT[2]);
      cs.addRect(left, y - h + 13, width, h);
      cs.fill();
      cs.setNonStrokingColor(ACCENT[0], ACCENT[1], ACCENT[2]);
      cs.addRect(left, y - h + 13, 4, h);
      cs.fill();
      y -= 8;
      for (String line : lines) {
        text(cs, bold, 13, INK, left + 16, y, line);
        y -= 13 * LEADING;
      }
    }
    PDPage titlePage = page;
    if (summary) {
      y -= 6;
      body = SUMMARY_BODY;
      blocks(report.summary(), null);
      body = BODY;
    }
    if (!report.titleNote().isBlank()) {
      List<String> lines = wrap(cleanRegular.clean(report.titleNote()), regular, SMALL, width);
      float ny = bottom + lines.size() * SMALL * LEADING;
      if (page != titlePage || y - 10 < ny) {
        closeStream();
        return; // the summary took the room: the note is left to the report's own appendix
      }
      for (String line : lines) {
        text(cs, regular, SMALL, GREY, left, ny, line);
        ny -= SMALL * LEADING;
      }
    }
    closeStream();
  }

  // ---- sections -------------------------------------------------------------------------------

  private void section(Section s) throws IOException {
    List<String> lines = wrap(cleanBold.clean(s.heading()), bold, H1, width);
    // The heading, the gap above it (unless it opens a page) and the space below it.
    float h = lines.size() * H1 * 1.25f + SECTION_GAP + 8;
    // A heading never ends a page: it keeps its first picture (with caption) or a few lines.
    Block first = s.blocks().isEmpty() ? null : s.blocks().get(0);
    Placed firstPicture = first instanceof Image im ? place(im)
        : first instanceof Chart ch ? place(ch) : null;
    ensure(h + (firstPicture != null ? firstPicture.height() : 70));
    if (y < top) {
      y -= SECTION_GAP;
    }
    bookmark(s.heading());
    for (String line : lines) {
      y -= H1;
      text(cs, bold, H1, ACCENT, left, y, line);
      y -= H1 * 0.25f;
    }
    y -= 8;
    blocks(s.blocks(), firstPicture);
  }

  private void blocks(List<Block> list, Placed firstPicture) throws IOException {
    for (Block b : list) {
      if (b instanceof Subheading sh) {
        subheading(sh.text());
      } else if (b instanceof Paragraph p) {
        paragraph(p.text(), p.small() ? SMALL : body, p.small() ? GREY : INK, 0, null);
        y -= p.small() ? 4 : 6;
      } else if (b instanceof Bullets bl) {
        for (String item : bl.items()) {
          paragraph(item, body, INK, 14, "\u2022");
          y -= 2;
        }
        y -= 4;
      } else if (b instanceof Table t) {
        table(t);
        y -= 10;
      } else if (b instanceof Image im) {
        image(b == list.get(0) && firstPicture != null ? firstPicture : place(im));
        y -= 10;
      } else if (b instanceof Chart ch) {
        image(b == list.get(0) && firstPicture != null ? firstPicture : place(ch));
        y -= 10;
      }
    }
  }

  private void bookmark(String heading) {
    PDPageFitWidthDestination dest = new PDPageFitWidthDestination();
    dest.setPage(page);
    dest.setTop((int) y);
    PDOutlineItem item = new PDOutlineItem();
    item.setTitle(heading);
    item.setDestination(dest);
    outline.addLast(item);
  }

  private void subheading(String s) throws IOException {
    List<String> lines = wrap(cleanBold.clean(s), bold, H2, width);
    ensure(lines.size() * H2 * LEADING + 40);
    y -= 4;
    for (String line : lines) {
      y -= H2;
      text(cs, bold, H2, INK, left, y, line);
      y -= H2 * (LEADING - 1);
    }
    y -= 4;
  }

  /** Wrapped text; with a marker, a hanging indent of {@code indent} points. */
  private void paragraph(String s, float size, float[] colour, float indent, String marker)
      throws IOException {
    float lineHeight = size * LEADING;
    boolean first = true;
    for (String raw : s.split("\n", -1)) {
      for (String line : wrap(cleanRegular.clean(raw), regular, size, width - indent)) {
        ensure(lineHeight);
        y -= size;
        if (first && marker != null) {
          text(cs, regular, size, colour, left + 3, y, marker);
        }
        first = false;
        text(cs, regular, size, colour, left + indent, y, line);
        y -= lineHeight - size;
      }
    }
  }

  private void table(Table t) throws IOException {
    double total = t.widths().stream().mapToDouble(Double::doubleValue).sum();
    float[] cols = new float[t.headers().size()];
    for (int i = 0; i < cols.length; i++) {
      cols[i] = (float) (width * t.widths().get(i) / total);
    }
    List<List<String>> header = cells(t.headers(), cols, bold, cleanBold);
    float headerHeight = rowHeight(header);
    ensure(headerHeight + TABLE * 3);
    drawRow(header, cols, bold, true);
    for (List<String> row : t.rows()) {
      List<List<String>> cells = cells(row, cols, regular, cleanRegular);
      float h = rowHeight(cells);
      if (y - h < bottom) {
        newPage();
        drawRow(header, cols, bold, true);
      }
      drawRow(cells, cols, regular, false);
    }
  }

  private List<List<String>> cells(List<String> row, float[] cols, FontFace font,
      FontFace clean) throws IOException {
    List<List<String>> out = new ArrayList<>();
    for (int i = 0; i < row.size(); i++) {
      List<String> lines = new ArrayList<>();
      for (String raw : String.valueOf(row.get(i)).split("\n", -1)) {
        lines.addAll(wrap(clean.clean(raw), font, TABLE, cols[i] - 2 * CELL_PAD));
      }
      out.add(lines);
    }
    return out;
  }

  private static float rowHeight(List<List<String>> cells) {
    int lines = cells.stream().mapToInt(List::size).max().orElse(1);
    return Math.max(1, lines) * TABLE * LEADING + 2 * CELL_PAD;
  }

  private void drawRow(List<List<String>> cells, float[] cols, FontFace font, boolean header)
      throws IOException {
    float h = rowHeight(cells);
    if (header) {
      cs.setNonStrokingColor(TINT[0], TINT[1], TINT[2]);
      cs.addRect(left, y - h, width, h);
      cs.fill();
    }
    float x = left;
    for (int i = 0; i < cells.size(); i++) {
      float ty = y - CELL_PAD - TABLE;
      for (String line : cells.get(i)) {
        text(cs, font, TABLE, INK, x + CELL_PAD, ty, line);
        ty -= TABLE * LEADING;
      }
      x += cols[i];
    }
    y -= h;
    cs.setStrokingColor(RULE[0], RULE[1], RULE[2]);
    cs.setLineWidth(0.5f);
    cs.moveTo(left, y);
    cs.lineTo(left + width, y);
    cs.stroke();
  }

  /**
   * A picture or a chart (then {@code img} is null) scaled to the text width (at most {@link
   * #MAX_IMAGE_HEIGHT}), and its caption.
   */
  private record Placed(PDImageXObject img, PDFormXObject form, float w, float h,
      List<String> caption) {
    /** The height the picture and its caption take on the page. */
    float height() {
      return h + caption.size() * SMALL * LEADING + 6;
    }
  }

  private Placed place(Image im) throws IOException {
    PDImageXObject img = PDImageXObject.createFromByteArray(doc, im.png(), "chart" + ++imageCount);
    float w = width;
    float h = w * img.getHeight() / img.getWidth();
    if (h > MAX_IMAGE_HEIGHT) {
      h = MAX_IMAGE_HEIGHT;
      w = h * img.getWidth() / img.getHeight();
    }
    return new Placed(img, null, w, h, caption(im.caption()));
  }

  private List<String> caption(String caption) throws IOException {
    return caption.isBlank() ? List.of()
        : wrap(cleanRegular.clean(caption), regular, SMALL, width);
  }

  /** A chart as a form XObject: drawn once in its own coordinates, placed like a picture. */
  private Placed place(Chart ch) throws IOException {
    Figure f = ch.figure();
    // A form XObject; as an "appearance stream" PDFBox draws it with the document at hand, so
    // the fonts used in it are subset like those of the pages.
    PDAppearanceStream form = new PDAppearanceStream(doc);
    form.setBBox(new PDRectangle(0, 0, f.width(), f.height()));
    form.setResources(new org.apache.pdfbox.pdmodel.PDResources());
    try (PDPageContentStream out = new PDPageContentStream(doc, form)) {
      new FigureDrawing(out, f, regular, bold).draw();
    }
    float w = width;
    float h = w * f.height() / f.width();
    if (h > MAX_IMAGE_HEIGHT) {
      h = MAX_IMAGE_HEIGHT;
      w = h * f.width() / f.height();
    }
    return new Placed(null, form, w, h, caption(ch.caption()));
  }

  private void image(Placed p) throws IOException {
    ensure(p.height());
    y -= p.h();
    float x = left + (width - p.w()) / 2;
    if (p.img() != null) {
      cs.drawImage(p.img(), x, y, p.w(), p.h());
    } else {
      PDRectangle box = p.form().getBBox();
      cs.saveGraphicsState();
      cs.transform(new Matrix(p.w() / box.getWidth(), 0, 0, p.h() / box.getHeight(), x, y));
      cs.drawForm(p.form());
      cs.restoreGraphicsState();
    }
    y -= 4;
    for (String line : p.caption()) {
      y -= SMALL;
      text(cs, regular, SMALL, GREY, left, y, line);
      y -= SMALL * (LEADING - 1);
    }
  }

  // ---- text -----------------------------------------------------------------------------------

  private static void text(PDPageContentStream out, FontFace font, float size, float[] colour,
      float x, float baseline, String s) throws IOException {
    if (s.isEmpty()) {
      return;
    }
    out.saveGraphicsState();
    out.beginText();
    out.setNonStrokingColor(colour[0], colour[1], colour[2]);
    out.newLineAtOffset(x, baseline);
    font.show(out, size, visualOrder(s), colour);
    out.endText();
    out.restoreGraphicsState();
  }

  /**
   * A line in the order it is drawn, left to right: right-to-left words (Hebrew, Arabic) are
   * turned round by the Unicode bidirectional algorithm (java.text.Bidi), so they read in their
   * own order, not letter by letter backwards. Brackets inside them are mirrored.
   */
  static String visualOrder(String s) {
    char[] chars = s.toCharArray();
    if (!java.text.Bidi.requiresBidi(chars, 0, chars.length)) {
      return s;
    }
    java.text.Bidi bidi = new java.text.Bidi(s, java.text.Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT);
    int runs = bidi.getRunCount();
    byte[] levels = new byte[runs];
    Integer[] order = new Integer[runs];
    for (int i = 0; i < runs; i++) {
      levels[i] = (byte) bidi.getRunLevel(i);
      order[i] = i;
    }
    java.text.Bidi.reorderVisually(levels, 0, order, 0, runs);
    StringBuilder out = new StringBuilder(s.length());
    for (Integer run : order) {
      String text = s.substring(bidi.getRunStart(run), bidi.getRunLimit(run));
      if ((bidi.getRunLevel(run) & 1) == 0) {
        out.append(text);
        continue;
      }
      int[] cps = text.codePoints().toArray();
      for (int i = cps.length - 1; i >= 0; i--) {
        out.appendCodePoint(mirrored(cps[i]));
      }
    }
    return out.toString();
  }

  private static int mirrored(int cp) {
    return switch (cp) {
      case '(' -> ')';
      case ')' -> '(';
      case '[' -> ']';
      case ']' -> '[';
      case '{' -> '}';
      case '}' -> '{';
      case '<' -> '>';
      case '>' -> '<';
      default -> cp;
    };
  }

  /** {@link #fit(String, FontFace, float, float)} for the figures. */
  static String fitted(String s, FontFace font, float size, float max) throws IOException {
    return fit(s, font, size, max);
  }

  static float textWidth(String s, PDType0Font font, float size) throws IOException {
    return font.getStringWidth(s) / 1000f * size;
  }

  /** The width of a cleaned text in a face, each character in the font that draws it. */
  static float textWidth(String s, FontFace font, float size) throws IOException {
    return new Widths(font, size).of(s);
  }

  /** Cuts a single line to {@code max} points with an ellipsis; linear in the length. */
  private static String fit(String s, FontFace font, float size, float max) throws IOException {
    Widths w = new Widths(font, size);
    if (w.of(s) <= max) {
      return s;
    }
    float room = max - w.of("\u2026");
    float used = 0;
    int end = 0;
    while (end < s.length()) {
      int cp = s.codePointAt(end);
      float cw = w.of(cp);
      if (used + cw > room) {
        break;
      }
      used += cw;
      end += Character.charCount(cp);
    }
    return s.substring(0, end) + "\u2026";
  }

  /**
   * Greedy word wrap; a word longer than the line is broken between characters. Linear in the
   * length of the text: each character is measured once (from a per-call table), where cutting
   * a long word one character at a time and measuring again took 254 s for 10,000 characters.
   */
  static List<String> wrap(String s, PDType0Font font, float size, float max) throws IOException {
    return wrap(s, FontFace.of(font), size, max);
  }

  /** {@link #wrap(String, PDType0Font, float, float)} in a face with its fallback. */
  static List<String> wrap(String s, FontFace font, float size, float max) throws IOException {
    Widths w = new Widths(font, size);
    float space = w.of(' ');
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    float lineWidth = 0;
    for (String word : s.trim().split(" +")) {
      if (word.isEmpty()) {
        continue;
      }
      float wordWidth = w.of(word);
      float candidate = line.length() == 0 ? wordWidth : lineWidth + space + wordWidth;
      if (candidate <= max) {
        if (line.length() > 0) {
          line.append(' ');
        }
        line.append(word);
        lineWidth = candidate;
        continue;
      }
      if (line.length() > 0) {
        lines.add(line.toString());
        line.setLength(0);
      }
      // The longest head of the rest that fits (at least one character), until the rest fits.
      int start = 0;
      float used = 0;
      int end = 0;
      while (end < word.length()) {
        int cp = word.codePointAt(end);
        float cw = w.of(cp);
        if (used + cw > max && end > start) {
          lines.add(word.substring(start, end));
          start = end;
          used = 0;
        }
        used += cw;
        end += Character.charCount(cp);
      }
      line.append(word, start, word.length());
      lineWidth = used;
    }
    if (line.length() > 0 || lines.isEmpty()) {
      lines.add(line.toString());
    }
    return lines;
  }

  /** Widths of characters in one font and size, each measured once. */
  private static final class Widths {
    private final FontFace font;
    private final float size;
    private final java.util.Map<Integer, Float> byCodePoint = new java.util.HashMap<>();

    Widths(FontFace font, float size) {
      this.font = font;
      this.size = size;
    }

    float of(int cp) throws IOException {
      Float known = byCodePoint.get(cp);
      if (known == null) {
        known = font.width(cp, size);
        byCodePoint.put(cp, known);
      }
      return known;
    }

    float of(String s) throws IOException {
      float sum = 0;
      for (int i = 0; i < s.length(); ) {
        int cp = s.codePointAt(i);
        sum += of(cp);
        i += Character.charCount(cp);
      }
      return sum;
    }
  }
}
