package se.socialorg.advisor.store.sheet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ExcelReaderException;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.dhatim.fastexcel.reader.SheetVisibility;

/**
 * Rows of the first visible sheet of an .xlsx workbook, streamed with fastexcel-reader (the only
 * class that touches it, so the library loads only when a workbook is opened).
 */
final class XlsxRows extends SheetReader {

  private final ReadableWorkbook workbook;
  private final String sheetName;
  private final Stream<Row> stream;
  private final Iterator<Row> rows;
  private final long size;
  private long lastRow;
  private boolean done;

  private XlsxRows(ReadableWorkbook workbook, Sheet sheet, long size) throws IOException {
    this.workbook = workbook;
    this.sheetName = sheet.getName();
    this.stream = sheet.openStream();
    this.rows = stream.iterator();
    this.size = size;
  }

  static XlsxRows openXlsx(Path file, String preferredSheet) throws SheetException {
    ReadableWorkbook wb = null;
    try {
      long size = Files.size(file);
      wb = new ReadableWorkbook(file.toFile());
      List<Sheet> visible =
          wb.getSheets().filter(s -> s.getVisibility() == SheetVisibility.VISIBLE).toList();
      Sheet sheet =
          visible.stream()
              .filter(s -> preferredSheet != null && s.getName().strip().equalsIgnoreCase(preferredSheet))
              .findFirst()
              .orElse(visible.isEmpty() ? null : visible.get(0));
      if (sheet == null) {
        throw new SheetException("sheet.error.empty", 1);
      }
      return new XlsxRows(wb, sheet, size);
    } catch (IOException | ExcelReaderException | UncheckedIOException | IllegalStateException e) {
      closeQuietly(wb);
      throw new SheetException("sheet.error.corrupt", 0, reason(e));
    } catch (SheetException e) {
      closeQuietly(wb);
      throw e;
    }
  }

  @Override
  public SheetKind kind() {
    return SheetKind.XLSX;
  }

  @Override
  public String sheetName() {
    return sheetName;
  }

  @Override
  public Optional<CsvFormat> csvFormat() {
    return Optional.empty();
  }

  @Override
  public long bytesRead() {
    return done ? size : 0;
  }

  @Override
  SheetRow read() throws SheetException {
    Row row;
    try {
      if (!rows.hasNext()) {
        done = true;
        return null;
      }
      row = rows.next();
    } catch (ExcelReaderException | UncheckedIOException | IllegalStateException e) {
      throw new SheetException("sheet.error.corrupt", lastRow + 1, reason(e));
    }
    lastRow = row.getRowNum();
    List<String> cells = new ArrayList<>(row.getCellCount());
    for (int i = 0; i < row.getCellCount(); i++) {
      Cell c = row.getCell(i);
      cells.add(c == null ? "" : text(c));
    }
    return new SheetRow(row.getRowNum(), cells);
  }

  private static String text(Cell c) {
    String t = c.getText();
    return t == null ? "" : t.strip();
  }

  @Override
  public void close() {
    stream.close();
    closeQuietly(workbook);
  }

  private static void closeQuietly(ReadableWorkbook wb) {
    if (wb == null) {
      return;
    }
    try {
      wb.close();
    } catch (IOException e) {
      // read only: nothing to lose
    }
  }
}
