package se.socialorg.advisor.store.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Dimension;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFPictureShape;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTable;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The deck's file, opened again as PowerPoint readers do (Apache POI). */
class DeckWriterTest {

  @TempDir Path dir;

  /** A PNG of the given size, as the chart pictures are. */
  static byte[] png(int width, int height) throws IOException {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "png", out);
    return out.toByteArray();
  }

  private static Deck deck(byte[] picture) {
    ReportDocument.Table table = new ReportDocument.Table(List.of("Part", "What to do"),
        List.of(List.of("Roles", "Name the core team."), List.of("KPIs", "Reach, clicks.")),
        List.of(1.0, 3.0));
    return new Deck("sv", "Beslutsunderlag", List.of("Organisation: Kustbanken", "Datum: idag"),
        "Vi rekommenderar hub-and-spoke.", "Kustbanken",
        List.of(
            new Deck.Slide("Sammanfattning", List.of(
                new Deck.Text(Deck.Kind.HEADING, "Starkaste skälen"),
                new Deck.Text(Deck.Kind.BULLET, "Reglerna kräver granskning."),
                new Deck.Text(Deck.Kind.PARAGRAPH, "Två rader\nmed radbrytning"),
                new Deck.Text(Deck.Kind.SMALL, "Liten text")), null, null),
            new Deck.Slide("Känslighet", List.of(new Deck.Text(Deck.Kind.BULLET, "Brytpunkt")),
                null, new Deck.Picture(picture, "Tornadodiagram")),
            new Deck.Slide("Handlingsplan", List.of(), table, null)));
  }

  private static XMLSlideShow open(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return new XMLSlideShow(in);
    }
  }

  @Test
  void theDeckIsSixteenByNineWithTheTitleSlideFirst() throws Exception {
    Path out = dir.resolve("deck.pptx");
    new DeckWriter().write(deck(png(920, 540)), out);

    try (XMLSlideShow show = open(out)) {
      assertThat(show.getPageSize()).isEqualTo(new Dimension(960, 540));
      assertThat(show.getSlides()).extracting(XSLFSlide::getTitle)
          .containsExactly("Beslutsunderlag", "Sammanfattning", "Känslighet", "Handlingsplan");
    }
  }

  @Test
  void textIsInEditableTextShapesWithItsLineBreaks() throws Exception {
    Path out = dir.resolve("deck.pptx");
    new DeckWriter().write(deck(png(920, 540)), out);

    try (XMLSlideShow show = open(out)) {
      String text = show.getSlides().get(1).getShapes().stream()
          .filter(XSLFTextShape.class::isInstance).map(s -> ((XSLFTextShape) s).getText())
          .reduce("", (a, b) -> a + "|" + b);
      assertThat(text).contains("Starkaste skälen", "Reglerna kräver granskning.",
          "Två rader\nmed radbrytning", "Liten text", "Kustbanken");
      assertThat(show.getSlides().get(0).getShapes().stream()
          .filter(XSLFTextShape.class::isInstance).map(s -> ((XSLFTextShape) s).getText()))
          .contains("Organisation: Kustbanken\nDatum: idag", "Vi rekommenderar hub-and-spoke.");
    }
  }

  @Test
  void aPictureKeepsItsBytesItsProportionsAndItsDescription() throws Exception {
    byte[] picture = png(920, 620);
    Path out = dir.resolve("deck.pptx");
    new DeckWriter().write(deck(picture), out);

    try (XMLSlideShow show = open(out)) {
      List<XSLFPictureShape> pictures = show.getSlides().get(2).getShapes().stream()
          .filter(XSLFPictureShape.class::isInstance).map(XSLFPictureShape.class::cast).toList();
      assertThat(pictures).hasSize(1);
      assertThat(pictures.get(0).getPictureData().getData()).isEqualTo(picture);
      Rectangle2D box = pictures.get(0).getAnchor();
      assertThat(box.getWidth() / box.getHeight()).isCloseTo(920.0 / 620, within(0.01));
      assertThat(box.getMaxY()).isLessThanOrEqualTo(540);
      assertThat(((org.openxmlformats.schemas.presentationml.x2006.main.CTPicture)
          pictures.get(0).getXmlObject()).getNvPicPr().getCNvPr().getDescr())
          .isEqualTo("Tornadodiagram");
    }
  }

  private static org.assertj.core.data.Offset<Double> within(double d) {
    return org.assertj.core.data.Offset.offset(d);
  }

  @Test
  void aTableIsARealTableWithItsHeaderAndRows() throws Exception {
    Path out = dir.resolve("deck.pptx");
    new DeckWriter().write(deck(png(920, 540)), out);

    try (XMLSlideShow show = open(out)) {
      List<XSLFTable> tables = show.getSlides().get(3).getShapes().stream()
          .filter(XSLFTable.class::isInstance).map(XSLFTable.class::cast).toList();
      assertThat(tables).hasSize(1);
      XSLFTable t = tables.get(0);
      assertThat(t.getNumberOfRows()).isEqualTo(3);
      assertThat(t.getNumberOfColumns()).isEqualTo(2);
      assertThat(t.getCell(0, 1).getText()).isEqualTo("What to do");
      assertThat(t.getCell(2, 0).getText()).isEqualTo("KPIs");
    }
  }

  @Test
  void everyShapeStaysOnTheSlide() throws Exception {
    Path out = dir.resolve("deck.pptx");
    new DeckWriter().write(deck(png(920, 540)), out);

    try (XMLSlideShow show = open(out)) {
      for (XSLFSlide slide : show.getSlides()) {
        for (XSLFShape shape : slide.getShapes()) {
          Rectangle2D box = shape.getAnchor();
          assertThat(box.getMinX()).as(shape.getShapeName()).isGreaterThanOrEqualTo(0);
          assertThat(box.getMaxX()).as(shape.getShapeName()).isLessThanOrEqualTo(960.5);
          assertThat(box.getMaxY()).as(shape.getShapeName()).isLessThanOrEqualTo(540.5);
        }
      }
    }
  }

  @Test
  void charactersXmlCannotHoldAreLeftOutAndTheDeckStillOpens() throws Exception {
    Path out = dir.resolve("deck.pptx");
    Deck deck = new Deck("en", "Title \u0007 \uFFFF end \uD83D\uDE00", List.of("tab\there"),
        "", "", List.of(new Deck.Slide("S \uD800", List.of(
            new Deck.Text(Deck.Kind.PARAGRAPH, "ok \u0000 end")), null, null)));
    new DeckWriter().write(deck, out);

    try (XMLSlideShow show = open(out)) {
      assertThat(show.getSlides().get(0).getTitle()).isEqualTo("Title   end \uD83D\uDE00");
      assertThat(show.getSlides().get(1).getTitle()).isEqualTo("S ");
    }
  }

  @Test
  void aFailedWriteLeavesTheOldFileAsItWasAndNoTemporaryFile() throws Exception {
    Path out = Files.writeString(dir.resolve("deck.pptx"), "old deck");
    DeckWriter failing = new DeckWriter((deck, stream) -> {
      stream.write(new byte[100]);
      throw new IOException("No space left on device");
    });

    assertThatThrownBy(() -> failing.write(deck(png(10, 10)), out))
        .isInstanceOfSatisfying(ReportException.class,
            e -> assertThat(e.messageKey()).isEqualTo(ReportException.DISK_FULL));
    assertThat(Files.readString(out)).isEqualTo("old deck");
    try (var files = Files.list(dir)) {
      assertThat(files).containsExactly(out);
    }
  }

  @Test
  void aMissingFolderIsSaidAsSuch() {
    Path out = dir.resolve("nowhere").resolve("deck.pptx");

    assertThatThrownBy(() -> new DeckWriter().write(deck(png(10, 10)), out))
        .isInstanceOfSatisfying(ReportException.class,
            e -> assertThat(e.messageKey()).isEqualTo(ReportException.FOLDER_MISSING));
    assertThat(out).doesNotExist();
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {"deck.pptx", "DECK.PPTX"})
  void aNewPptxTargetIsAcceptedAndNamedADeck(String name) throws ReportException {
    ReportWriter.checkTarget(dir.resolve(name), List.of(dir.resolve("case.soa.json")));

    assertThat(ReportWriter.isDeck(dir.resolve(name))).isTrue();
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {"deck.ppt", "deck.docx", "deck.pptx.tmp"})
  void otherOfficeNamesAreRefused(String name) {
    assertThatThrownBy(() -> ReportWriter.checkTarget(dir.resolve(name), List.of()))
        .isInstanceOfSatisfying(ReportException.class,
            e -> assertThat(e.messageKey()).isEqualTo(ReportException.UNKNOWN_EXTENSION));
  }
}
