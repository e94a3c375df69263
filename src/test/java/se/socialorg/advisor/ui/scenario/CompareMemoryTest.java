package se.socialorg.advisor.ui.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.socialorg.advisor.engine.DecisionEngine;
import se.socialorg.advisor.i18n.I18n;
import se.socialorg.advisor.model.Scenario;
import se.socialorg.advisor.store.scenario.Sample;
import se.socialorg.advisor.store.scenario.Samples;
import se.socialorg.advisor.store.scenario.ScenarioFiles;
import se.socialorg.advisor.ui.AppExecutor;
import se.socialorg.advisor.ui.AppPreferences;
import se.socialorg.advisor.ui.RecordingDialogs;
import se.socialorg.advisor.ui.TestServices;

/** Compare remembers its files between runs and exports, without a toolkit. */
class CompareMemoryTest {

  @TempDir Path dir;

  private final ScenarioFiles files = new ScenarioFiles();
  private final RecordingDialogs dialogs = new RecordingDialogs();
  private final I18n en = I18n.forLanguage("en");
  private java.util.prefs.Preferences node;
  private AppPreferences prefs;

  @BeforeEach
  void prefs() {
    node = TestServices.freshNode();
    prefs = new AppPreferences(node);
  }

  @AfterEach
  void dispose() {
    TestServices.dispose(node);
  }

  /** The app's language, as the window's language switch changes it. */
  private I18n language = en;

  /** A new run of the app: a new view model over the same preferences. */
  private CompareViewModel run() {
    CompareViewModel m = new CompareViewModel(files::read, new DecisionEngine(),
        AppExecutor.sameThread(), dialogs, () -> language, new CompareViewModel.Memory() {
          @Override
          public List<Path> load() {
            return prefs.compareFiles();
          }

          @Override
          public void store(List<Path> list) {
            prefs.storeCompareFiles(list);
          }
        });
    m.restore();
    return m;
  }

  private Path sampleFile(String id) throws Exception {
    Samples samples = new Samples(files);
    Sample s = samples.list().stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
    Path file = dir.resolve(id + ScenarioFiles.EXTENSION);
    files.write(samples.open(s), file);
    return file;
  }

  private static List<String> titles(CompareViewModel m) {
    return m.compared().stream().map(CompareViewModel.Compared::title).toList();
  }

  @Test
  void theComparedFilesAreRememberedInOrder() throws Exception {
    CompareViewModel m = run();
    Path bank = sampleFile("regional-bank");
    Path nordvik = sampleFile("swedish-b2b-tech");
    m.addFile(nordvik);
    m.addFile(bank);
    assertThat(prefs.compareFiles()).containsExactly(nordvik.toAbsolutePath(),
        bank.toAbsolutePath());
  }

  @Test
  void theNextRunBringsTheSetBack() throws Exception {
    CompareViewModel first = run();
    first.addFile(sampleFile("regional-bank"));
    first.addFile(sampleFile("multinational"));

    CompareViewModel next = run();

    assertThat(titles(next)).containsExactly("regional-bank.soa.json", "multinational.soa.json");
    assertThat(next.statusProperty().get()).isEmpty();
  }

  @Test
  void aFileNoLongerThereIsLeftOutAndNamedInTheStatus() throws Exception {
    CompareViewModel first = run();
    Path bank = sampleFile("regional-bank");
    Path gone = sampleFile("multinational");
    first.addFile(gone);
    first.addFile(bank);
    Files.delete(gone);

    CompareViewModel next = run();

    assertThat(titles(next)).containsExactly("regional-bank.soa.json");
    assertThat(next.statusProperty().get())
        .isEqualTo(en.t("compare.status.missing", "multinational.soa.json"));
    assertThat(dialogs.shown).isEmpty();
    assertThat(prefs.compareFiles()).containsExactly(bank.toAbsolutePath());
  }

  @Test
  void theStatusLineIsSaidAgainInTheNewLanguageAfterASwitch() throws Exception {
    CompareViewModel first = run();
    Path gone = sampleFile("multinational");
    first.addFile(gone);
    first.addFile(sampleFile("regional-bank"));
    Files.delete(gone);
    CompareViewModel next = run();

    language = I18n.forLanguage("sv");
    next.languageChanged();

    assertThat(next.statusProperty().get())
        .isEqualTo(language.t("compare.status.missing", "multinational.soa.json"))
        .isNotEqualTo(en.t("compare.status.missing", "multinational.soa.json"));
  }

  @Test
  void anUnreadableFileIsLeftOutWithoutADialog() throws Exception {
    CompareViewModel first = run();
    Path broken = sampleFile("regional-bank");
    first.addFile(broken);
    Files.writeString(broken, "{ not a scenario");

    CompareViewModel next = run();

    assertThat(next.compared()).isEmpty();
    assertThat(next.statusProperty().get())
        .isEqualTo(en.t("compare.status.unreadable", "regional-bank.soa.json"));
    assertThat(dialogs.shown).isEmpty();
  }

  @Test
  void clearingForgetsTheSet() throws Exception {
    CompareViewModel first = run();
    first.addFile(sampleFile("regional-bank"));
    first.clear();
    assertThat(run().compared()).isEmpty();
    assertThat(prefs.compareFiles()).isEmpty();
  }

  @Test
  void anUnsavedScenarioIsComparedButNotRemembered() {
    CompareViewModel m = run();
    m.addCurrent("Draft", Scenario.blank());
    assertThat(m.compared()).hasSize(1);
    assertThat(prefs.compareFiles()).isEmpty();
  }

  @Test
  void exportNeedsTwoScenarios() throws Exception {
    CompareViewModel m = run();
    m.addFile(sampleFile("regional-bank"));
    assertThat(m.exportableProperty().get()).isFalse();
    m.addFile(sampleFile("multinational"));
    assertThat(m.exportableProperty().get()).isTrue();
  }

  @ParameterizedTest
  @CsvSource(delimiterString = "|", value = {
      "regional-bank|multinational|Section,Item,regional-bank,multinational",
      "swedish-b2b-tech|swedish-b2b-tech|Avsnitt;Post;swedish-b2b-tech;swedish-b2b-tech (2)"})
  void csvIsWrittenInTheScenariosLanguage(String a, String b, String header) throws Exception {
    CompareViewModel m = run();
    m.addFile(sampleFile(a));
    m.addFile(sampleFile(b));
    Path csv = dir.resolve("compare.csv");
    dialogs.saveAnswers.add(dir.resolve("compare"));
    m.exportCsv();
    assertThat(Files.readString(csv, StandardCharsets.UTF_8)).startsWith("\uFEFF" + header);
    assertThat(m.statusProperty().get()).isEqualTo(en.t("compare.export.saved", csv));
  }

  @Test
  void scenariosInTwoLanguagesAreExportedInTheAppsLanguage() throws Exception {
    CompareViewModel m = run();
    m.addFile(sampleFile("regional-bank"));
    m.addFile(sampleFile("swedish-b2b-tech"));
    Path csv = dir.resolve("mixed.csv");
    m.exportCsv(csv);
    assertThat(Files.readString(csv, StandardCharsets.UTF_8)).startsWith("\uFEFFSection,Item,");
  }

  @Test
  void pdfIsWrittenToTheChosenFile() throws Exception {
    CompareViewModel m = run();
    m.addFile(sampleFile("regional-bank"));
    m.addFile(sampleFile("multinational"));
    dialogs.saveAnswers.add(dir.resolve("board"));
    m.exportPdf();
    assertThat(Files.readAllBytes(dir.resolve("board.pdf"))).startsWith("%PDF".getBytes());
  }

  @Test
  void anExportToAMissingFolderIsToldInTheManagersWords() throws Exception {
    CompareViewModel m = run();
    m.addFile(sampleFile("regional-bank"));
    m.addFile(sampleFile("multinational"));
    Path pdf = dir.resolve("missing").resolve("board.pdf");
    m.exportPdf(pdf);
    assertThat(dialogs.last("error")).hasValueSatisfying(d -> assertThat(d.message())
        .isEqualTo(en.t("report.error.folderMissing", pdf.toAbsolutePath().toString())));
  }
}
