package se.socialorg.advisor.store.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.socialorg.advisor.i18n.I18n;
import se.socialorg.advisor.store.db.Database;
import se.socialorg.advisor.store.report.ReportWriter;

class SurveyKitTest {

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

  @ParameterizedTest
  @ValueSource(strings = {"en", "sv"})
  void theQuestionsAreTheSixTheEngineNeedsAndEachMeansItsField(String lang) {
    List<SurveyKit.Question> qs = new SurveyKit(I18n.forLanguage(lang)).questions();
    assertThat(qs).extracting(SurveyKit.Question::field).containsExactlyElementsOf(SurveyKit.ORDER);
    var match = HeaderMeaning.match(qs.stream().map(SurveyKit.Question::text).toList());
    assertThat(match.isAmbiguous()).isFalse();
    for (SurveyKit.Question q : qs) {
      assertThat(match.fields()).containsEntry(q.field(), q.text());
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "sv"})
  void everyAnswerOptionIsUnderstoodByTheImport(String lang) {
    for (SurveyKit.Question q : new SurveyKit(I18n.forLanguage(lang)).questions()) {
      for (String o : q.options()) {
        assertThat(Answers.knownWord(q.field(), o)).as(q.field() + ": " + o).isTrue();
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "sv"})
  void theCsvTemplateFilledInImportsWithoutMapping(String lang) throws Exception {
    SurveyKit kit = new SurveyKit(I18n.forLanguage(lang));
    Path csv = dir.resolve("template.csv");
    kit.writeCsv(csv);
    char d = "sv".equals(lang) ? ';' : ',';
    List<SurveyKit.Question> qs = kit.questions();
    String row = String.join(Character.toString(d), "IT", qs.get(1).options().get(0),
        qs.get(2).options().get(0), qs.get(3).options().get(0), "350", qs.get(5).options().get(1));
    Files.writeString(csv, row + "\r\n", StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
    ImportResult r = importer.importSurvey(csv, "kit", ProgressListener.NONE);
    assertThat(r.errors()).isEmpty();
    var total = new SurveyRepository(db).summary(r.surveyId().orElseThrow()).total();
    assertThat(total.willingShare()).isEqualTo(1.0);
    assertThat(total.activeShare()).isEqualTo(1.0);
    assertThat(total.averagePostsPerMonth()).isEqualTo(4.0);
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "sv"})
  void theXlsxTemplateHasTheQuestionsAsHeaders(String lang) throws Exception {
    SurveyKit kit = new SurveyKit(I18n.forLanguage(lang));
    Path xlsx = dir.resolve("template.xlsx");
    kit.writeXlsx(xlsx);
    ImportPreview p = importer.preview(xlsx);
    assertThat(p.problems()).isEmpty();
    assertThat(p.headers()).containsExactlyElementsOf(kit.questions().stream().map(SurveyKit.Question::text).toList());
    assertThat(p.suggestedMapping()).hasSize(6);
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "sv"})
  void theFormsTextAndThePrintablePageHoldEveryQuestion(String lang) throws Exception {
    SurveyKit kit = new SurveyKit(I18n.forLanguage(lang));
    String text = kit.formsText();
    kit.questions().forEach(q -> assertThat(text).contains(q.text()));
    Path pdf = dir.resolve("questionnaire.pdf");
    new ReportWriter().write(kit.document(), pdf);
    assertThat(Files.size(pdf)).isPositive();
  }
}
