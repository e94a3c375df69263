package se.socialorg.advisor.store.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.socialorg.advisor.store.report.ReportDocument.Bullets;
import se.socialorg.advisor.store.report.ReportDocument.Paragraph;
import se.socialorg.advisor.store.report.ReportDocument.Section;
import se.socialorg.advisor.store.report.ReportDocument.Table;

class ReportWriterTest {

  @TempDir Path dir;

  static ReportDocument sample(int paragraphs) {
    List<ReportDocument.Block> blocks = new ArrayList<>();
    for (int i = 0; i < paragraphs; i++) {
      blocks.add(new Paragraph("Stycke " + i + ": räckvidd, förtroende och öppenhet i Göteborg. "
          .repeat(6)));
    }
    blocks.add(new Bullets(List.of("Första punkten", "Andra punkten med en mycket lång text "
        + "som måste brytas över flera rader för att få plats på sidan.".repeat(3))));
    blocks.add(new Table(List.of("Indata", "Värde"),
        List.of(List.of("Anställda", "800"), List.of("Förtroende för medier", "38 %")),
        List.of(2.0, 1.0)));
    return new ReportDocument("sv", "Beslutsunderlag: så organiserar vi sociala medier",
        List.of("Organisation: Nordvik Industrisystem AB"), "Vi rekommenderar nav och ekrar",
        "Liten text", List.of(new Section("Mål och vikter", blocks)),
        (p, n) -> "Sida " + p + " av " + n);
  }

  static String text(Path pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      return new PDFTextStripper().getText(doc);
    }
  }

  @Test
  void writesSearchableSwedishTextWithPageNumbersAndEmbeddedFonts() throws Exception {
    Path out = dir.resolve("rapport.pdf");
    new ReportWriter().write(sample(30), out);
    String text = text(out);
    assertThat(text).contains("Beslutsunderlag: så organiserar vi sociala medier",
        "Nordvik Industrisystem AB", "räckvidd, förtroende och öppenhet i Göteborg",
        "Förtroende för medier", "Sida 1 av ");
    try (PDDocument doc = Loader.loadPDF(out.toFile())) {
      int pages = doc.getNumberOfPages();
      assertThat(pages).isGreaterThan(2);
      assertThat(text).contains("Sida " + pages + " av " + pages);
      for (var name : doc.getPage(1).getResources().getFontNames()) {
        PDFont font = doc.getPage(1).getResources().getFont(name);
        assertThat(font.isEmbedded()).as(font.getName()).isTrue();
      }
      assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("sv-SE");
    }
    assertThat(leftovers()).isEmpty();
  }

  /** A blank PNG of the given size, like a rendered chart. */
  static byte[] png(int width, int height) throws IOException {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ImageIO.write(image, "png", bytes);
    return bytes.toByteArray();
  }

  @Test
  void aSectionHeadingStaysOnThePageOfItsFirstPictureAndCaption() throws Exception {
    byte[] chart = png(920, 620);
    List<Section> sections = new ArrayList<>();
    // Each section ends one line longer than the one before, so the next heading falls a line
    // lower each time: every position on a page is tried.
    int count = 48;
    for (int k = 0; k < count; k++) {
      sections.add(new Section("Heading " + k, List.of(
          new ReportDocument.Image(chart, "Caption " + k + ": how the lead over the runner-up "
              + "changes when one input moves over its plausible range, all else fixed. "
              + "Longest bars first."),
          new Paragraph(String.join("\n", Collections.nCopies(k + 1, "A line."))))));
    }
    Path out = dir.resolve("pictures.pdf");
    new ReportWriter().write(new ReportDocument("en", "Pictures", List.of(), "", "", sections,
        (p, n) -> "Page " + p + " of " + n), out);

    try (PDDocument doc = Loader.loadPDF(out.toFile())) {
      PDFTextStripper stripper = new PDFTextStripper();
      for (int page = 1; page <= doc.getNumberOfPages(); page++) {
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        String text = stripper.getText(doc);
        for (int k = 0; k < count; k++) {
          if (text.contains("Heading " + k + "\n") || text.endsWith("Heading " + k)) {
            assertThat(text).as("page %d has heading %d", page, k).contains("Caption " + k + ":");
          }
        }
      }
    }
  }

  @Test
  void replacesAnExistingFileWhole() throws Exception {
    Path out = dir.resolve("r.pdf");
    Files.writeString(out, "old");
    new ReportWriter().write(sample(1), out);
    assertThat(text(out)).contains("Mål och vikter");
  }

  @Test
  void missingFolderFailsAndLeavesNothing() {
    Path out = dir.resolve("no-such-folder").resolve("r.pdf");
    assertThatThrownBy(() -> new ReportWriter().write(sample(1), out))
        .isInstanceOfSatisfying(ReportException.class, e -> {
          assertThat(e.messageKey()).isEqualTo(ReportException.FOLDER_MISSING);
          assertThat(e.path()).isEqualTo(out.toAbsolutePath());
        });
    assertThat(out).doesNotExist();
  }

  @Test
  void folderThatIsAFileFails() throws IOException {
    Path file = Files.writeString(dir.resolve("plain.txt"), "x");
    Path out = file.resolve("r.pdf");
    assertThatThrownBy(() -> new ReportWriter().write(sample(1), out))
        .isInstanceOfSatisfying(ReportException.class,
            e -> assertThat(e.messageKey()).isEqualTo(ReportException.FOLDER_MISSING));
    assertThat(Files.readString(file)).isEqualTo("x");
  }

  @Test
  void fullDiskHalfWayLeavesNoHalfWrittenFile() throws IOException {
    Path out = dir.resolve("r.pdf");
    Files.writeString(out, "previous report");
    ReportWriter failing = new ReportWriter((doc, stream) -> {
      stream.write("%PDF-1.7 half".getBytes());
      throw new IOException("No space left on device");
    });
    assertThatThrownBy(() -> failing.write(sample(3), out))
        .isInstanceOfSatisfying(ReportException.class,
            e -> assertThat(e.messageKey()).isEqualTo(ReportException.DISK_FULL));
    assertThat(Files.readString(out)).isEqualTo("previous report");
    assertThat(leftovers()).isEmpty();
  }

  /** A folder was reported as "open in another program" (review D12); it is not a file at all. */
  @Test
  void aFolderAsTargetIsReportedAsNotAFile() throws IOException {
    Path out = dir.resolve("busy.pdf");
    Files.createDirectory(out);
    Files.writeString(out.resolve("inside"), "x");
    assertThatThrownBy(() -> new ReportWriter().write(sample(1), out))
        .isInstanceOfSatisfying(ReportException.class,
            e -> assertThat(e.messageKey()).isEqualTo(ReportException.NOT_REGULAR));
    assertThat(leftovers()).isEmpty();
  }

  @Test
  void theScenarioTheReportIsMadeFromIsRefusedAsTarget() throws IOException {
    Path scenario = Files.writeString(dir.resolve("case.soa.json"), "{}");

    assertThatThrownBy(() -> ReportWriter.checkTarget(dir.resolve("./case.soa.json"), List.of(scenario)))
        .isInstanceOfSatisfying(ReportException.class,
            e -> assertThat(e.messageKey()).isEqualTo(ReportException.SAME_AS_INPUT));
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {"report.txt", "report", "report.soa.json", "report.pdf.tmp"})
  void aTargetWithAnExtensionNoWriterHasIsRefused(String name) {
    assertThatThrownBy(() -> ReportWriter.checkTarget(dir.resolve(name), List.of()))
        .isInstanceOfSatisfying(ReportException.class,
            e -> assertThat(e.messageKey()).isEqualTo(ReportException.UNKNOWN_EXTENSION));
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {"report.pdf", "REPORT.PDF"})
  void aNewPdfTargetIsAccepted(String name) throws ReportException {
    ReportWriter.checkTarget(dir.resolve(name), List.of(dir.resolve("case.soa.json")));
  }

  @Test
  void aDeviceIsRefusedAsTarget() {
    assertThatThrownBy(() -> ReportWriter.checkTarget(Path.of("/dev/null"), List.of()))
        .isInstanceOfSatisfying(ReportException.class,
            e -> assertThat(e.messageKey()).isEqualTo(ReportException.NOT_REGULAR));
  }

  @Test
  void charactersTheFontLacksDoNotBreakTheReport() throws Exception {
    Path out = dir.resolve("r.pdf");
    ReportDocument doc = new ReportDocument("en", "Title \uD83D\uDE00 x", List.of("tab\there"),
        "", "", List.of(new Section("S", List.of(new Paragraph("ok \u0007 \uFFFF end")))),
        (p, n) -> "Page " + p + " of " + n);
    new ReportWriter().write(doc, out);
    assertThat(text(out)).contains("Page 1 of 2", "ok", "end");
  }

  @Test
  void aPictureWithoutTransparencyIsEmbeddedAsItsPngRowsWithNoMask() throws Exception {
    Path out = dir.resolve("picture.pdf");
    new ReportWriter().write(new ReportDocument("en", "Picture", List.of(), "", "",
        List.of(new Section("S", List.of(new ReportDocument.Image(png(300, 200), "Caption")))),
        (p, n) -> "Page " + p + " of " + n), out);
    try (PDDocument doc = Loader.loadPDF(out.toFile())) {
      var images = new ArrayList<COSDictionary>();
      for (var page : doc.getPages()) {
        for (var name : page.getResources().getXObjectNames()) {
          images.add(page.getResources().getXObject(name).getCOSObject());
        }
      }
      assertThat(images).singleElement().satisfies(image -> {
        assertThat(image.getItem(COSName.SMASK)).isNull();
        // PNG's row filters undone by the viewer: the rows were copied, not decoded and redone.
        assertThat(image.getCOSDictionary(COSName.DECODE_PARMS).getInt(COSName.PREDICTOR))
            .isEqualTo(15);
      });
    }
  }

  /** A chart is vector graphics in a form XObject of its own; its text is searchable. */
  @Test
  void aChartIsDrawnAsVectorsWithSearchableText() throws Exception {
    Path out = dir.resolve("chart.pdf");
    Figure figure = new Figure(480, 200, List.of(
        new Figure.Box(40, 40, 100, 120, 0xf3622d),
        new Figure.Line(List.of(40f, 160f, 460f, 160f), 0x999999, 0.6f),
        new Figure.Label(240, 14, "Kostnad per år 成本", 10, 0x333333, Figure.Align.CENTRE, true, 0, 0),
        new Figure.Label(12, 100, "Axel", 7, 0x333333, Figure.Align.CENTRE, false, 90, 0)));
    new ReportWriter().write(new ReportDocument("sv", "Diagram", List.of(), "", "",
        List.of(new Section("S", List.of(new ReportDocument.Chart(figure, "Bildtext")))),
        (p, n) -> "Sida " + p + " av " + n), out);
    try (PDDocument doc = Loader.loadPDF(out.toFile())) {
      var kinds = new ArrayList<Object>();
      for (var page : doc.getPages()) {
        for (var name : page.getResources().getXObjectNames()) {
          kinds.add(page.getResources().getXObject(name));
        }
      }
      assertThat(kinds).singleElement()
          .isInstanceOf(org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject.class);
    }
    // Chinese only in the chart: its fallback font is embedded (as a subset) for it alone.
    assertThat(text(out)).contains("Kostnad per år 成本", "Bildtext");
    // Text on its side is read back a few letters a line.
    assertThat(text(out).replaceAll("\\s+", "")).contains("Axel");
  }

  @Test
  void aSecondReportInTheSameRunEmbedsItsOwnFonts() throws Exception {
    Path first = dir.resolve("first.pdf");
    Path second = dir.resolve("second.pdf");
    new ReportWriter().write(sample(1), first);
    new ReportWriter().write(sample(30), second);
    assertThat(text(second)).contains("räckvidd, förtroende och öppenhet i Göteborg");
    try (PDDocument doc = Loader.loadPDF(second.toFile())) {
      for (var name : doc.getPage(1).getResources().getFontNames()) {
        PDFont font = doc.getPage(1).getResources().getFont(name);
        assertThat(font.isEmbedded()).as(font.getName()).isTrue();
      }
    }
  }

  private List<Path> leftovers() throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList();
    }
  }
}
