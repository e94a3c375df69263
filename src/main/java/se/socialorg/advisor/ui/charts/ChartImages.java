package se.socialorg.advisor.ui.charts;

import se.socialorg.advisor.store.AtomicFiles;

import java.io.IOException;
import java.nio.file.Path;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;

/**
 * JavaFX images to PNG ({@link OpaquePng}: RGB, no transparency, as a chart drawn on its
 * background is). Safe to call off the FX thread once the image has been taken.
 */
final class ChartImages {

  private ChartImages() {}

  /** The image encoded as PNG. */
  static byte[] pngBytes(Image image) {
    int w = (int) image.getWidth();
    int h = (int) image.getHeight();
    return OpaquePng.bytes(pixels(image, w, h), w, h);
  }

  /**
   * Writes the image as a PNG file: first to a temporary file in the same folder, then moved over
   * {@code file}, so a reader never sees half a file and a failure leaves nothing behind.
   */
  static void writePngAtomically(Image image, Path file) throws IOException {
    int w = (int) image.getWidth();
    int h = (int) image.getHeight();
    int[] argb = pixels(image, w, h);
    AtomicFiles.write(file, out -> OpaquePng.write(argb, w, h, out));
  }

  private static int[] pixels(Image image, int w, int h) {
    int[] argb = new int[w * h];
    image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
    return argb;
  }
}
