package se.socialorg.advisor.store.followup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import se.socialorg.advisor.store.survey.CsvSource;
import se.socialorg.advisor.store.survey.ImportError;

/** Reads the rows of an actuals file: CSV now; the old binary .xls is refused (ADR 0018). */
final class Tables {

  /** Larger files are refused before reading: a year of daily rows is a few hundred KiB. */
  static final long MAX_BYTES = 50L * 1024 * 1024;

  /** At most this many rows. */
  static final int MAX_ROWS = 1_000_000;

  private Tables() {}

  static List<Row> read(Path file) throws ActualsFileException, IOException {
    String name = file.getFileName().toString();
    String lower = name.toLowerCase(Locale.ROOT);
    if (!Files.isRegularFile(file)) {
      throw new ActualsFileException(new ImportError(name, 0, 0, "followup.import.missing", List.of()));
    }
    if (lower.endsWith(".xls")) {
      throw new ActualsFileException(new ImportError(name, 0, 0, "followup.import.xls", List.of()));
    }
    if (lower.endsWith(".xlsx") || lower.endsWith(".xlsm")) {
      throw new ActualsFileException(new ImportError(name, 0, 0, "followup.import.xlsx", List.of()));
    }
    if (Files.size(file) > MAX_BYTES) {
      throw new ActualsFileException(
          new ImportError(name, 0, 0, "followup.import.tooLarge", List.of(MAX_BYTES / (1024 * 1024))));
    }
    CsvSource.Sniff sniff = CsvSource.sniff(file);
    if (sniff.binary()) {
      throw new ActualsFileException(
          new ImportError(name, sniff.binaryLine(), 0, "followup.import.binary", List.of()));
    }
    List<Row> rows = new ArrayList<>();
    try (CSVParser parser = CsvSource.open(file, sniff.format(), new CsvSource.CountingStream(file))) {
      for (CSVRecord r : parser) {
        if (rows.size() >= MAX_ROWS) {
          throw new ActualsFileException(
              new ImportError(name, r.getParser().getCurrentLineNumber(), 0, "followup.import.tooManyRows", List.of(MAX_ROWS)));
        }
        List<String> cells = new ArrayList<>(r.size());
        r.forEach(c -> cells.add(c.strip()));
        rows.add(new Row(r.getParser().getCurrentLineNumber(), cells));
      }
    } catch (java.io.UncheckedIOException | IllegalStateException e) {
      throw new ActualsFileException(
          new ImportError(name, 0, 0, "followup.import.unreadable", List.of(String.valueOf(e.getMessage()))));
    }
    return rows;
  }
}
