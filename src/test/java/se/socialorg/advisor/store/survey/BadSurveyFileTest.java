package se.socialorg.advisor.store.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.socialorg.advisor.store.db.Database;

class BadSurveyFileTest {

  @TempDir Path dir;
  Database db;
  SurveyImporter importer;
  SurveyRepository surveys;

  @BeforeEach
  void open() {
    db = Database.open(dir.resolve("library.db"));
    importer = new SurveyImporter(db);
    surveys = new SurveyRepository(db);
  }

  @AfterEach
  void close() {
    db.close();
  }

  private ImportResult importText(String text) throws Exception {
    Path file = Files.writeString(dir.resolve("bad.csv"), text, StandardCharsets.UTF_8);
    return importer.importSurvey(file, "bad", ProgressListener.NONE);
  }

  private void assertNothingStored(ImportResult r) {
    assertThat(r.status()).isEqualTo(ImportResult.Status.REJECTED);
    assertThat(r.surveyId()).isEmpty();
    assertThat(surveys.list()).isEmpty();
    assertThat(db.<Integer>read(c -> SurveyImporterTest.count(c, "survey_response"))).isZero();
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "four          | row 3, column ’Willingness’: ‘four’ is not a number",
        "11            | row 3, column ’Willingness’: ‘11’ is not an agreement answer nor a whole number from 0 to 10",
        "3.5           | row 3, column ’Willingness’: ‘3.5’ is not an agreement answer nor a whole number from 0 to 10",
      })
  void wrongWillingnessIsReportedWithRowAndColumn(String value, String expected)
      throws Exception {
    ImportResult r = importText("Willingness,Active,Network size\n4,yes,100\n" + value + ",no,50\n");
    assertNothingStored(r);
    assertThat(r.errors()).extracting(ImportError::toString).containsExactly(expected);
  }

  @Test
  void wrongTypesInSeveralColumnsAreAllReported() throws Exception {
    ImportResult r =
        importText("Willingness;Active;Network size\n4;lots;many\n5;ja;-3\n");
    assertNothingStored(r);
    assertThat(r.errors())
        .extracting(ImportError::toString)
        .containsExactly(
            "row 2, column ’Active’: ‘lots’ is neither yes/no nor how often"
                + " (daily, weekly, monthly, rarely, never)",
            "row 2, column ’Network size’: ‘many’ is not a number",
            "row 3, column ’Network size’: ‘-3’ is negative");
    assertThat(r.badRows()).isEqualTo(2);
  }

  @Test
  void lineNumbersCountBlankLinesAndQuotedLineBreaks() throws Exception {
    ImportResult r =
        importText(
            "Role,Willingness,Active,Network size\n\n\"two\nlines\",4,yes,1\n\n\"x\",oops,yes,1\n");
    assertThat(r.errors()).extracting(ImportError::line).containsExactly(6L);
    assertThat(r.errors()).extracting(ImportError::column).containsExactly(2);
  }

  @Test
  void aBadValueAfterAQuotedLineBreakIsReportedOnItsOwnLine() throws Exception {
    ImportResult r = importText("Role,Willingness,Active,Network size\n\"a\nb\",11,yes,1\n");
    assertThat(r.errors()).extracting(ImportError::line).containsExactly(3L);
  }

  @Test
  void missingRequiredColumnsAreReportedOnTheHeaderLine() throws Exception {
    ImportResult r = importText("\n\nDepartment,Role\nSales,Seller\n");
    assertNothingStored(r);
    assertThat(r.errors())
        .extracting(ImportError::toString)
        .containsExactly(
            "row 3: no column found for Active on social media; choose it in the mapping",
            "row 3: no column found for Willingness to share; choose it in the mapping",
            "row 3: no column found for Network size; choose it in the mapping");
  }

  @Test
  void aMappedHeaderNotInTheFileIsReported() throws Exception {
    Path file = Files.writeString(dir.resolve("bad.csv"), "W,A,N\n4,yes,1\n");
    var mapping = new java.util.EnumMap<SurveyField, String>(SurveyField.class);
    mapping.put(SurveyField.WILLINGNESS, "W");
    mapping.put(SurveyField.ACTIVE, "A");
    mapping.put(SurveyField.NETWORK_SIZE, "Network");
    ImportResult r = importer.importSurvey(file, "x", mapping, false, ProgressListener.NONE);
    assertNothingStored(r);
    assertThat(r.errors().get(0).toString())
        .isEqualTo("row 1: column \"Network\" chosen for Network size is not in the file");
  }

  @Test
  void aHugeLineIsReportedAndNothingStored() throws Exception {
    String huge = "x".repeat(200_000);
    ImportResult r =
        importText("Role,Willingness,Active,Network size\nA,4,yes,1\n" + huge + ",4,yes,1\n");
    assertNothingStored(r);
    assertThat(r.errors())
        .extracting(ImportError::toString)
        .containsExactly("row 3, column ’Role’: value too long (200,000 characters, at most 10,000)");
  }

  @Test
  void binaryGarbageIsRefusedWithALineNumber() throws Exception {
    byte[] garbage = new byte[4096];
    new Random(42).nextBytes(garbage);
    garbage[0] = 'P';
    garbage[1] = 'K';
    Path file = Files.write(dir.resolve("bad.csv"), garbage);
    ImportResult r = importer.importSurvey(file, "x", ProgressListener.NONE);
    assertNothingStored(r);
    assertThat(r.errors()).hasSize(1);
    assertThat(r.errors().get(0).line()).isPositive();
    assertThat(r.errors().get(0).messageKey()).isEqualTo("survey.error.binary");
  }

  @Test
  void textGarbageWithoutNulBytesIsRefusedForMissingColumns() throws Exception {
    byte[] garbage = new byte[4096];
    Random random = new Random(7);
    for (int i = 0; i < garbage.length; i++) {
      garbage[i] = (byte) (1 + random.nextInt(255));
    }
    Path file = Files.write(dir.resolve("bad.csv"), garbage);
    ImportResult r = importer.importSurvey(file, "x", ProgressListener.NONE);
    assertNothingStored(r);
    assertThat(r.errors()).isNotEmpty().allSatisfy(e -> assertThat(e.line()).isPositive());
  }

  @Test
  void anUnterminatedQuoteIsReported() throws Exception {
    ImportResult r = importText("Role,Willingness,Active,Network size\nA,4,yes,1\n\"open,4,yes,1\n");
    assertNothingStored(r);
    assertThat(r.errors()).singleElement().satisfies(e -> {
      assertThat(e.line()).isEqualTo(3);
      // The reader's own words ("CSVException: (startline 3) EOF reached before encapsulated
      // token finished") never reach the manager (review D12).
      assertThat(e.messageKey()).isEqualTo("survey.error.unclosedQuote");
      assertThat(e.toString()).doesNotContain("CSV", "encapsulated", "EOF");
    });
  }

  @Test
  void anEmptyFileHasNoHeader() throws Exception {
    ImportResult r = importText("\n\n");
    assertNothingStored(r);
    assertThat(r.errors()).extracting(ImportError::messageKey).containsExactly("survey.error.empty");
  }

  @Test
  void aHeaderWithoutRowsHasNoAnswers() throws Exception {
    ImportResult r = importText("Willingness,Active,Network size\n");
    assertNothingStored(r);
    assertThat(r.errors()).extracting(ImportError::messageKey).containsExactly("survey.error.noRows");
  }

  @Test
  void onlyTheFirstHundredErrorsAreKeptAndTheRestCounted() throws Exception {
    StringBuilder sb = new StringBuilder("Willingness,Active,Network size\n");
    for (int i = 0; i < 150; i++) {
      sb.append("x,yes,1\n");
    }
    ImportResult r = importText(sb.toString());
    assertNothingStored(r);
    assertThat(r.errors()).hasSize(SurveyImporter.MAX_ERRORS);
    assertThat(r.moreErrors()).isEqualTo(50);
    assertThat(r.errors().get(99).line()).isEqualTo(101);
  }

  @Test
  void skippingBadRowsExplicitlyStoresTheGoodOnes() throws Exception {
    Path file =
        Files.writeString(
            dir.resolve("bad.csv"), "Willingness,Active,Network size\n4,yes,1\nx,yes,1\n2,no,3\n");
    ImportResult r = importer.importSurvey(file, "x", null, true, ProgressListener.NONE);
    assertThat(r.status()).isEqualTo(ImportResult.Status.STORED);
    assertThat(r.storedRows()).isEqualTo(2);
    assertThat(r.badRows()).isEqualTo(1);
    assertThat(r.errors()).hasSize(1);
    assertThat(surveys.summary(r.surveyId().orElseThrow()).respondents()).isEqualTo(2);
  }

  @Test
  void swedishMessagesAreAvailable() throws Exception {
    ImportResult r = importText("Villighet,Aktiv,Nätverk\nfyra,ja,1\n");
    assertThat(r.errors().get(0).format(se.socialorg.advisor.i18n.I18n.forLanguage("sv")))
        .isEqualTo("rad 2, kolumn ”Villighet”: ”fyra” är inget tal");
  }
}
