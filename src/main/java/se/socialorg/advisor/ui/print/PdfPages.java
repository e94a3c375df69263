package se.socialorg.advisor.ui.print;

import java.awt.image.BufferedImage;
import java.io.IOException;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * The pages of a written PDF as pictures for the printer: the same pages as the exported report
 * (docs/decisions/0023). Works on any thread.
 */
final class PdfPages {

  private final PDDocument doc;
  private final PDFRenderer renderer;

  PdfPages(PDDocument doc) {
    this.doc = doc;
    this.renderer = new PDFRenderer(doc);
  }

  int count() {
    return doc.getNumberOfPages();
  }

  /** Page {@code index} (from 0) drawn at {@code dpi}, on white. */
  WritableImage page(int index, float dpi) throws IOException {
    BufferedImage picture = renderer.renderImageWithDPI(index, dpi, ImageType.RGB);
    int w = picture.getWidth();
    int h = picture.getHeight();
    int[] argb = picture.getRGB(0, 0, w, h, null, 0, w);
    WritableImage image = new WritableImage(w, h);
    image.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
    return image;
  }
}
