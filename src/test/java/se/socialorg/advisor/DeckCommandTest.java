package se.socialorg.advisor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFPictureShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code Main report FILE --out OUT.pptx} as a user runs it, in a child JVM without a display:
 * the deck's charts are drawn headless like the PDF's, and a name of another kind is refused
 * before any work (issue 19, item 7).
 */
class DeckCommandTest {

  private static final Path SAMPLE = Path.of("assets/scenarios/multinational.soa.json");

  @TempDir Path temp;

  @Test
  void theDeckIsWrittenWithItsChartsDrawnWithoutADisplay() throws Exception {
    Path deck = temp.resolve("board.pptx");

    ChildMain run = ChildMain.run(temp, "report", SAMPLE.toString(), "--out", deck.toString(),
        "--lang", "sv");

    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.err()).isEmpty();
    try (InputStream in = Files.newInputStream(deck); XMLSlideShow show = new XMLSlideShow(in)) {
      assertThat(show.getSlides()).extracting(XSLFSlide::getTitle)
          .contains("Sammanfattning för ledningen", "Chans att hamna först");
      for (int i = 2; i <= 5; i++) {
        XSLFPictureShape chart = show.getSlides().get(i).getShapes().stream()
            .filter(XSLFPictureShape.class::isInstance).map(XSLFPictureShape.class::cast)
            .findFirst().orElseThrow();
        // A painted chart, not an empty picture: FigurePainter's width, many bytes.
        assertThat(chart.getPictureData().getImageDimensionInPixels().width).isEqualTo(1400);
        assertThat(chart.getPictureData().getData().length).isGreaterThan(10_000);
      }
    }
  }

  @Test
  void aNameOfAnotherKindIsRefusedWithExit2AndNothingWritten() throws Exception {
    Path target = temp.resolve("board.docx");

    ChildMain run = ChildMain.run(temp, "report", SAMPLE.toString(), "--out", target.toString());

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err().lines()).hasSize(1);
    assertThat(run.err()).contains(".pptx");
    assertThat(run.out()).isEmpty();
    assertThat(target).doesNotExist();
  }
}
