package se.socialorg.advisor.store.sheet;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;

/**
 * Detects how a CSV file is written (encoding, byte-order mark, delimiter) and opens a Commons
 * CSV parser on it. The file is never parsed by hand: detection only looks at raw bytes and at
 * the first line.
 */
public final class CsvSource {

  public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  public static final Charset MAC_ROMAN = Charset.forName("x-MacRoman");
  private static final int SNIFF_BYTES = 64 * 1024;

  /** The detected format, or the 1-based line of the first NUL byte for binary files. */
  public record Sniff(CsvFormat format, long binaryLine) {
    public boolean binary() {
      return binaryLine > 0;
    }
  }

  private CsvSource() {}

  public static Sniff sniff(Path file) throws IOException {
    byte[] head;
    try (InputStream in = Files.newInputStream(file)) {
      head = in.readNBytes(SNIFF_BYTES);
    }
    Charset charset;
    int bom;
    Charset utf16 = utf16WithoutBom(head);
    if (startsWith(head, 0xEF, 0xBB, 0xBF)) {
      charset = StandardCharsets.UTF_8;
      bom = 3;
    } else if (startsWith(head, 0xFF, 0xFE)) {
      charset = StandardCharsets.UTF_16LE;
      bom = 2;
    } else if (startsWith(head, 0xFE, 0xFF)) {
      charset = StandardCharsets.UTF_16BE;
      bom = 2;
    } else if (utf16 != null) {
      // Saved as "Unicode" by a tool that writes no byte order mark: text, not a binary file.
      charset = utf16;
      bom = 0;
    } else {
      bom = 0;
      long nul = firstNulLine(head);
      if (nul > 0) {
        return new Sniff(new CsvFormat(StandardCharsets.UTF_8, false, ','), nul);
      }
      charset = validUtf8(file) ? StandardCharsets.UTF_8 : singleByte(head);
    }
    String text = new String(head, bom, head.length - bom, charset);
    return new Sniff(new CsvFormat(charset, bom > 0, delimiter(text)), 0);
  }

  /**
   * UTF-16 without a byte order mark, told by its zero bytes: in text of Latin letters, digits and
   * delimiters every other byte is zero, the second of each pair in little-endian, the first in
   * big-endian. Null when the head does not look like that (at least nine in ten pairs, and a
   * zero never on the other side more than one pair in ten), so binary files stay binary.
   */
  static Charset utf16WithoutBom(byte[] head) {
    int pairs = Math.min(head.length, 4096) / 2;
    if (pairs < 2) {
      return null;
    }
    int zeroSecond = 0;
    int zeroFirst = 0;
    for (int i = 0; i < pairs; i++) {
      boolean first = head[2 * i] == 0;
      boolean second = head[2 * i + 1] == 0;
      if (first && second) {
        return null;
      }
      zeroFirst += first ? 1 : 0;
      zeroSecond += second ? 1 : 0;
    }
    if (zeroSecond * 10 >= pairs * 9 && zeroFirst * 10 <= pairs) {
      return StandardCharsets.UTF_16LE;
    }
    if (zeroFirst * 10 >= pairs * 9 && zeroSecond * 10 <= pairs) {
      return StandardCharsets.UTF_16BE;
    }
    return null;
  }

  /**
   * Windows-1252 or Mac Roman (Excel's "CSV (Macintosh)"), whichever reads the bytes above 127 as
   * more of the letters of Swedish and other Western European text: a Mac Roman "ä" read as
   * Windows-1252 is "Š", a Windows-1252 "ä" read as Mac Roman is "‰". Ties go to Windows-1252.
   */
  static Charset singleByte(byte[] head) {
    String letters = "åäöÅÄÖéèêëÉÈáàâÁÀÂüúùûÜÚíìîïÍóòôõÓøØæÆçÇñÑ";
    String win = new String(head, WINDOWS_1252);
    String mac = new String(head, MAC_ROMAN);
    int winScore = 0;
    int macScore = 0;
    for (int i = 0; i < head.length; i++) {
      if ((head[i] & 0x80) != 0) {
        winScore += letters.indexOf(win.charAt(i)) >= 0 ? 1 : 0;
        macScore += letters.indexOf(mac.charAt(i)) >= 0 ? 1 : 0;
      }
    }
    return macScore > winScore ? MAC_ROMAN : WINDOWS_1252;
  }

  /** The delimiter occurring most often outside quotes in the first non-blank line. */
  public static char delimiter(String text) {
    String start = text.stripLeading();
    if (start.regionMatches(true, 0, "sep=", 0, 4) && start.length() > 4) {
      char c = start.charAt(4);
      if (c == ',' || c == ';' || c == '\t') {
        return c;
      }
    }
    int comma = 0;
    int semicolon = 0;
    int tab = 0;
    boolean quoted = false;
    boolean seen = false;
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (ch == '"') {
        quoted = !quoted;
      } else if (!quoted && (ch == '\n' || ch == '\r')) {
        if (seen) {
          break;
        }
      } else if (!quoted) {
        seen |= !Character.isWhitespace(ch);
        if (ch == ',') {
          comma++;
        } else if (ch == ';') {
          semicolon++;
        } else if (ch == '\t') {
          tab++;
        }
      }
    }
    if (tab > semicolon && tab > comma) {
      return '\t';
    }
    return semicolon > comma ? ';' : ',';
  }

  /** A parser over the file with the detected format; {@code counter} sees raw bytes read. */
  public static CSVParser open(Path file, CsvFormat format, CountingStream counter) throws IOException {
    InputStream in = counter;
    if (format.bom()) {
      in.skipNBytes(format.charset().equals(StandardCharsets.UTF_8) ? 3 : 2);
    }
    Reader reader = new RowLimitReader(new InputStreamReader(in, format.charset()), format.delimiter());
    CSVFormat csv =
        CSVFormat.DEFAULT.builder()
            .setDelimiter(format.delimiter())
            .setIgnoreEmptyLines(true)
            .setIgnoreSurroundingSpaces(true)
            .setTrim(true)
            .get();
    return CSVParser.parse(reader, csv);
  }

  /** Counts bytes read, for progress. */
  public static final class CountingStream extends FilterInputStream {
    private long count;

    public CountingStream(Path file) throws IOException {
      super(new BufferedInputStream(Files.newInputStream(file), 1 << 16));
    }

    public long count() {
      return count;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count++;
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        count += n;
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      long s = super.skip(n);
      count += s;
      return s;
    }
  }

  private static boolean startsWith(byte[] b, int... prefix) {
    if (b.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((b[i] & 0xff) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static long firstNulLine(byte[] b) {
    long line = 1;
    for (byte x : b) {
      if (x == 0) {
        return line;
      }
      if (x == '\n') {
        line++;
      }
    }
    return 0;
  }

  /** True when the whole file decodes as strict UTF-8. */
  private static boolean validUtf8(Path file) throws IOException {
    CharsetDecoder dec =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.allocate(1 << 16);
    CharBuffer out = CharBuffer.allocate(1 << 16);
    try (InputStream s = Files.newInputStream(file)) {
      boolean eof = false;
      while (!eof) {
        int n = s.read(in.array(), in.position(), in.remaining());
        if (n < 0) {
          eof = true;
        } else {
          in.position(in.position() + n);
        }
        in.flip();
        var result = dec.decode(in, out, eof);
        if (result.isError()) {
          return false;
        }
        out.clear();
        in.compact();
      }
      var result = dec.flush(out);
      return !result.isError();
    } catch (CharacterCodingException e) {
      return false;
    }
  }
}
