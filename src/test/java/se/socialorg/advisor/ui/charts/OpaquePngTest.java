package se.socialorg.advisor.ui.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OpaquePngTest {

  private static BufferedImage decode(byte[] png) throws IOException {
    return ImageIO.read(new ByteArrayInputStream(png));
  }

  @Test
  void everyPixelReadsBackWithItsColour() throws IOException {
    int w = 37;
    int h = 11;
    int[] argb = new int[w * h];
    for (int i = 0; i < argb.length; i++) {
      argb[i] = 0xff000000 | ((i * 0x9E3779B1) & 0xffffff); // colours all over the cube
    }
    BufferedImage image = decode(OpaquePng.bytes(argb, w, h));
    assertThat(image.getWidth()).isEqualTo(w);
    assertThat(image.getHeight()).isEqualTo(h);
    assertThat(image.getColorModel().hasAlpha()).isFalse();
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        assertThat(image.getRGB(x, y)).as("pixel %d,%d", x, y).isEqualTo(argb[y * w + x]);
      }
    }
  }

  @ParameterizedTest(name = "{0} over white reads {1}")
  @CsvSource({
      "0x00000000, 0xffffffff", // fully transparent: white
      "0x80000000, 0xff7f7f7f", // half black: mid grey
      "0xff123456, 0xff123456", // opaque: unchanged
  })
  void aPixelNotFullyOpaqueIsBlendedOntoWhite(String pixel, String expected) throws IOException {
    int[] argb = {Integer.parseUnsignedInt(pixel.substring(2), 16)};
    BufferedImage image = decode(OpaquePng.bytes(argb, 1, 1));
    assertThat(image.getRGB(0, 0)).isEqualTo(Integer.parseUnsignedInt(expected.substring(2), 16));
  }

  @Test
  void anEmptyOrShortImageIsRefused() {
    assertThatThrownBy(() -> OpaquePng.bytes(new int[0], 0, 5))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> OpaquePng.bytes(new int[3], 2, 2))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
