package se.socialorg.advisor.store.report;

import se.socialorg.advisor.store.AtomicFiles;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Calendar;
import java.util.HashMap;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Writes a {@link ReportDocument} as an A4 PDF with PDFBox: embedded DejaVu Sans, with Droid Sans
 * Fallback and Nanum Square for Chinese, Japanese and Korean ({@link FontFace}), so å ä ö, other
 * scripts and the text stay selectable and searchable in any viewer), wrapped text, tables,
 * charts as images, a bookmark per section and "page x of y" on every page.
 *
 * <p>The PDF is written to a temporary file in the target's folder and then moved over the
 * target, so a failure (folder missing, no permission, disk full, file locked by a viewer)
 * leaves no half-written file; it is reported as a {@link ReportException} with a message key.
 * No JavaFX here: the pictures arrive as PNG bytes.
 */
public final class ReportWriter {

  /**
   * The extensions (lower case, without the dot) a report can be written as. One table, so that
   * another format is one more entry here and a writer for it.
   */
  public static final Set<String> EXTENSIONS = Set.of("pdf", "pptx");

  /** True when {@code file} names a board deck (.pptx, {@link DeckWriter}) rather than a PDF. */
  public static boolean isDeck(Path file) {
    return "pptx".equals(extension(file));
  }

  private static String extension(Path file) {
    String name = file.getFileName() == null ? "" : file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }


  private static final Logger LOG = Logger.getLogger(ReportWriter.class.getName());
  private static final String FONTS = "/se/socialorg/advisor/store/report/fonts/";

  /** Held while a report is laid out and saved; never by the constructor (the FX thread's). */
  private static final Object WRITING = new Object();

  /** Saves a finished document to a stream; tests swap in one that fails half-way. */
  @FunctionalInterface
  interface Saver {
    void save(PDDocument doc, OutputStream out) throws IOException;
  }

  private final Saver saver;

  /**
   * A writer; the first one made in a run of the program starts reading the fonts on a background
   * thread, so that they are ready when the report's text is (decision 0019).
   */
  public ReportWriter() {
    this(PDDocument::save);
  }

  ReportWriter(Saver saver) {
    this.saver = Objects.requireNonNull(saver);
    SharedFonts.prepare();
  }

  /**
   * Writes {@code report} to {@code file}, replacing it whole or leaving it untouched.
   *
   * @throws ReportException when the file cannot be written; nothing is left behind
   */
  public void write(ReportDocument report, Path file) throws ReportException {
    Path target = file.toAbsolutePath();
    Path dir = target.getParent();
    if (dir == null || !Files.isDirectory(dir)) {
      throw new ReportException(ReportException.FOLDER_MISSING, target, null);
    }
    if (Files.exists(target) && !Files.isRegularFile(target)) {
      throw new ReportException(ReportException.NOT_REGULAR, target, null);
    }
    // One report at a time: the parsed fonts are shared and PDFBox reads them while saving.
    synchronized (WRITING) {
      writeLocked(report, target);
    }
  }

  private void writeLocked(ReportDocument report, Path target) throws ReportException {
    try (PDDocument doc = new PDDocument()) {
      new Layout(doc, fonts(doc), report).run();
      AtomicFiles.write(target, out -> saver.save(doc, out));
    } catch (AtomicFiles.ReplaceFailedException e) {
      throw failure(e, target, true);
    } catch (IOException e) {
      throw failure(e, target, false);
    } catch (UncheckedIOException e) {
      throw failure(e.getCause(), target, false);
    }
  }

  /**
   * Checks a target given on the command line before any work: it must end in an extension of
   * {@link #EXTENSIONS}, be a regular file or a new one (not a folder, a device or a FIFO), and be
   * none of the {@code inputs} (the scenario the report is made from).
   *
   * @throws ReportException naming what is wrong with the target
   */
  public static void checkTarget(Path file, Collection<Path> inputs) throws ReportException {
    Path target = file.toAbsolutePath();
    if (Files.exists(target) && !Files.isRegularFile(target)) {
      throw new ReportException(ReportException.NOT_REGULAR, target, null);
    }
    for (Path input : inputs) {
      if (sameFile(target, input)) {
        throw new ReportException(ReportException.SAME_AS_INPUT, target, null);
      }
    }
    if (!EXTENSIONS.contains(extension(target))) {
      throw new ReportException(ReportException.UNKNOWN_EXTENSION, target, null);
    }
  }

  private static boolean sameFile(Path a, Path b) {
    try {
      return Files.exists(a) && Files.exists(b) ? Files.isSameFile(a, b)
          : a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    } catch (IOException e) {
      return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }
  }

  static ReportException failure(IOException e, Path target, boolean replacing) {
    LOG.log(Level.WARNING, "Could not write report " + target, e);
    if (e instanceof AtomicFiles.NotRegularFileException) {
      return new ReportException(ReportException.NOT_REGULAR, target, e);
    }
    String msg = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
    String key;
    if (msg.contains("no space") || msg.contains("disk full") || msg.contains("quota")
        || msg.contains("not enough space")) {
      key = ReportException.DISK_FULL;
    } else if (replacing && Files.exists(target)
        && (e instanceof FileSystemException || msg.contains("used by another process"))) {
      key = ReportException.IN_USE;
    } else if (e instanceof AccessDeniedException || msg.contains("permission denied")) {
      key = ReportException.NO_PERMISSION;
    } else if (msg.contains("not a directory") || msg.contains("no such file")) {
      key = ReportException.FOLDER_MISSING;
    } else {
      key = ReportException.IO;
    }
    return new ReportException(key, target, e);
  }

  private static Fonts fonts(PDDocument doc) throws IOException {
    TrueTypeFont[] parsed = SharedFonts.get();
    // Subsets: only the glyphs the report uses are embedded. A fallback (Chinese and Japanese,
    // Korean) is read and embedded only when a text of this report needs it.
    List<FontFace.Fallback> fallbacks = FALLBACKS.stream()
        .<FontFace.Fallback>map(f -> new FontFace.Fallback() {
          private PDType0Font loaded;

          @Override
          public boolean has(int cp) {
            return f.has(cp);
          }

          @Override
          public PDType0Font font() throws IOException {
            if (loaded == null) {
              loaded = PDType0Font.load(doc, f.get(), true);
            }
            return loaded;
          }
        })
        .toList();
    return new Fonts(new FontFace(PDType0Font.load(doc, parsed[0], true), fallbacks),
        new FontFace(PDType0Font.load(doc, parsed[1], true), fallbacks, true));
  }

  /**
   * The fonts for what DejaVu Sans lacks, in the order they are asked: Droid Sans Fallback
   * (Apache 2.0) for Chinese and Japanese, Nanum Square (SIL Open Font Licence) for Korean.
   */
  private static final List<FallbackFont> FALLBACKS = List.of(
      new FallbackFont("DroidSansFallbackFull.ttf"), new FallbackFont("NanumSquareR.ttf"));

  /** The end of Latin Extended-B: every character below it is in DejaVu Sans. */
  private static final int LATIN_END = 0x0250;

  /**
   * The characters of {@code text} that no font of the report can draw (most emoji): the report
   * shows each as the replacement character U+FFFD. In the order they first appear, each once.
   */
  public static String undrawable(String text) {
    StringBuilder out = new StringBuilder();
    if (text == null) {
      return "";
    }
    if (text.codePoints().allMatch(cp -> cp < LATIN_END)) {
      return ""; // Latin, with every accent: DejaVu Sans has it all, no font need be read
    }
    java.util.Set<Integer> seen = new java.util.HashSet<>();
    text.codePoints().forEach(cp -> {
      if (!Character.isISOControl(cp) && !Character.isWhitespace(cp) && seen.add(cp)
          && !DejaVuCoverage.has(cp) && FALLBACKS.stream().noneMatch(f -> f.has(cp))) {
        out.appendCodePoint(cp);
      }
    });
    return out.toString();
  }

  /** Which characters DejaVu Sans regular has, read once from its character map. */
  private static final class DejaVuCoverage {
    private static volatile org.apache.fontbox.ttf.CmapLookup cmap;

    private DejaVuCoverage() {}

    static boolean has(int cp) {
      try {
        org.apache.fontbox.ttf.CmapLookup c = cmap;
        if (c == null) {
          c = SharedFonts.get()[0].getUnicodeCmapLookup();
          cmap = c;
        }
        return c.getGlyphId(cp) != 0;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /**
   * A fallback font, read and parsed once per run of the program, the first time a text needs a
   * character DejaVu Sans lacks (Droid Sans Fallback is 4 MB: reports without such text never
   * read it).
   */
  private static final class FallbackFont {
    private final String file;
    private TrueTypeFont font;
    private org.apache.fontbox.ttf.CmapLookup cmap;
    private boolean failed;

    FallbackFont(String file) {
      this.file = file;
    }

    synchronized TrueTypeFont get() throws IOException {
      if (font == null) {
        TrueTypeFont parsed = SharedFonts.parse(file);
        cmap = parsed.getUnicodeCmapLookup();
        font = parsed;
      }
      return font;
    }

    synchronized boolean has(int cp) {
      if (failed) {
        return false;
      }
      try {
        get();
      } catch (IOException e) {
        failed = true; // logged once; its characters are then shown as U+FFFD
        LOG.log(Level.WARNING, "Could not read the report's fallback font " + file, e);
        return false;
      }
      return cmap.getGlyphId(cp) != 0;
    }
  }

  /**
   * DejaVu Sans regular and bold, read and parsed once per run of the program, on a background
   * thread started by the first writer. Their glyph substitutions (GSUB: ligatures) are off: PDFBox
   * applies them to every line it draws at a high cost (a regular expression per line, a third of
   * a report's time), the widths the layout measures never include them, and text without
   * ligatures is found by search and copied as it was written. Used only while {@code WRITING}
   * is held.
   */
  private static final class SharedFonts {
    private static final AtomicReference<FutureTask<TrueTypeFont[]>> PARSING =
        new AtomicReference<>();

    private SharedFonts() {}

    /** Starts reading the fonts unless that has begun; never waits. */
    static FutureTask<TrueTypeFont[]> prepare() {
      FutureTask<TrueTypeFont[]> current = PARSING.get();
      if (current != null) {
        return current;
      }
      FutureTask<TrueTypeFont[]> task = new FutureTask<>(() -> {
        TrueTypeFont regular = parse("DejaVuSans.ttf");
        // Its character map is read here, so that asking what it can draw reads no file later.
        regular.getUnicodeCmapLookup();
        return new TrueTypeFont[] {regular, parse("DejaVuSans-Bold.ttf")};
      });
      if (!PARSING.compareAndSet(null, task)) {
        return PARSING.get();
      }
      Thread t = new Thread(task, "report-fonts");
      t.setDaemon(true);
      t.start();
      return task;
    }

    static TrueTypeFont[] get() throws IOException {
      FutureTask<TrueTypeFont[]> task = prepare();
      try {
        return task.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("Interrupted while reading the report's fonts", e);
      } catch (ExecutionException e) {
        PARSING.compareAndSet(task, null); // the next report tries again
        throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
      }
    }

    private static TrueTypeFont parse(String name) throws IOException {
      byte[] bytes;
      try (InputStream in = ReportWriter.class.getResourceAsStream(FONTS + name)) {
        if (in == null) {
          throw new IOException("Font missing from the application: " + name);
        }
        bytes = in.readAllBytes();
      }
      TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(bytes));
      font.setEnableGsub(false);
      return font;
    }
  }

  /** Regular and bold, each with the fallback for what it lacks. */
  record Fonts(FontFace regular, FontFace bold) {}

  /** Sets the document properties other programs show (title, author, language). */
  static void describe(PDDocument doc, ReportDocument report) {
    PDDocumentInformation info = doc.getDocumentInformation();
    info.setTitle(report.title());
    if (!report.titleLines().isEmpty()) {
      info.setSubject(report.titleLines().get(0));
    }
    info.setCreator("Social Org Advisor");
    info.setProducer("Social Org Advisor (Apache PDFBox)");
    info.setCreationDate(Calendar.getInstance());
    doc.getDocumentCatalog().setLanguage("sv".equals(report.language()) ? "sv-SE" : "en-GB");
  }

  /** A4 in points and the margins every page uses. */
  static final PDRectangle PAGE = PDRectangle.A4;

  static final float MARGIN = 56;

  static final float FOOTER = 30;

  /** Opens a content stream that draws over what a page already has. */
  static PDPageContentStream append(PDDocument doc, PDPage page) throws IOException {
    return new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND, true, true);
  }
}
