package se.socialorg.advisor.ui.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.List;
import javafx.scene.text.Font;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import se.socialorg.advisor.store.report.Figure;
import se.socialorg.advisor.ui.FxThread;

/** The report's figures painted as the board deck's PNG pictures. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class FigurePainterTest {

  @Start
  void start(Stage primary) {
    // Pictures are painted off-screen; nothing to show.
  }

  private static BufferedImage paint(Figure f) throws Exception {
    byte[] png = new FigurePainter().png(f);
    return ImageIO.read(new ByteArrayInputStream(png));
  }

  @Test
  void aFigureIsPaintedAtThePicturesWidthKeepingItsProportions() throws Exception {
    BufferedImage image = paint(new Figure(200, 100, List.of()));

    assertThat(image.getWidth()).isEqualTo(FigurePainter.WIDTH);
    assertThat(image.getHeight()).isEqualTo(FigurePainter.WIDTH / 2);
  }

  @Test
  void boxesKeepTheirColourAndPlaceOnAWhiteBackground() throws Exception {
    BufferedImage image = paint(new Figure(200, 100,
        List.of(new Figure.Box(0, 0, 100, 100, 0x0D5999))));

    assertThat(image.getRGB(FigurePainter.WIDTH / 4, 300) & 0xffffff).isEqualTo(0x0D5999);
    assertThat(image.getRGB(FigurePainter.WIDTH * 3 / 4, 300) & 0xffffff).isEqualTo(0xFFFFFF);
  }

  @Test
  void aLabelIsPaintedWhereItStands() throws Exception {
    BufferedImage image = paint(new Figure(200, 100, List.of(new Figure.Label(10, 60, "Åäö WWW",
        20, 0x000000, Figure.Align.START, true, 0, 0))));

    int dark = 0;
    for (int x = 0; x < FigurePainter.WIDTH / 2; x++) {
      for (int y = 250; y < 420; y++) {
        if ((image.getRGB(x, y) & 0xff) < 128) {
          dark++;
        }
      }
    }
    assertThat(dark).isGreaterThan(500);
    assertThat(image.getRGB(FigurePainter.WIDTH - 5, 5) & 0xffffff).isEqualTo(0xFFFFFF);
  }

  @Test
  void aLabelTooWideIsCutWithAnEllipsisAsInThePdf() {
    String cut = FxThread.call(() -> FigurePainter.fitted(
        "Trust and brand credibility of the whole company", Font.font(10), 60));

    assertThat(cut).endsWith("\u2026").hasSizeLessThan(20);
    assertThat(FxThread.call(() -> FigurePainter.fitted("Short", Font.font(10), 60)))
        .isEqualTo("Short");
  }
}
