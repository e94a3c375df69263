package se.socialorg.advisor.store.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SheetReaderTest {

  @TempDir Path dir;

  /** Counts cells that start with "Q": a stand-in for recognising headers by meaning. */
  private static int questions(List<String> cells) {
    return (int) cells.stream().filter(c -> c.startsWith("Q")).count();
  }

  private Path workbook(String name, Object[][] rows) throws Exception {
    Path file = dir.resolve(name);
    try (OutputStream out = Files.newOutputStream(file)) {
      Workbook wb = new Workbook(out, "test", "1.0");
      Worksheet ws = wb.newWorksheet("Svar");
      for (int r = 0; r < rows.length; r++) {
        for (int c = 0; c < rows[r].length; c++) {
          Object v = rows[r][c];
          if (v instanceof Number n) {
            ws.value(r, c, n);
          } else if (v != null) {
            ws.value(r, c, v.toString());
          }
        }
      }
      wb.finish();
    }
    return file;
  }

  @Test
  void aWorkbookIsReadWithSheetNameRowNumbersAndNumbersAsText() throws Exception {
    Path file =
        workbook("forms.xlsx", new Object[][] {
          {"Q1", "Q2", "Q3"}, {"Ja", 4, 312.5}, {}, {"Nej", null, 7}});
    try (SheetReader r = SheetReader.open(file)) {
      Header h = r.findHeader(SheetReaderTest::questions, 2);
      assertThat(r.kind()).isEqualTo(SheetKind.XLSX);
      assertThat(r.sheetName()).isEqualTo("Svar");
      assertThat(h.names()).containsExactly("Q1", "Q2", "Q3");
      assertThat(h.row().number()).isEqualTo(1);
      SheetRow first = r.next();
      assertThat(first.number()).isEqualTo(2);
      assertThat(first.cells()).containsExactly("Ja", "4", "312.5");
      SheetRow second = r.next();
      assertThat(second.number()).as("the blank row 3 is skipped").isEqualTo(4);
      assertThat(second.cell(1)).isEmpty();
      assertThat(second.cell(2)).isEqualTo("7");
      assertThat(r.next()).isNull();
    }
  }

  @Test
  void aTitleRowAboveTheHeadersIsSkipped() throws Exception {
    Path file = workbook("t.xlsx", new Object[][] {{"Medarbetarenkät 2026"}, {"Q1", "Q2"}, {1, 2}});
    Table t = SheetReader.readTable(file, SheetReaderTest::questions, 2);
    assertThat(t.header().row().number()).isEqualTo(2);
    assertThat(t.rows()).singleElement().extracting(SheetRow::number).isEqualTo(3L);
  }

  @Test
  void twoCandidateHeaderRowsAreRefusedNamingBoth() throws Exception {
    Path file = workbook("two.xlsx", new Object[][] {{"Q1 en", "Q2 en"}, {"Q1 sv", "Q2 sv"}, {1, 2}});
    assertThatThrownBy(() -> SheetReader.readTable(file, SheetReaderTest::questions, 2))
        .isInstanceOfSatisfying(SheetException.class, e -> {
          assertThat(e.messageKey()).isEqualTo("sheet.error.twoHeaders");
          assertThat(e.args()).containsExactly(1L, 2L);
        });
  }

  @Test
  void aSheetOfNumbersHasNoHeaderRow() throws Exception {
    Path file = workbook("n.xlsx", new Object[][] {{1, 2}, {3, 4}});
    assertThatThrownBy(() -> SheetReader.readTable(file, SheetReaderTest::questions, 2))
        .isInstanceOfSatisfying(SheetException.class,
            e -> assertThat(e.messageKey()).isEqualTo("sheet.error.noHeader"));
  }

  @Test
  void aPasswordProtectedWorkbookIsNamedAsSuch() throws Exception {
    byte[] ole2 = new byte[512];
    byte[] magic = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
        (byte) 0xE1};
    System.arraycopy(magic, 0, ole2, 0, magic.length);
    Path file = Files.write(dir.resolve("locked.xlsx"), ole2);
    assertThatThrownBy(() -> SheetReader.open(file))
        .isInstanceOfSatisfying(SheetException.class,
            e -> assertThat(e.messageKey()).isEqualTo("sheet.error.protected"));
  }

  @ParameterizedTest
  @CsvSource({"broken.xlsx, 'PK\u0003\u0004 not really a zip'", "renamed.xlsx, 'a,b\n1,2'"})
  void aDamagedWorkbookIsNamedAsSuch(String name, String content) throws Exception {
    Path file = Files.writeString(dir.resolve(name), content, StandardCharsets.ISO_8859_1);
    assertThatThrownBy(
            () -> {
              try (SheetReader r = SheetReader.open(file)) {
                r.firstRowHeader();
              }
            })
        .isInstanceOfSatisfying(SheetException.class,
            e -> assertThat(e.messageKey()).isEqualTo("sheet.error.corrupt"));
  }

  @Test
  void csvIsReadThroughTheSameRulesWithLineNumbers() throws Exception {
    Path file =
        Files.write(dir.resolve("s.csv"),
            "sep=;\r\nQ1;Q2\r\n\r\n\"Två\r\nrader\";3,5\r\n".getBytes(se.socialorg.advisor.store.sheet.CsvSource.WINDOWS_1252));
    try (SheetReader r = SheetReader.open(file)) {
      Header h = r.findHeader(SheetReaderTest::questions, 2);
      assertThat(r.csvFormat()).get().extracting(CsvFormat::delimiter).isEqualTo(';');
      assertThat(h.row().number()).isEqualTo(2);
      SheetRow row = r.next();
      assertThat(row.number()).isEqualTo(4);
      assertThat(row.cells()).containsExactly("Två\r\nrader", "3,5");
    }
  }

  @ParameterizedTest
  @CsvSource({"0, A", "25, Z", "26, AA", "701, ZZ", "702, AAA"})
  void columnLettersFollowTheSpreadsheet(int column, String letter) {
    assertThat(SheetRow.columnLetter(column)).isEqualTo(letter);
  }
}
