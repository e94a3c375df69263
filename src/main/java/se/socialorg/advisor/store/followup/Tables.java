package se.socialorg.advisor.store.followup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import se.socialorg.advisor.store.sheet.SheetException;
import se.socialorg.advisor.store.sheet.SheetReader;
import se.socialorg.advisor.store.sheet.SheetRow;
import se.socialorg.advisor.store.survey.ImportError;

/**
 * Reads the rows of an actuals file through the shared sheet reader: .xlsx or .xls (the sheet
 * named "metrics" when there is one; an .xls that is really an HTML table or an Excel 2003 XML
 * file is read as such) or CSV (ADR 0026).
 */
final class Tables {

  /** Larger files are refused before reading: a year of daily rows is a few hundred KiB. */
  static final long MAX_BYTES = 50L * 1024 * 1024;

  /** At most this many rows. */
  static final int MAX_ROWS = 1_000_000;

  /** The sheet of a LinkedIn Company Page content export that holds the daily figures. */
  static final String METRICS_SHEET = "metrics";

  private Tables() {}

  static List<Row> read(Path file) throws ActualsFileException, IOException {
    String name = file.getFileName().toString();
    if (!Files.isRegularFile(file)) {
      throw new ActualsFileException(new ImportError(name, 0, 0, "followup.import.missing", List.of()));
    }
    if (Files.size(file) > MAX_BYTES) {
      throw new ActualsFileException(
          new ImportError(name, 0, 0, "followup.import.tooLarge", List.of(MAX_BYTES / (1024 * 1024))));
    }
    List<Row> rows = new ArrayList<>();
    try (SheetReader reader = SheetReader.open(file, METRICS_SHEET)) {
      for (SheetRow r = reader.next(); r != null; r = reader.next()) {
        if (rows.size() >= MAX_ROWS) {
          throw new ActualsFileException(
              new ImportError(name, r.number(), 0, "followup.import.tooManyRows", List.of(MAX_ROWS)));
        }
        rows.add(new Row(r.number(), r.cells()));
      }
    } catch (SheetException e) {
      throw new ActualsFileException(new ImportError(name, e.row(), 0, e.messageKey(), e.args()));
    }
    return rows;
  }
}
