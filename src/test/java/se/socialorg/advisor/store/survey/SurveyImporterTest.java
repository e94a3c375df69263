package se.socialorg.advisor.store.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import se.socialorg.advisor.model.SurveySummary;
import se.socialorg.advisor.store.db.Database;

class SurveyImporterTest {

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

  static Stream<Arguments> variants() {
    return Stream.of(
        variant("comma, UTF-8", c -> {}),
        variant("semicolon (Swedish Excel)", c -> c.delimiter = ';'),
        variant("tab", c -> c.delimiter = '\t'),
        variant("UTF-8 with BOM", c -> c.bom = true),
        variant("Windows-1252", c -> c.charset = se.socialorg.advisor.store.sheet.CsvSource.WINDOWS_1252),
        variant("Windows-1252, semicolon, Swedish", c -> {
          c.charset = se.socialorg.advisor.store.sheet.CsvSource.WINDOWS_1252;
          c.delimiter = ';';
          c.swedish();
        }),
        variant("UTF-16 with BOM, tab (Excel Unicode text)", c -> {
          c.charset = StandardCharsets.UTF_16LE;
          c.bom = true;
          c.delimiter = '\t';
        }),
        variant("UTF-16 little-endian without BOM, tab, Swedish", c -> {
          c.charset = StandardCharsets.UTF_16LE;
          c.delimiter = '\t';
          c.swedish();
        }),
        variant("UTF-16 big-endian without BOM, semicolon, Swedish", c -> {
          c.charset = StandardCharsets.UTF_16BE;
          c.delimiter = ';';
          c.swedish();
        }),
        variant("Swedish headers and answers, decimal comma, comma delimiter", SurveyCsv::swedish),
        variant("Swedish, semicolon, BOM, CRLF", c -> {
          c.swedish();
          c.delimiter = ';';
          c.bom = true;
          c.crlf = true;
        }),
        variant("quoted line breaks", c -> c.lineBreakInRole = true),
        variant("blank lines", c -> c.blankLines = true),
        variant("trailing delimiters", c -> c.trailingDelimiter = true),
        variant("everything at once", c -> {
          c.swedish();
          c.delimiter = ';';
          c.charset = se.socialorg.advisor.store.sheet.CsvSource.WINDOWS_1252;
          c.lineBreakInRole = true;
          c.blankLines = true;
          c.trailingDelimiter = true;
          c.crlf = true;
        }));
  }

  private static Arguments variant(String name, Consumer<SurveyCsv> setup) {
    return Arguments.of(name, setup);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("variants")
  void realExportsImportWithTheSameSummary(String name, Consumer<SurveyCsv> setup) throws Exception {
    SurveyCsv csv = new SurveyCsv();
    setup.accept(csv);
    Path file = csv.write(dir.resolve("survey.csv"));

    ImportResult r = importer.importSurvey(file, "HR 2026", ProgressListener.NONE);

    assertThat(r.errors()).isEmpty();
    assertThat(r.status()).isEqualTo(ImportResult.Status.STORED);
    SurveySummary s = surveys.summary(r.surveyId().orElseThrow());
    assertThat(s.respondents()).isEqualTo(3);
    assertThat(s.total().willingShare()).isCloseTo(2.0 / 3, within(1e-9));
    assertThat(s.total().activeShare()).isCloseTo(2.0 / 3, within(1e-9));
    assertThat(s.total().technicalExpertShare()).isCloseTo(1.0 / 3, within(1e-9));
    assertThat(s.total().averageNetwork()).isCloseTo(510, within(1e-9));
    assertThat(s.total().medianNetwork()).isEqualTo(250);
    assertThat(s.total().averagePostsPerMonth()).isCloseTo(6.5 / 3, within(1e-9));
    // three departments of one respondent each: shown together as "other" (fewer than five)
    assertThat(s.byDepartment())
        .extracting(SurveySummary.Group::label, SurveySummary.Group::respondents)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("", 3));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("variants")
  void formatIsDetected(String name, Consumer<SurveyCsv> setup) throws Exception {
    SurveyCsv csv = new SurveyCsv();
    setup.accept(csv);
    ImportPreview p = importer.preview(csv.write(dir.resolve("survey.csv")));
    assertThat(p.problems()).isEmpty();
    assertThat(p.format().delimiter()).isEqualTo(csv.delimiter);
    assertThat(p.format().charset()).isEqualTo(csv.charset);
    assertThat(p.format().bom()).isEqualTo(csv.bom);
    assertThat(p.headers()).isEqualTo(csv.headers);
    assertThat(p.suggestedMapping()).hasSize(SurveyField.values().length);
    assertThat(p.rows()).hasSize(3);
    assertThat(p.rows().get(0).get(0)).isEqualTo("Försäljning");
  }

  @Test
  void excelsSepLineNamesTheDelimiter() throws Exception {
    Path file =
        Files.writeString(dir.resolve("s.csv"), "sep=;\nVillighet;Aktiv;Nätverk\n4;ja;1,5\n");
    assertThat(importer.preview(file).format().delimiter()).isEqualTo(';');
    ImportResult r = importer.importSurvey(file, "x", ProgressListener.NONE);
    assertThat(r.errors()).isEmpty();
    assertThat(surveys.responses(r.surveyId().orElseThrow()).get(0).networkSize()).isEqualTo(1.5);
  }

  @Test
  void previewShowsAtMostTenRows() throws Exception {
    StringBuilder sb = new StringBuilder("Willingness,Active,Network size\n");
    for (int i = 0; i < 25; i++) {
      sb.append("3,yes,").append(i).append('\n');
    }
    Path file = Files.writeString(dir.resolve("s.csv"), sb);
    assertThat(importer.preview(file).rows()).hasSize(SurveyImporter.PREVIEW_ROWS);
  }

  @Test
  void aCorrectedMappingIsRememberedForTheSameHeaders() throws Exception {
    Path file =
        Files.writeString(dir.resolve("s.csv"), "Q1,Q2,Q3,Q4\nSales,4,yes,300\nIT,2,no,90\n");
    assertThat(importer.preview(file).remembered()).isFalse();
    Map<SurveyField, String> mapping = new EnumMap<>(SurveyField.class);
    mapping.put(SurveyField.DEPARTMENT, "Q1");
    mapping.put(SurveyField.WILLINGNESS, "q2");
    mapping.put(SurveyField.ACTIVE, "Q3");
    mapping.put(SurveyField.NETWORK_SIZE, "Q4");
    assertThat(importer.importSurvey(file, "one", mapping, false, ProgressListener.NONE).stored()).isTrue();

    ImportPreview again = importer.preview(file);
    assertThat(again.remembered()).isTrue();
    assertThat(again.suggestedMapping()).containsEntry(SurveyField.NETWORK_SIZE, "Q4");
    assertThat(importer.importSurvey(file, "two", ProgressListener.NONE).stored()).isTrue();
  }

  @Test
  void columnsNotMappedAreIgnored() throws Exception {
    Path file =
        Files.writeString(
            dir.resolve("s.csv"), "Name,Willingness,Active,Network size,Comment\nAnna,4,yes,300,=cmd\n");
    ImportResult r = importer.importSurvey(file, "x", ProgressListener.NONE);
    assertThat(r.stored()).isTrue();
    assertThat(surveys.responses(r.surveyId().orElseThrow()))
        .singleElement()
        .satisfies(x -> assertThat(x.networkSize()).isEqualTo(300));
  }

  @Test
  void blankAnswersAreStoredAsNotAnswered() throws Exception {
    Path file = Files.writeString(dir.resolve("s.csv"), "Willingness;Active;Network size\n4;;\n;ja;100\n");
    ImportResult r = importer.importSurvey(file, "x", ProgressListener.NONE);
    assertThat(r.stored()).isTrue();
    SurveySummary s = surveys.summary(r.surveyId().orElseThrow());
    assertThat(s.respondents()).isEqualTo(2);
    assertThat(s.total().willingShare()).isEqualTo(1.0);
    assertThat(s.total().averageNetwork()).isEqualTo(100);
  }

  @Test
  void theNameDefaultsToTheFileName() throws Exception {
    Path file = Files.writeString(dir.resolve("hr.csv"), "Willingness,Active,Network size\n4,yes,1\n");
    ImportResult r = importer.importSurvey(file, " ", ProgressListener.NONE);
    assertThat(surveys.find(r.surveyId().orElseThrow()).orElseThrow().name()).isEqualTo("hr.csv");
  }

  @Test
  void progressIsReportedUpToTheFileSize() throws Exception {
    StringBuilder sb = new StringBuilder("Willingness,Active,Network size\n");
    for (int i = 0; i < 5000; i++) {
      sb.append("3,yes,").append(i).append('\n');
    }
    Path file = Files.writeString(dir.resolve("s.csv"), sb);
    long[] last = new long[2];
    int[] calls = new int[1];
    ImportResult r =
        importer.importSurvey(
            file, "x", null, false,
            (done, total) -> {
              last[0] = done;
              last[1] = total;
              calls[0]++;
            });
    assertThat(r.storedRows()).isEqualTo(5000);
    assertThat(calls[0]).isGreaterThan(1);
    assertThat(last[0]).isEqualTo(last[1]).isEqualTo(Files.size(file));
  }

  @Test
  void cancellingStoresNothing() throws Exception {
    StringBuilder sb = new StringBuilder("Willingness,Active,Network size\n");
    for (int i = 0; i < 5000; i++) {
      sb.append("3,yes,").append(i).append('\n');
    }
    Path file = Files.writeString(dir.resolve("s.csv"), sb);
    ProgressListener cancelAfterFirst =
        new ProgressListener() {
          boolean cancelled;

          @Override
          public void progress(long done, long total) {
            cancelled = true;
          }

          @Override
          public boolean isCancelled() {
            return cancelled;
          }
        };
    ImportResult r = importer.importSurvey(file, "x", null, false, cancelAfterFirst);
    assertThat(r.status()).isEqualTo(ImportResult.Status.CANCELLED);
    assertThat(surveys.list()).isEmpty();
    assertThat(db.<Integer>read(c -> count(c, "survey_response"))).isZero();
  }

  static int count(java.sql.Connection c, String table) throws java.sql.SQLException {
    try (var s = c.createStatement();
        var rs = s.executeQuery("SELECT count(*) FROM " + table)) {
      rs.next();
      return rs.getInt(1);
    }
  }

  @Test
  void surveysCanBeListedAndDeleted() throws Exception {
    Path file = new SurveyCsv().write(dir.resolve("s.csv"));
    long id = importer.importSurvey(file, "A", ProgressListener.NONE).surveyId().orElseThrow();
    assertThat(surveys.list()).extracting(SurveyInfo::name).containsExactly("A");
    assertThat(surveys.list().get(0).respondents()).isEqualTo(3);
    assertThat(surveys.delete(id)).isTrue();
    assertThat(surveys.list()).isEmpty();
    assertThat(db.<Integer>read(c -> count(c, "survey_response"))).isZero();
  }

  @Test
  void readinessComesFromTheSurvey() throws Exception {
    Path file = new SurveyCsv().write(dir.resolve("s.csv"));
    long id = importer.importSurvey(file, "HR 2026", ProgressListener.NONE).surveyId().orElseThrow();
    var r = surveys.toReadiness(id);
    assertThat(r.surveyName()).isEqualTo("HR 2026");
    assertThat(r.surveyRespondents()).isEqualTo(3);
    assertThat(r.willingShare()).isCloseTo(2.0 / 3, within(1e-9));
    assertThat(r.averageNetwork()).isCloseTo(510, within(1e-9));
    assertThat(r.postsPerWeek()).isCloseTo((2.5 + 4) / 2 / (52.0 / 12), within(1e-9));
  }

  @Test
  void distributionsAreCounted() throws Exception {
    Path file = new SurveyCsv().write(dir.resolve("s.csv"));
    long id = importer.importSurvey(file, "x", ProgressListener.NONE).surveyId().orElseThrow();
    assertThat(surveys.willingnessDistribution(id)).containsExactly(0, 1, 0, 1, 1);
    assertThat(surveys.networkHistogram(id))
        .extracting(HistogramBin::count)
        .containsExactly(1L, 0L, 1L, 0L, 1L, 0L, 0L);
  }

  @Test
  void readsTheLibraryWhileAnImportIsRunning() throws Exception {
    StringBuilder sb = new StringBuilder("Willingness,Active,Network size\n");
    for (int i = 0; i < 3000; i++) {
      sb.append("3,yes,").append(i).append('\n');
    }
    Path file = Files.writeString(dir.resolve("s.csv"), sb);
    List<Integer> seenDuringImport = new java.util.ArrayList<>();
    importer.importSurvey(
        file, "x", null, false,
        (done, total) -> seenDuringImport.add(surveys.list().size()));
    assertThat(seenDuringImport).isNotEmpty().containsOnly(0);
    assertThat(surveys.list()).hasSize(1);
  }
}
