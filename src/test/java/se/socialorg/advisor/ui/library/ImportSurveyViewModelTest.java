package se.socialorg.advisor.ui.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.socialorg.advisor.i18n.I18n;
import se.socialorg.advisor.model.SurveySummary;
import se.socialorg.advisor.store.db.Database;
import se.socialorg.advisor.store.survey.AnswerMapping;
import se.socialorg.advisor.store.survey.ImportPreview;
import se.socialorg.advisor.store.survey.ImportResult;
import se.socialorg.advisor.store.survey.ProgressListener;
import se.socialorg.advisor.store.survey.SurveyField;
import se.socialorg.advisor.store.survey.SurveyImporter;
import se.socialorg.advisor.store.survey.SurveyInfo;
import se.socialorg.advisor.store.survey.SurveyRepository;
import se.socialorg.advisor.ui.AppExecutor;
import se.socialorg.advisor.ui.RecordingDialogs;

/** The survey import's view model, without a toolkit, on a real library file. */
class ImportSurveyViewModelTest {

  private static final String SWEDISH_HEADER =
      "Avdelning;Roll;Teknisk expert;Aktiv i sociala medier;Villighet att dela;"
          + "Nätverksstorlek;Inlägg per månad\r\n";
  private static final String SWEDISH_ROWS = SWEDISH_HEADER
      + "Försäljning;Säljare;nej;ja;4;350,5;3\r\n"
      + "Forskning & utveckling;Ingenjör;ja;nej;5;1200;0\r\n"
      + "Försäljning;Säljchef;nej;ja;2;800;6\r\n";

  @TempDir Path dir;
  private Database db;
  private SurveyRepository surveys;
  private final RecordingDialogs dialogs = new RecordingDialogs();
  private ImportSurveys store;

  @BeforeEach
  void open() {
    db = Database.open(dir.resolve("library.db"));
    surveys = new SurveyRepository(db);
    store = ImportSurveys.of(() -> new SurveyImporter(db));
  }

  @AfterEach
  void close() {
    db.close();
  }

  private ImportSurveyViewModel model(String lang, ImportSurveys s) {
    return new ImportSurveyViewModel(I18n.forLanguage(lang), dialogs, AppExecutor.sameThread(), s,
        Runnable::run);
  }

  private ImportSurveyViewModel opened(String fileName, String content, Charset charset)
      throws Exception {
    Path file = dir.resolve(fileName);
    Files.write(file, content.getBytes(charset));
    ImportSurveyViewModel vm = model("en", store);
    vm.open(file);
    return vm;
  }

  @Test
  void previewShowsFormatHeadersFirstRowsAndTheSuggestedMatch() throws Exception {
    ImportSurveyViewModel vm =
        opened("personal.csv", SWEDISH_ROWS, Charset.forName("windows-1252"));
    assertThat(vm.formatProperty().get()).contains("Semicolon").contains("windows-1252");
    assertThat(vm.headersProperty().get().get(5)).isEqualTo("Nätverksstorlek");
    assertThat(vm.rowsProperty().get()).hasSize(3);
    assertThat(vm.rowsProperty().get().get(0).get(0)).isEqualTo("Försäljning");
    assertThat(vm.mappingProperty(SurveyField.NETWORK_SIZE).get()).isEqualTo("Nätverksstorlek");
    assertThat(vm.nameProperty().get()).isEqualTo("personal");
    assertThat(vm.statusProperty().get()).isEqualTo("Check the columns, then click Import.");
    assertThat(vm.canImportProperty().get()).isTrue();
  }

  @Test
  void mappingChoicesAreNothingThenEveryHeader() throws Exception {
    ImportSurveyViewModel vm =
        opened("personal.csv", SWEDISH_ROWS, Charset.forName("windows-1252"));
    assertThat(vm.mappingChoices()).hasSize(8).startsWith("", "Avdelning");
  }

  @Test
  void chooseFileAsksThroughDialogsThenReadsThePreview() throws Exception {
    Path file = Files.writeString(dir.resolve("s.csv"), "Active,Willingness,Network size\n"
        + "yes,4,300\n");
    dialogs.openAnswers.add(file);
    ImportSurveyViewModel vm = model("en", store);
    assertThat(vm.chooseFile()).isTrue();
    assertThat(vm.fileProperty().get()).isEqualTo(file);
    assertThat(vm.rowsProperty().get()).hasSize(1);
  }

  @Test
  void noFileChosenLeavesNothingToImport() {
    ImportSurveyViewModel vm = model("en", store);
    assertThat(vm.chooseFile()).isFalse();
    assertThat(vm.canImportProperty().get()).isFalse();
  }

  @Test
  void aFieldLeftOutIsNotImportedAndTheSurveyIsStoredUnderItsName() throws Exception {
    ImportSurveyViewModel vm =
        opened("personal.csv", SWEDISH_ROWS, Charset.forName("windows-1252"));
    vm.mapField(SurveyField.ROLE, "");
    vm.setName("Personalenkät 2026");
    vm.importSurvey();
    assertThat(surveys.list()).singleElement().satisfies(s -> {
      assertThat(s.name()).isEqualTo("Personalenkät 2026");
      assertThat(s.respondents()).isEqualTo(3);
    });
    assertThat(vm.importedProperty().get()).isEqualTo(surveys.list().get(0).id());
    assertThat(vm.mappingProperty(SurveyField.ROLE).get()).isEmpty();
  }

  @Test
  void aFieldCannotBeMatchedToAColumnTheFileDoesNotHave() throws Exception {
    ImportSurveyViewModel vm =
        opened("personal.csv", SWEDISH_ROWS, Charset.forName("windows-1252"));
    assertThatThrownBy(() -> vm.mapField(SurveyField.ROLE, "Titel"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aBadValueStoresNothingAndSaysRowAndColumnUntilBadRowsAreSkipped() throws Exception {
    ImportSurveyViewModel vm = opened("bad.csv", "Department,Active,Willingness,Network size\n"
        + "Sales,yes,4,300\n"
        + "Sales,lots,11,300\n"
        + "IT,no,3,120\n", StandardCharsets.UTF_8);
    vm.importSurvey();
    assertThat(vm.errorsProperty().get())
        .anySatisfy(e -> assertThat(e).startsWith("row 3, column ’Active’: "))
        .anySatisfy(e -> assertThat(e).startsWith("row 3, column ’Willingness’: "));
    assertThat(vm.importedProperty().get()).isNull();
    assertThat(surveys.list()).isEmpty();
    assertThat(vm.skipOfferedProperty().get()).isTrue();

    vm.importSkippingBadRows();
    assertThat(surveys.list()).singleElement().extracting(SurveyInfo::respondents).isEqualTo(2);
    assertThat(vm.importedProperty().get()).isNotNull();
  }

  @Test
  void unknownAnswerWordsAreListedThenImportedAsTheManagerSaysTheyMean() throws Exception {
    ImportSurveyViewModel vm = opened("words.csv",
        "Aktiv i sociala medier;Vilja att dela;Antal kontakter\n"
            + "Ibland;Ja;10\nIbland;Absolut;20\nJa;Absolut;30\nNej;Nej;40\n",
        StandardCharsets.UTF_8);
    vm.importSurvey();
    assertThat(surveys.list()).isEmpty();
    assertThat(vm.answerWords().wordsProperty().get()).containsExactlyInAnyOrder(
        new AnswerWordsViewModel.Word(SurveyField.ACTIVE, "Ibland", 2),
        new AnswerWordsViewModel.Word(SurveyField.WILLINGNESS, "Absolut", 2));
    for (AnswerWordsViewModel.Word w : vm.answerWords().wordsProperty().get()) {
      vm.mapAnswerWord(w, w.field() == SurveyField.ACTIVE ? "monthly" : "strongly agree");
    }
    assertThat(vm.answerWords().completeProperty().get()).isTrue();

    vm.importSurvey();
    SurveySummary.Group total = surveys.summary(vm.importedProperty().get()).total();
    assertThat(total.activeShare()).isEqualTo(0.75);
    assertThat(total.willingShare()).isEqualTo(0.75);
  }

  @Test
  void aBinaryFileCannotBeImported() throws Exception {
    Path file = dir.resolve("photo.csv");
    Files.write(file, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 1, 2, 3, 0});
    ImportSurveyViewModel vm = model("en", store);
    vm.open(file);
    assertThat(vm.errorsProperty().get()).singleElement().asString().startsWith("row 1: ");
    assertThat(vm.canImportProperty().get()).isFalse();
    vm.importSurvey();
    assertThat(surveys.list()).isEmpty();
  }

  @Test
  void cancelWhileTheImportRunsStoresNothing() throws Exception {
    StringBuilder sb = new StringBuilder("Department,Active,Willingness,Network size\n");
    for (int i = 0; i < 5_000; i++) {
      sb.append("Dept ").append(i % 7).append(",yes,").append(1 + i % 5).append(',')
          .append(i).append('\n');
    }
    ImportSurveyViewModel vm = opened("big.csv", sb.toString(), StandardCharsets.UTF_8);
    int[] reports = new int[1];
    boolean[] cancelled = new boolean[1];
    vm.progressProperty().addListener((o, a, b) -> {
      if (reports[0]++ == 0) {
        cancelled[0] = vm.cancelImport(); // the user clicks Cancel while the import runs
      }
    });
    vm.importSurvey();
    assertThat(reports[0]).isPositive();
    assertThat(cancelled[0]).isTrue();
    assertThat(vm.statusProperty().get()).contains("cancelled").contains("Nothing");
    assertThat(surveys.list()).isEmpty();
    assertThat(vm.busyProperty().get()).isFalse();
    assertThat(vm.canImportProperty().get()).isTrue();
  }

  @Test
  void cancelWithNothingRunningLetsTheWindowClose() throws Exception {
    ImportSurveyViewModel vm =
        opened("personal.csv", SWEDISH_ROWS, Charset.forName("windows-1252"));
    assertThat(vm.cancelImport()).isFalse();
  }

  @Test
  void aFailingStoreIsReportedAndNothingIsLeftRunning() throws Exception {
    Path file = Files.writeString(dir.resolve("s.csv"), "Active,Willingness\nyes,4\n");
    ImportSurveyViewModel vm = model("sv", new ImportSurveys() {
      @Override
      public ImportPreview preview(Path f) {
        return store.preview(f);
      }

      @Override
      public ImportResult importSurvey(Path f, String name, Map<SurveyField, String> mapping,
          AnswerMapping answers, boolean skipBadRows, ProgressListener progress) {
        throw new IllegalStateException("disk full");
      }
    });
    vm.open(file);
    vm.importSurvey();
    assertThat(vm.statusProperty().get())
        .isEqualTo(I18n.forLanguage("sv").t("libui.import.failed"));
    assertThat(vm.busyProperty().get()).isFalse();
    assertThat(vm.importedProperty().get()).isNull();
  }
}
