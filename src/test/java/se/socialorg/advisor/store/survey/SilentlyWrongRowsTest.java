package se.socialorg.advisor.store.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.socialorg.advisor.store.db.Database;

/**
 * Rows the import stored silently wrong (review D6, D9): each is now refused with its row and
 * column, and nothing is stored.
 */
class SilentlyWrongRowsTest {

  private static final String HEADER = "Department,Willingness,Active,Network size\n";

  @TempDir Path dir;

  Database db;
  SurveyImporter importer;

  @BeforeEach
  void open() {
    db = Database.open(dir.resolve("library.db"));
    importer = new SurveyImporter(db);
  }

  @AfterEach
  void close() {
    db.close();
  }

  private ImportResult importBytes(byte[] content) throws Exception {
    Path file = Files.write(dir.resolve("survey.csv"), content);
    return importer.importSurvey(file, "survey", ProgressListener.NONE);
  }

  private ImportResult importText(String text) throws Exception {
    return importBytes(text.getBytes(StandardCharsets.UTF_8));
  }

  private ImportError onlyError(ImportResult r) {
    assertThat(r.status()).isEqualTo(ImportResult.Status.REJECTED);
    assertThat(db.<Integer>read(c -> SurveyImporterTest.count(c, "survey"))).isZero();
    assertThat(db.<Integer>read(c -> SurveyImporterTest.count(c, "survey_response"))).isZero();
    assertThat(r.errors()).hasSize(1);
    return r.errors().get(0);
  }

  /** D6a: a row written with semicolons was stored whole in Department. */
  @Test
  void aRowWithAnotherDelimiterIsRefused() throws Exception {
    ImportError e = onlyError(importText(HEADER + "Sales,4,yes,100\nSales;4;yes;100\n"));

    assertThat(e.line()).isEqualTo(3);
    assertThat(e.messageKey()).isEqualTo("survey.error.tooFewValues");
  }

  @Test
  void aRowWithTooManyValuesIsRefusedAtTheFirstExtraColumn() throws Exception {
    ImportError e = onlyError(importText(HEADER + "Sales,4,yes,100,7,8\n"));

    assertThat(e.line()).isEqualTo(2);
    assertThat(e.column()).isEqualTo(5);
    assertThat(e.messageKey()).isEqualTo("survey.error.tooManyValues");
  }

  @Test
  void trailingEmptyValuesAreStillAccepted() throws Exception {
    assertThat(importText(HEADER + "Sales,4,yes,100,,\n").stored()).isTrue();
  }

  /** D6b: "1,234" in an English file was stored as 1.234. */
  @ParameterizedTest
  @ValueSource(strings = {"\"1,234\"", "\"12,500\"", "\"999,000\""})
  void aCommaThatMayBeAThousandsSeparatorIsRefused(String value) throws Exception {
    ImportError e = onlyError(importText(HEADER + "Sales,4,yes," + value + "\n"));

    assertThat(e.line()).isEqualTo(2);
    assertThat(e.column()).isEqualTo(4);
    assertThat(e.messageKey()).isEqualTo("survey.error.ambiguousComma");
  }

  @ParameterizedTest
  @ValueSource(strings = {"\"2,5\"", "\"0,125\"", "\"1 234,5\"", "\"1,234.5\""})
  void unambiguousDecimalsAreStillRead(String value) throws Exception {
    assertThat(importText(HEADER + "Sales,4,yes," + value + "\n").stored()).isTrue();
  }

  /** D6c: a network of 10^300 was stored and averaged. */
  @Test
  void anImplausiblyLargeNetworkIsRefused() throws Exception {
    ImportError e = onlyError(importText(HEADER + "Sales,4,yes," + "9".repeat(300) + "\n"));

    assertThat(e.column()).isEqualTo(4);
    assertThat(e.messageKey()).isEqualTo("survey.error.implausible");
  }

  /** D6d: the second "Network size" column was ignored without a word. */
  @Test
  void aDuplicateHeaderIsRefusedNamingBothColumns() throws Exception {
    ImportError e = onlyError(importText(
        "Department,Willingness,Active,Network size,Network size\nSales,4,yes,100,99999\n"));

    assertThat(e.line()).isEqualTo(1);
    assertThat(e.column()).isEqualTo(5);
    assertThat(e.messageKey()).isEqualTo("survey.error.duplicateHeader");
    assertThat(e.args()).containsExactly("Network size", 4);
  }

  /** D6e: Excel's "CSV (Macintosh)" was read as Windows-1252: "Försäljning" became "FšrsŠljning". */
  @Test
  void aMacRomanFileIsReadAsMacRoman() throws Exception {
    byte[] mac = (HEADER + "Försäljning,4,yes,100\nÅterförsäljare,3,no,50\n")
        .getBytes(Charset.forName("x-MacRoman"));

    ImportResult r = importBytes(mac);

    assertThat(r.stored()).isTrue();
    assertThat(db.<List<String>>read(c -> departments(c))).containsExactly("Försäljning", "Återförsäljare");
  }

  @Test
  void aWindows1252FileIsStillReadAsWindows1252() throws Exception {
    byte[] win = (HEADER + "Försäljning,4,yes,100\nÅterförsäljare – syd,3,no,50\n")
        .getBytes(Charset.forName("windows-1252"));

    assertThat(importBytes(win).stored()).isTrue();
    assertThat(db.<List<String>>read(c -> departments(c)))
        .containsExactly("Försäljning", "Återförsäljare – syd");
  }

  /** D6f: a NUL after the first 64 KiB was stored in a department. */
  @Test
  void aNulByteAnywhereIsRefusedWithRowAndColumn() throws Exception {
    StringBuilder sb = new StringBuilder(HEADER);
    for (int i = 0; i < 5_000; i++) {
      sb.append("Sales,4,yes,100\n");
    }
    sb.append("Sal\0es,4,yes,100\n");

    ImportError e = onlyError(importText(sb.toString()));

    assertThat(e.line()).isEqualTo(5_002);
    assertThat(e.column()).isEqualTo(1);
    assertThat(e.messageKey()).isEqualTo("survey.error.nul");
  }

  /** D9: a line of delimiters became a list of one value per delimiter (99 MB: 2.4 GB). */
  @Test
  void aLineOfDelimitersIsRefusedWithoutReadingItWhole() throws Exception {
    byte[] content = new byte[HEADER.length() + 16 + 5_000_000];
    byte[] head = (HEADER + "Sales,4,yes,100\n").getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(head, 0, content, 0, head.length);
    java.util.Arrays.fill(content, head.length, content.length, (byte) ',');

    ImportError e = onlyError(importBytes(java.util.Arrays.copyOf(content, head.length + 5_000_000)));

    assertThat(e.line()).isEqualTo(3);
    assertThat(e.messageKey()).isEqualTo("survey.error.tooManyFields");
  }

  private static List<String> departments(java.sql.Connection c) throws java.sql.SQLException {
    List<String> out = new java.util.ArrayList<>();
    try (var s = c.createStatement();
        var rs = s.executeQuery("SELECT department FROM survey_response ORDER BY line")) {
      while (rs.next()) {
        out.add(rs.getString(1));
      }
    }
    return out;
  }
}
