package se.socialorg.advisor.store.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import se.socialorg.advisor.model.SurveySummary;
import se.socialorg.advisor.store.db.Database;
import se.socialorg.advisor.store.sheet.CsvSource;

/**
 * The survey files managers really have: Microsoft Forms and Excel workbooks, Google Forms CSV,
 * Swedish Excel CSV; questions as headers, answer words in both languages, numeric scales. Each
 * file has ten respondents and known shares.
 */
class ManagersSurveyFilesTest {

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

  static final List<String> EN_META = List.of("ID", "Start time", "Completion time", "Email", "Name");
  static final List<String> SV_META =
      List.of("ID", "Starttid", "Slutförandetid", "E-post", "Namn");

  static final List<String> EN_QUESTIONS =
      List.of(
          "Which department do you work in?",
          "Are you active on social media for work?",
          "I would be willing to share company content on my own social media",
          "How many contacts do you have on LinkedIn?",
          "How often do you post about work?");
  static final List<String> SV_QUESTIONS =
      List.of(
          "Vilken avdelning arbetar du på?",
          "Är du aktiv i sociala medier i jobbet?",
          "Skulle du vilja dela företagets innehåll i dina egna kanaler?",
          "Antal kontakter på LinkedIn",
          "Hur ofta publicerar du något om jobbet?");

  /** Ten answers in a column, given as (answer, times). */
  static List<String> ten(Object... answerTimes) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < answerTimes.length; i += 2) {
      for (int k = 0; k < (int) answerTimes[i + 1]; k++) {
        out.add((String) answerTimes[i]);
      }
    }
    assertThat(out).hasSize(10);
    return out;
  }

  /**
   * A survey file case.
   *
   * @param willing the willingness answers (ten)
   * @param active the active answers (ten)
   * @param posts the how-often answers (ten)
   * @param expectedWilling willing share
   * @param expectedActive active share
   * @param expectedPosts average posts per month
   */
  record Case(
      String name, boolean swedish, List<String> willing, List<String> active, List<String> posts,
      double expectedWilling, double expectedActive, double expectedPosts) {
    @Override
    public String toString() {
      return name;
    }

    List<List<String>> table() {
      List<List<String>> rows = new ArrayList<>();
      List<String> header = new ArrayList<>(swedish ? SV_META : EN_META);
      header.addAll(swedish ? SV_QUESTIONS : EN_QUESTIONS);
      rows.add(header);
      for (int i = 0; i < 10; i++) {
        rows.add(
            List.of(
                Integer.toString(i + 1), "2026-11-02 09:0" + i, "2026-11-02 09:1" + i,
                "person" + i + "@example.se", "Person Nummer" + i,
                i < 5 ? (swedish ? "Försäljning" : "Sales") : "IT",
                active.get(i), willing.get(i), swedish ? "1 200,5" : "1,200.5", posts.get(i)));
      }
      return rows;
    }
  }

  static Stream<Arguments> cases() {
    List<String> enPosts = ten("Daily", 1, "Weekly", 2, "Monthly", 3, "Rarely", 2, "Never", 2);
    List<String> svPosts =
        ten("Dagligen", 1, "Varje vecka", 2, "Varje månad", 3, "Mer sällan", 2, "Aldrig", 2);
    double posts = (21 + 2 * 4 + 3 * 1 + 2 * 0.25) / 10.0;
    return Stream.of(
        Arguments.of(new Case("agreement, English", false,
            ten("Strongly agree", 2, "Agree", 2, "Neither agree nor disagree", 2, "Disagree", 2,
                "Strongly disagree", 2),
            ten("Yes", 3, "No", 5, "Maybe", 2), enPosts, 0.4, 0.3, posts)),
        Arguments.of(new Case("agreement, Swedish", true,
            ten("Instämmer helt", 1, "Instämmer delvis", 2, "Varken eller", 3,
                "Tar delvis avstånd", 2, "Tar helt avstånd", 2),
            ten("Ja", 4, "Nej", 4, "Kanske", 2), svPosts, 0.3, 0.4, posts)),
        Arguments.of(new Case("yes/maybe/no, English", false,
            ten("Yes", 6, "Maybe", 3, "No", 1),
            ten("Weekly", 2, "Monthly", 1, "Never", 7), enPosts, 0.6, 0.3, posts)),
        Arguments.of(new Case("ja/kanske/nej, Swedish", true,
            ten("Ja", 2, "Kanske", 7, "Nej", 1),
            ten("Dagligen", 1, "Varje vecka", 1, "Mer sällan", 8), svPosts, 0.2, 0.2, posts)),
        Arguments.of(new Case("numeric 1-5", false,
            ten("5", 1, "4", 4, "3", 3, "1", 2), ten("Yes", 5, "No", 5), enPosts, 0.5, 0.5, posts)),
        Arguments.of(new Case("numeric 1-7 (6 and 7 willing)", true,
            ten("7", 2, "6", 1, "5", 3, "4", 2, "1", 2), ten("Ja", 5, "Nej", 5), svPosts,
            0.3, 0.5, posts)),
        Arguments.of(new Case("numeric 0-10 (9 and 10 willing)", false,
            ten("10", 1, "9", 1, "8", 4, "5", 2, "0", 2), ten("Yes", 1, "No", 9), enPosts,
            0.2, 0.1, posts)));
  }

  private void assertShares(ImportResult r, Case c) {
    assertThat(r.errors()).as("errors").isEmpty();
    assertThat(r.stored()).isTrue();
    SurveySummary.Group t = surveys.summary(r.surveyId().orElseThrow()).total();
    assertThat(t.respondents()).isEqualTo(10);
    assertThat(t.willingShare()).as("willing").isCloseTo(c.expectedWilling, within(1e-9));
    assertThat(t.activeShare()).as("active").isCloseTo(c.expectedActive, within(1e-9));
    assertThat(t.averageNetwork()).isCloseTo(1200.5, within(1e-9));
    assertThat(t.averagePostsPerMonth()).isCloseTo(c.expectedPosts, within(1e-9));
  }

  @ParameterizedTest(name = "Microsoft Forms .xlsx, {0}")
  @MethodSource("cases")
  void microsoftFormsWorkbooksImport(Case c) throws Exception {
    Path file = dir.resolve("forms.xlsx");
    try (OutputStream out = Files.newOutputStream(file)) {
      Workbook wb = new Workbook(out, "Microsoft Forms", "1.0");
      Worksheet ws = wb.newWorksheet("Sheet1");
      List<List<String>> t = c.table();
      for (int r = 0; r < t.size(); r++) {
        for (int col = 0; col < t.get(r).size(); col++) {
          String v = t.get(r).get(col);
          if (r > 0 && v.matches("\\d+")) {
            ws.value(r, col, Integer.parseInt(v));
          } else {
            ws.value(r, col, v);
          }
        }
      }
      wb.finish();
    }
    assertShares(importer.importSurvey(file, "forms", ProgressListener.NONE), c);
  }

  @ParameterizedTest(name = "Google Forms CSV (UTF-8, comma), {0}")
  @MethodSource("cases")
  void googleFormsCsvImports(Case c) throws Exception {
    Path file = csv(c, ',', StandardCharsets.UTF_8);
    assertShares(importer.importSurvey(file, "google", ProgressListener.NONE), c);
  }

  @ParameterizedTest(name = "Swedish Excel CSV (semicolon, Windows-1252), {0}")
  @MethodSource("cases")
  void swedishExcelCsvImports(Case c) throws Exception {
    Path file = csv(c, ';', CsvSource.WINDOWS_1252);
    assertShares(importer.importSurvey(file, "excel", ProgressListener.NONE), c);
  }

  private Path csv(Case c, char delimiter, Charset charset) throws Exception {
    StringBuilder sb = new StringBuilder();
    for (List<String> row : c.table()) {
      List<String> quoted = row.stream().map(v -> "\"" + v + "\"").toList();
      sb.append(String.join(Character.toString(delimiter), quoted)).append("\r\n");
    }
    return Files.write(dir.resolve("survey.csv"), sb.toString().getBytes(charset));
  }

  @Test
  void metadataAndPersonalColumnsAreNeverStored() throws Exception {
    Case c = (Case) cases().findFirst().orElseThrow().get()[0];
    Path file = csv(c, ',', StandardCharsets.UTF_8);
    ImportPreview p = importer.preview(file);
    assertThat(p.metadataColumns()).containsExactlyElementsOf(EN_META);
    assertThat(p.suggestedMapping().values()).doesNotContainAnyElementsOf(EN_META);
    ImportResult r = importer.importSurvey(file, "x", ProgressListener.NONE);
    assertThat(r.stored()).isTrue();
    List<String> stored = allText();
    assertThat(stored).noneMatch(v -> v.contains("@example.se"));
    assertThat(stored).noneMatch(v -> v.contains("Person Nummer"));
    assertThat(stored).noneMatch(v -> v.contains("2026-11-02"));
  }

  @Test
  void aFieldMappedOntoAPersonalColumnIsRefused() throws Exception {
    Case c = (Case) cases().findFirst().orElseThrow().get()[0];
    Path file = csv(c, ',', StandardCharsets.UTF_8);
    Map<SurveyField, String> m = new EnumMap<>(importer.preview(file).suggestedMapping());
    m.put(SurveyField.DEPARTMENT, "Name");
    ImportResult r = importer.importSurvey(file, "x", m, false, ProgressListener.NONE);
    assertThat(r.stored()).isFalse();
    assertThat(r.errors()).extracting(ImportError::messageKey)
        .containsExactly("survey.error.personalColumn");
    assertThat(allText()).noneMatch(v -> v.contains("Person Nummer"));
  }

  @Test
  void unknownWordsAreCountedAndCanBeMappedBeforeAnythingIsStored() throws Exception {
    Path file =
        Files.writeString(
            dir.resolve("words.csv"),
            "Aktiv i sociala medier;Vilja att dela;Antal kontakter\n"
                + "Ibland;Ja;10\nIbland;Absolut;20\nJa;Absolut;30\nNej;Nej;40\n",
            StandardCharsets.UTF_8);
    ImportResult first = importer.importSurvey(file, "x", ProgressListener.NONE);
    assertThat(first.stored()).isFalse();
    assertThat(surveys.list()).isEmpty();
    assertThat(first.unknownAnswers())
        .containsEntry(SurveyField.ACTIVE, Map.of("Ibland", 2))
        .containsEntry(SurveyField.WILLINGNESS, Map.of("Absolut", 2));
    AnswerMapping words = AnswerMapping.parse("active:ibland=monthly;willingness:Absolut=5").orElseThrow();
    ImportResult second = importer.importSurvey(file, "x", null, words, false, ProgressListener.NONE);
    assertThat(second.errors()).isEmpty();
    SurveySummary.Group t = surveys.summary(second.surveyId().orElseThrow()).total();
    assertThat(t.activeShare()).isEqualTo(0.75);
    assertThat(t.willingShare()).isEqualTo(0.75);
  }

  @Test
  void aFreeTextNumberSaysRowColumnAndValueInTheManagersWords() throws Exception {
    Path file =
        Files.writeString(
            dir.resolve("n.csv"),
            "Aktiv;Vilja att dela;Hur många kontakter har du på LinkedIn ungefär?\n"
                + "Ja;Ja;120\nJa;Ja;ca 300\n",
            StandardCharsets.UTF_8);
    ImportResult r = importer.importSurvey(file, "x", ProgressListener.NONE);
    assertThat(r.errors()).extracting(ImportError::toString)
        .containsExactly("row 3, column ’Hur många kontakter har du på…’: ‘ca 300’ is not a number");
  }

  @Test
  void twoQuestionsMeaningTheSameFieldAreAmbiguous() throws Exception {
    Path file =
        Files.writeString(
            dir.resolve("a.csv"),
            "Aktiv;Vilja att dela;Antal kontakter på LinkedIn;Antal kontakter på Instagram\n"
                + "Ja;Ja;1;2\n",
            StandardCharsets.UTF_8);
    assertThat(importer.preview(file).ambiguous())
        .containsEntry(SurveyField.NETWORK_SIZE,
            List.of("Antal kontakter på LinkedIn", "Antal kontakter på Instagram"));
  }

  @Test
  void aSurveyCanBeRenamedAndTheScenariosUsingItFound() throws Exception {
    Case c = (Case) cases().findFirst().orElseThrow().get()[0];
    ImportResult r = importer.importSurvey(csv(c, ',', StandardCharsets.UTF_8), "HR", ProgressListener.NONE);
    long id = r.surveyId().orElseThrow();
    assertThat(surveys.rename(id, " Medarbetarenkät 2026 ")).isTrue();
    assertThat(surveys.find(id).orElseThrow().name()).isEqualTo("Medarbetarenkät 2026");
    var files = new se.socialorg.advisor.store.scenario.ScenarioFiles();
    var scenario = se.socialorg.advisor.model.Scenario.blank();
    Path using = dir.resolve("using.soa.json");
    files.write(scenario.withInputs(scenario.inputs().withReadiness(
        surveys.toReadiness(id))), using);
    Path other = dir.resolve("other.soa.json");
    files.write(scenario, other);
    assertThat(new SurveyUsage(files).find(surveys.find(id).orElseThrow(),
        List.of(using, other, dir.resolve("missing.soa.json")), List.of(), List.of()).files())
        .containsExactly(using);
    assertThat(surveys.delete(id)).isTrue();
    assertThat(surveys.list()).isEmpty();
  }

  private List<String> allText() {
    return db.read(
        conn -> {
          List<String> out = new ArrayList<>();
          for (String sql :
              List.of(
                  "SELECT coalesce(department,'') || '|' || coalesce(role,'') FROM survey_response",
                  "SELECT name || '|' || source_file FROM survey",
                  "SELECT header FROM header_mapping")) {
            try (var s = conn.createStatement();
                var rs = s.executeQuery(sql)) {
              while (rs.next()) {
                out.add(rs.getString(1));
              }
            }
          }
          return out;
        });
  }
}
