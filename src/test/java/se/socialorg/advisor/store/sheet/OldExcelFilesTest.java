package se.socialorg.advisor.store.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files called .xls: true binary workbooks (read with POI's HSSF), and the text files that carry
 * the name (HTML tables, Excel 2003 XML, tab-separated text), told apart by content.
 */
class OldExcelFilesTest {

  @TempDir Path dir;

  private static List<List<String>> rows(Path file, String sheet) throws Exception {
    List<List<String>> out = new ArrayList<>();
    try (SheetReader r = SheetReader.open(file, sheet)) {
      for (SheetRow row = r.next(); row != null; row = r.next()) {
        out.add(row.cells());
      }
    }
    return out;
  }

  private static SheetKind kind(Path file) throws Exception {
    try (SheetReader r = SheetReader.open(file)) {
      return r.kind();
    }
  }

  private static String refusal(Path file) {
    try (SheetReader r = SheetReader.open(file)) {
      r.firstRowHeader();
      return "accepted";
    } catch (SheetException e) {
      return e.messageKey();
    }
  }

  /** A workbook with a hidden first sheet, a "posts" sheet and a "metrics" sheet. */
  private Path binaryWorkbook(String name) throws Exception {
    Path file = dir.resolve(name);
    try (HSSFWorkbook wb = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
      wb.createSheet("hidden").createRow(0).createCell(0).setCellValue("secret");
      wb.setSheetHidden(0, true);
      wb.createSheet("All posts").createRow(0).createCell(0).setCellValue("Post title");
      Sheet s = wb.createSheet("metrics");
      s.createRow(0).createCell(0).setCellValue("Aggregated metrics for Company Page updates");
      Row h = s.createRow(1);
      h.createCell(0).setCellValue("Date");
      h.createCell(1).setCellValue("Impressions (organic)");
      h.createCell(2).setCellValue("Engagement rate (organic)");
      CellStyle date = wb.createCellStyle();
      date.setDataFormat(wb.createDataFormat().getFormat("mm/dd/yyyy"));
      Row r = s.createRow(3); // row 3 (index 2) left empty
      r.createCell(0).setCellValue(LocalDate.of(2027, 1, 30));
      r.getCell(0).setCellStyle(date);
      r.createCell(1).setCellValue(1200);
      r.createCell(2).setCellValue(0.0525);
      Row f = s.createRow(4);
      f.createCell(0).setCellValue("01/31/2027");
      f.createCell(1).setCellFormula("B4*2");
      f.createCell(2).setCellValue(true);
      wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
      wb.write(out);
    }
    return file;
  }

  @Test
  void aBinaryWorkbookIsReadFromTheChosenVisibleSheetWithDatesNumbersAndFormulaResults()
      throws Exception {
    Path file = binaryWorkbook("page.xls");
    assertThat(kind(file)).isEqualTo(SheetKind.XLS);
    assertThat(rows(file, "METRICS")).containsExactly(
        List.of("Aggregated metrics for Company Page updates"),
        List.of("Date", "Impressions (organic)", "Engagement rate (organic)"),
        List.of("2027-01-30", "1200", "0.0525"),
        List.of("01/31/2027", "2400", "TRUE"));
    assertThat(rows(file, null)).containsExactly(List.of("Post title"));
  }

  @Test
  void rowNumbersAreTheSpreadsheetsOwn() throws Exception {
    Path file = binaryWorkbook("page.xls");
    List<Long> numbers = new ArrayList<>();
    try (SheetReader r = SheetReader.open(file, "metrics")) {
      for (SheetRow row = r.next(); row != null; row = r.next()) {
        numbers.add(row.number());
      }
    }
    assertThat(numbers).containsExactly(1L, 2L, 4L, 5L);
  }

  @Test
  void aPasswordProtectedBinaryWorkbookIsRefusedAsSuch() throws Exception {
    Path file = dir.resolve("locked.xls");
    Biff8EncryptionKey.setCurrentUserPassword("hemligt");
    try (HSSFWorkbook wb = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
      wb.createSheet("metrics").createRow(0).createCell(0).setCellValue("Date");
      wb.write(out);
    } finally {
      Biff8EncryptionKey.setCurrentUserPassword(null);
    }
    assertThat(refusal(file)).isEqualTo("sheet.error.xlsProtected");
  }

  @Test
  void aPasswordProtectedXlsxUnderAnOldNameIsRefusedAsProtected() throws Exception {
    Path file = dir.resolve("export.xls");
    try (POIFSFileSystem fs = new POIFSFileSystem(); OutputStream out = Files.newOutputStream(file)) {
      fs.createDocument(new java.io.ByteArrayInputStream(new byte[64]), "EncryptionInfo");
      fs.createDocument(new java.io.ByteArrayInputStream(new byte[600]), "EncryptedPackage");
      fs.writeFilesystem(out);
    }
    assertThat(refusal(file)).isEqualTo("sheet.error.protected");
  }

  @Test
  void aDamagedBinaryWorkbookIsRefusedAsDamaged() throws Exception {
    byte[] whole = Files.readAllBytes(binaryWorkbook("page.xls"));
    Path cut = Files.write(dir.resolve("cut.xls"), Arrays.copyOf(whole, 1200));
    assertThat(refusal(cut)).isEqualTo("sheet.error.corrupt");
    byte[] garbage = new byte[4096];
    System.arraycopy(whole, 0, garbage, 0, 8);
    Arrays.fill(garbage, 8, garbage.length, (byte) 0x5A);
    assertThat(refusal(Files.write(dir.resolve("garbage.xls"), garbage)))
        .isEqualTo("sheet.error.corrupt");
  }

  @Test
  void anOleFileThatIsNoWorkbookIsRefusedAsDamaged() throws Exception {
    Path file = dir.resolve("letter.xls");
    try (POIFSFileSystem fs = new POIFSFileSystem(); OutputStream out = Files.newOutputStream(file)) {
      fs.createDocument(new java.io.ByteArrayInputStream(new byte[600]), "WordDocument");
      fs.writeFilesystem(out);
    }
    assertThat(refusal(file)).isEqualTo("sheet.error.corrupt");
  }

  @Test
  void anHtmlTableSavedAsXlsIsReadAsATable() throws Exception {
    Path file = Files.writeString(dir.resolve("export.xls"), """
        \uFEFF<html xmlns:x="urn:schemas-microsoft-com:office:excel"><head>
        <meta http-equiv="Content-Type" content="text/html; charset=utf-8">
        <style>td { mso-number-format:"\\@"; }</style></head><body>
        <table><tr><td colspan="3">Aggregated metrics &amp; more</td></tr>
        <tr><th>Date</th><th>Impressions (organic)</th><th>Kommentar</th></tr>
        <!-- <tr><td>hidden</td></tr> -->
        <tr><td>2027-01-30</td><td>1&#160;200</td><td>Bra <b>vecka</b><br>för oss</td></tr>
        </table></body></html>
        """, StandardCharsets.UTF_8);
    assertThat(kind(file)).isEqualTo(SheetKind.HTML);
    assertThat(rows(file, null)).containsExactly(
        List.of("Aggregated metrics & more", "", ""),
        List.of("Date", "Impressions (organic)", "Kommentar"),
        List.of("2027-01-30", "1\u00A0200", "Bra vecka för oss"));
  }

  @Test
  void anExcel2003XmlSpreadsheetSavedAsXlsIsReadWithItsSkippedCells() throws Exception {
    Path file = Files.writeString(dir.resolve("export.xls"), """
        <?xml version="1.0"?>
        <?mso-application progid="Excel.Sheet"?>
        <Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"
          xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">
         <Worksheet ss:Name="All posts"><Table><Row><Cell><Data ss:Type="String">Post</Data></Cell></Row></Table></Worksheet>
         <Worksheet ss:Name="metrics"><Table>
          <Row><Cell ss:MergeAcross="1"><Data ss:Type="String">Aggregated metrics</Data></Cell></Row>
          <Row><Cell><Data ss:Type="String">Date</Data></Cell><Cell><Data ss:Type="String">Impressions (organic)</Data></Cell><Cell><Data ss:Type="String">Clicks (organic)</Data></Cell></Row>
          <Row ss:Index="4"><Cell><Data ss:Type="String">01/30/2027</Data></Cell><Cell ss:Index="3"><Data ss:Type="Number">7</Data></Cell></Row>
         </Table></Worksheet>
        </Workbook>
        """, StandardCharsets.UTF_8);
    assertThat(kind(file)).isEqualTo(SheetKind.SPREADSHEET_XML);
    assertThat(rows(file, "metrics")).containsExactly(
        List.of("Aggregated metrics", ""),
        List.of("Date", "Impressions (organic)", "Clicks (organic)"),
        List.of("01/30/2027", "", "7"));
    List<Long> numbers = new ArrayList<>();
    try (SheetReader r = SheetReader.open(file, "metrics")) {
      for (SheetRow row = r.next(); row != null; row = r.next()) {
        numbers.add(row.number());
      }
    }
    assertThat(numbers).containsExactly(1L, 2L, 4L);
  }

  @Test
  void anXmlFileWithAnExternalEntityIsRefusedNotFollowed() throws Exception {
    Path secret = Files.writeString(dir.resolve("secret.txt"), "password");
    Path file = Files.writeString(dir.resolve("evil.xls"), "<?xml version=\"1.0\"?>\n"
        + "<!DOCTYPE w [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>\n"
        + "<Workbook xmlns=\"urn:schemas-microsoft-com:office:spreadsheet\"><Worksheet><Table>"
        + "<Row><Cell><Data>&x;</Data></Cell></Row></Table></Worksheet></Workbook>",
        StandardCharsets.UTF_8);
    String outcome;
    try {
      outcome = String.join("|", rows(file, null).stream().flatMap(List::stream).toList());
    } catch (SheetException e) {
      outcome = e.messageKey();
    }
    assertThat(outcome).doesNotContain("password");
  }

  @Test
  void tabSeparatedTextSavedAsXlsIsReadAsText() throws Exception {
    Path file = Files.writeString(dir.resolve("export.xls"),
        "Date\tImpressions (organic)\n2027-01-30\t1200\n", StandardCharsets.UTF_8);
    assertThat(kind(file)).isEqualTo(SheetKind.CSV);
    assertThat(rows(file, null)).containsExactly(
        List.of("Date", "Impressions (organic)"), List.of("2027-01-30", "1200"));
  }

  @Test
  void onlyXlsRowsUsesPoi() {
    var classes = new com.tngtech.archunit.core.importer.ClassFileImporter()
        .withImportOption(com.tngtech.archunit.core.importer.ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("se.socialorg.advisor");
    com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses()
        .that().haveNameNotMatching(java.util.regex.Pattern.quote(XlsRows.class.getName()) + "(\\$.*)?")
        .should().dependOnClassesThat().resideInAPackage("org.apache.poi..")
        .because("POI is loaded only when an .xls workbook is opened (ADR 0026)")
        .check(classes);
  }

  @Test
  void aWebPageWithNoTableIsRefusedWithWhatToDo() throws Exception {
    Path file = Files.writeString(dir.resolve("login.xls"),
        "<!DOCTYPE html><html><body><p>Please sign in</p></body></html>", StandardCharsets.UTF_8);
    assertThat(refusal(file)).isEqualTo("sheet.error.noTable");
  }
}
