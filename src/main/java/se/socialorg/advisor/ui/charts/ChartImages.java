package se.socialorg.advisor.ui.charts;

import se.socialorg.advisor.store.AtomicFiles;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.Image;
import javax.imageio.ImageIO;

/**
 * JavaFX images to PNG: the one place that uses AWT ({@code ImageIO}). Safe to call off the FX
 * thread once the image has been taken.
 */
final class ChartImages {

  private ChartImages() {}

  /** The image as an AWT image with alpha. */
  static BufferedImage toBufferedImage(Image image) {
    return SwingFXUtils.fromFXImage(image, null);
  }

  /** The image encoded as PNG. */
  static byte[] pngBytes(Image image) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    write(image, out);
    return out.toByteArray();
  }

  /**
   * Writes the image as a PNG file: first to a temporary file in the same folder, then moved over
   * {@code file}, so a reader never sees half a file and a failure leaves nothing behind.
   */
  static void writePngAtomically(Image image, Path file) throws IOException {
    AtomicFiles.write(file, out -> write(image, out));
  }

  private static void write(Image image, OutputStream out) throws IOException {
    if (!ImageIO.write(toBufferedImage(image), "png", out)) {
      throw new IOException("No PNG writer available");
    }
  }
}
