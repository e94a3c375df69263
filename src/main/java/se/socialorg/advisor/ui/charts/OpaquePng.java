package se.socialorg.advisor.ui.charts;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * A chart picture as a PNG without transparency: 8-bit RGB, one "Sub" filter per row, fast
 * deflate. A chart is drawn on an opaque background, so an alpha channel only costs time; and
 * PDFBox embeds an RGB PNG in a PDF as it is (its compressed rows become the image stream),
 * where a PNG with alpha is decoded and compressed again. No AWT, no {@code ImageIO}: the report
 * does not load them (decision 0019).
 */
final class OpaquePng {

  private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

  /** Filter type "Sub": each byte minus the same colour's byte of the pixel to its left. */
  private static final int SUB = 1;

  private OpaquePng() {}

  /**
   * Writes {@code argb} (row by row, {@code width * height} pixels, as JavaFX's
   * {@code PixelFormat.getIntArgbInstance()} gives them) as a PNG. A pixel that is not fully
   * opaque is blended onto white.
   */
  static void write(int[] argb, int width, int height, OutputStream out) throws IOException {
    if (width <= 0 || height <= 0 || argb.length < width * height) {
      throw new IllegalArgumentException("Bad image size " + width + "x" + height);
    }
    DataOutputStream data = new DataOutputStream(out);
    data.write(SIGNATURE);
    ByteArrayOutputStream header = new ByteArrayOutputStream(13);
    DataOutputStream h = new DataOutputStream(header);
    h.writeInt(width);
    h.writeInt(height);
    h.writeByte(8); // bits per sample
    h.writeByte(2); // colour type: RGB
    h.writeByte(0); // deflate
    h.writeByte(0); // adaptive filtering (one filter byte per row)
    h.writeByte(0); // not interlaced
    chunk(data, "IHDR", header.toByteArray());
    chunk(data, "IDAT", compressedRows(argb, width, height));
    chunk(data, "IEND", new byte[0]);
    data.flush();
  }

  /** The image as PNG bytes. */
  static byte[] bytes(int[] argb, int width, int height) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(width * height / 4);
    try {
      write(argb, width, height, out);
    } catch (IOException e) {
      throw new IllegalStateException("In-memory stream failed", e);
    }
    return out.toByteArray();
  }

  private static byte[] compressedRows(int[] argb, int width, int height) throws IOException {
    ByteArrayOutputStream compressed = new ByteArrayOutputStream(width * height / 8);
    Deflater deflater = new Deflater(Deflater.BEST_SPEED);
    try (DeflaterOutputStream z = new DeflaterOutputStream(compressed, deflater, 1 << 16)) {
      byte[] row = new byte[1 + 3 * width];
      row[0] = SUB;
      for (int y = 0; y < height; y++) {
        int left = 0; // Sub takes the bytes left of the first pixel as 0
        int i = 1;
        for (int x = 0, p = y * width; x < width; x++, p++) {
          int rgb = opaque(argb[p]);
          row[i++] = (byte) ((rgb >>> 16) - (left >>> 16));
          row[i++] = (byte) (((rgb >>> 8) & 0xff) - ((left >>> 8) & 0xff));
          row[i++] = (byte) ((rgb & 0xff) - (left & 0xff));
          left = rgb;
        }
        z.write(row);
      }
    } finally {
      deflater.end();
    }
    return compressed.toByteArray();
  }

  /** The pixel's colour as 0xRRGGBB, blended onto white when not fully opaque. */
  private static int opaque(int argb) {
    int a = argb >>> 24;
    if (a == 0xff) {
      return argb & 0xffffff;
    }
    int r = ((argb >>> 16) & 0xff) * a / 255 + 255 - a;
    int g = ((argb >>> 8) & 0xff) * a / 255 + 255 - a;
    int b = (argb & 0xff) * a / 255 + 255 - a;
    return (r << 16) | (g << 8) | b;
  }

  private static void chunk(DataOutputStream out, String type, byte[] body) throws IOException {
    byte[] name = type.getBytes(StandardCharsets.US_ASCII);
    CRC32 crc = new CRC32();
    crc.update(name);
    crc.update(body);
    out.writeInt(body.length);
    out.write(name);
    out.write(body);
    out.writeInt((int) crc.getValue());
  }
}
