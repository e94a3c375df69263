package se.socialorg.advisor.store.sheet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.Optional;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Rows of a CSV file; a row's number is the line its record starts on. */
final class CsvRows extends SheetReader {

  private final String name;
  private final CsvFormat format;
  private final CsvSource.CountingStream counter;
  private final CSVParser parser;
  private final Iterator<CSVRecord> records;
  private long lastLine;

  private CsvRows(Path file, CsvFormat format) throws IOException {
    this.name = file.getFileName().toString();
    this.format = format;
    this.counter = new CsvSource.CountingStream(file);
    this.parser = CsvSource.open(file, format, counter);
    this.records = parser.iterator();
  }

  static CsvRows openCsv(Path file) throws SheetException {
    CsvSource.Sniff sniff;
    try {
      sniff = CsvSource.sniff(file);
    } catch (IOException e) {
      throw new SheetException("sheet.error.unreadable", 0, reason(e));
    }
    if (sniff.binary()) {
      throw new SheetException("sheet.error.binary", sniff.binaryLine());
    }
    try {
      return new CsvRows(file, sniff.format());
    } catch (IOException | UncheckedIOException e) {
      throw new SheetException("sheet.error.unreadable", 0, reason(e));
    }
  }

  @Override
  public SheetKind kind() {
    return SheetKind.CSV;
  }

  @Override
  public String sheetName() {
    return name;
  }

  @Override
  public Optional<CsvFormat> csvFormat() {
    return Optional.of(format);
  }

  @Override
  public long bytesRead() {
    return counter.count();
  }

  @Override
  SheetRow read() throws SheetException {
    CSVRecord rec;
    try {
      if (!records.hasNext()) {
        return null;
      }
      rec = records.next();
    } catch (UncheckedIOException | IllegalStateException e) {
      throw readProblem(e, lastLine + 1);
    }
    List<String> values = rec.toList();
    long end = parser.getCurrentLineNumber();
    long start = end - newlines(values);
    lastLine = end;
    return new SheetRow(Math.max(start, 1), values);
  }

  /**
   * A file the CSV reader gave up on, in the manager's words with the row: a row over the memory
   * limits, a quote never closed, a stray quote. The reader's own text is only logged.
   */
  static SheetException readProblem(RuntimeException e, long line) {
    LOG.log(Level.INFO, "CSV reading stopped near line " + line, e);
    Throwable cause = e.getCause();
    if (cause instanceof RowLimitReader.RowTooLongException r) {
      return new SheetException(r.key, r.line, r.limit);
    }
    String m = String.valueOf(e.getMessage()) + " " + (cause == null ? "" : cause.getMessage());
    Matcher start = STARTLINE.matcher(m);
    long at = line;
    if (start.find()) {
      at = Long.parseLong(start.group(1) != null ? start.group(1) : start.group(2));
    }
    if (m.contains("EOF reached before encapsulated token finished")) {
      return new SheetException("survey.error.unclosedQuote", at);
    } else if (m.contains("invalid char between encapsulated token and delimiter")
        || m.toLowerCase(Locale.ROOT).contains("invalid character between encapsulated token")) {
      return new SheetException("survey.error.strayQuote", at);
    }
    return new SheetException("survey.error.notCsv", at);
  }

  private static final Pattern STARTLINE = Pattern.compile("\\(startline (\\d+)\\)|line:? (\\d+)");
  private static final Logger LOG = Logger.getLogger(CsvRows.class.getName());

  private static long newlines(List<String> values) {
    long n = 0;
    for (String v : values) {
      for (int i = v.indexOf('\n'); i >= 0; i = v.indexOf('\n', i + 1)) {
        n++;
      }
    }
    return n;
  }

  @Override
  public void close() {
    try {
      parser.close();
    } catch (IOException e) {
      // nothing was written; closing a reader cannot lose data
    }
  }
}
