package se.socialorg.advisor.store.sheet;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.OldExcelFormatException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * Rows of an old binary Excel workbook (.xls, BIFF8, Excel 97-2003), read with Apache POI's HSSF:
 * the only class that touches POI, so the library loads only when such a file is opened (ADR 0026).
 * An OLE2 file is also what a password-protected .xlsx is; both that and a password-protected
 * .xls are refused with a message saying so.
 */
final class XlsRows {

  private XlsRows() {}

  static SheetReader openXls(Path file, String preferredSheet) throws SheetException {
    long size;
    try {
      size = Files.size(file);
    } catch (IOException e) {
      throw new SheetException("sheet.error.unreadable", 0, SheetReader.reason(e));
    }
    try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
      DirectoryNode root = fs.getRoot();
      if (root.hasEntry("EncryptedPackage") || root.hasEntry("EncryptionInfo")) {
        throw new SheetException("sheet.error.protected", 0);
      }
      try (HSSFWorkbook wb = new HSSFWorkbook(root, false)) {
        Sheet sheet = chooseSheet(wb, preferredSheet);
        if (sheet == null) {
          throw new SheetException("sheet.error.empty", 1);
        }
        return new ListRows(SheetKind.XLS, sheet.getSheetName(), rows(sheet), size);
      }
    } catch (EncryptedDocumentException e) {
      throw new SheetException("sheet.error.xlsProtected", 0);
    } catch (OldExcelFormatException e) {
      throw new SheetException("sheet.error.xlsTooOld", 0);
    } catch (IOException | RuntimeException e) {
      // POI reports a damaged file with IOException or a RuntimeException of its own
      throw new SheetException("sheet.error.corrupt", 0, SheetReader.reason(e));
    }
  }

  private static Sheet chooseSheet(HSSFWorkbook wb, String preferred) {
    Sheet first = null;
    for (int i = 0; i < wb.getNumberOfSheets(); i++) {
      if (wb.isSheetHidden(i) || wb.isSheetVeryHidden(i)) {
        continue;
      }
      Sheet s = wb.getSheetAt(i);
      if (preferred != null && s.getSheetName().strip().equalsIgnoreCase(preferred)) {
        return s;
      }
      if (first == null) {
        first = s;
      }
    }
    return first;
  }

  private static List<SheetRow> rows(Sheet sheet) {
    List<SheetRow> out = new ArrayList<>();
    for (Row row : sheet) {
      int last = row.getLastCellNum();
      List<String> cells = new ArrayList<>(Math.max(0, last));
      for (int c = 0; c < last; c++) {
        Cell cell = row.getCell(c);
        cells.add(cell == null ? "" : text(cell));
      }
      out.add(new SheetRow(row.getRowNum() + 1L, cells));
    }
    return out;
  }

  /** A cell as text: numbers plainly ("312.5"), date cells as ISO dates, formulas by their result. */
  private static String text(Cell cell) {
    CellType type = cell.getCellType();
    if (type == CellType.FORMULA) {
      type = cell.getCachedFormulaResultType();
    }
    return switch (type) {
      case STRING -> cell.getStringCellValue().strip();
      case NUMERIC -> DateUtil.isCellDateFormatted(cell)
          ? iso(cell.getLocalDateTimeCellValue())
          : plain(cell.getNumericCellValue());
      case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
      default -> "";
    };
  }

  private static String iso(LocalDateTime t) {
    if (t == null) {
      return "";
    }
    return t.toLocalTime().toSecondOfDay() == 0 ? t.toLocalDate().toString() : t.toString();
  }

  private static String plain(double v) {
    if (!Double.isFinite(v)) {
      return "";
    }
    return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
  }
}
