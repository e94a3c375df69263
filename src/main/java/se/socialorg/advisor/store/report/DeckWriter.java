package se.socialorg.advisor.store.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.xml.stream.XMLStreamException;
import se.socialorg.advisor.store.AtomicFiles;

/**
 * Writes a {@link Deck} as a PowerPoint file (.pptx, Office Open XML PresentationML, ECMA-376)
 * with the JDK alone: a zip of XML parts written with {@code XMLStreamWriter} (decision 0022).
 * Slides are 16:9; titles are the slides' title placeholders, text sits in text boxes and tables
 * in real tables, so all of it stays editable; charts are PNG pictures.
 *
 * <p>Like the PDF, the deck is written to a temporary file in the target's folder and then moved
 * over the target: a failure leaves no half-written file and is reported as a {@link
 * ReportException} with a message key.
 */
public final class DeckWriter {

  private static final String RESOURCES = "/se/socialorg/advisor/store/report/deck/";
  private static final String CT_PRESENTATION =
      "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml";
  private static final String CT_SLIDE =
      "application/vnd.openxmlformats-officedocument.presentationml.slide+xml";
  private static final String REL_OFFICE =
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

  /** Stored parts copied as they are: the master, its one layout, the theme, properties. */
  private static final List<String[]> FIXED = List.of(
      new String[] {"ppt/slideMasters/slideMaster1.xml", "slideMaster1.xml"},
      new String[] {"ppt/slideLayouts/slideLayout1.xml", "slideLayout1.xml"},
      new String[] {"ppt/theme/theme1.xml", "theme1.xml"},
      new String[] {"ppt/presProps.xml", "presProps.xml"},
      new String[] {"ppt/viewProps.xml", "viewProps.xml"},
      new String[] {"ppt/tableStyles.xml", "tableStyles.xml"});

  /** Saves a finished package to a stream; tests swap in one that fails half-way. */
  @FunctionalInterface
  interface Saver {
    void save(Deck deck, OutputStream out) throws IOException;
  }

  private final Saver saver;

  public DeckWriter() {
    this(DeckWriter::writePackage);
  }

  DeckWriter(Saver saver) {
    this.saver = saver;
  }

  /**
   * Writes {@code deck} to {@code file}, replacing it whole or leaving it untouched.
   *
   * @throws ReportException when the file cannot be written; nothing is left behind
   */
  public void write(Deck deck, Path file) throws ReportException {
    Path target = file.toAbsolutePath();
    Path dir = target.getParent();
    if (dir == null || !Files.isDirectory(dir)) {
      throw new ReportException(ReportException.FOLDER_MISSING, target, null);
    }
    if (Files.exists(target) && !Files.isRegularFile(target)) {
      throw new ReportException(ReportException.NOT_REGULAR, target, null);
    }
    try {
      AtomicFiles.write(target, out -> saver.save(deck, out));
    } catch (AtomicFiles.ReplaceFailedException e) {
      throw ReportWriter.failure(e, target, true);
    } catch (IOException e) {
      throw ReportWriter.failure(e, target, false);
    } catch (UncheckedIOException e) {
      throw ReportWriter.failure(e.getCause(), target, false);
    }
  }

  /** The whole package, part by part. */
  static void writePackage(Deck deck, OutputStream out) throws IOException {
    ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
    // Not closed: AtomicFiles owns the stream; finish() writes the zip's directory.
    List<byte[]> slides = new ArrayList<>();
    List<List<byte[]>> pictures = new ArrayList<>();
    try {
      DeckLayout layout = new DeckLayout(deck);
      slides.add(layout.titleSlide());
      pictures.add(List.of());
      for (Deck.Slide s : deck.slides()) {
        DeckLayout.Drawn drawn = layout.contentSlide(s, slides.size() + 1, deck.slides().size() + 1);
        slides.add(drawn.xml());
        pictures.add(drawn.pictures());
      }
      int n = slides.size();
      put(zip, "[Content_Types].xml", DeckParts.contentTypes(n, CT_PRESENTATION, CT_SLIDE));
      put(zip, "_rels/.rels", DeckParts.rootRels());
      put(zip, "docProps/core.xml",
          DeckParts.core(deck, Instant.now().truncatedTo(ChronoUnit.SECONDS)));
      put(zip, "docProps/app.xml", DeckParts.app(n));
      put(zip, "ppt/presentation.xml", DeckParts.presentation(n));
      put(zip, "ppt/_rels/presentation.xml.rels", DeckParts.presentationRels(n));
      for (String[] fixed : FIXED) {
        put(zip, fixed[0], resource(fixed[1]));
      }
      put(zip, "ppt/slideMasters/_rels/slideMaster1.xml.rels", DeckParts.rels(List.of(
          new String[] {REL_OFFICE + "slideLayout", "../slideLayouts/slideLayout1.xml"},
          new String[] {REL_OFFICE + "theme", "../theme/theme1.xml"})));
      put(zip, "ppt/slideLayouts/_rels/slideLayout1.xml.rels", DeckParts.rels(List.<String[]>of(
          new String[] {REL_OFFICE + "slideMaster", "../slideMasters/slideMaster1.xml"})));
      int image = 0;
      for (int i = 0; i < n; i++) {
        List<String[]> rels = new ArrayList<>();
        rels.add(new String[] {REL_OFFICE + "slideLayout", "../slideLayouts/slideLayout1.xml"});
        for (byte[] png : pictures.get(i)) {
          image++;
          String name = "image" + image + ".png";
          rels.add(new String[] {REL_OFFICE + "image", "../media/" + name});
          put(zip, "ppt/media/" + name, png);
        }
        put(zip, "ppt/slides/slide" + (i + 1) + ".xml", slides.get(i));
        put(zip, "ppt/slides/_rels/slide" + (i + 1) + ".xml.rels", DeckParts.rels(rels));
      }
      zip.finish();
    } catch (XMLStreamException e) {
      throw new IOException("Could not write the deck's XML", e);
    }
  }

  private static void put(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
    ZipEntry entry = new ZipEntry(name);
    zip.putNextEntry(entry);
    zip.write(bytes);
    zip.closeEntry();
  }

  private static byte[] resource(String name) throws IOException {
    try (InputStream in = DeckWriter.class.getResourceAsStream(RESOURCES + name)) {
      if (in == null) {
        throw new IOException("Deck part missing from the application: " + name);
      }
      return in.readAllBytes();
    }
  }
}
