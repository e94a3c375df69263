package se.socialorg.advisor.store.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.socialorg.advisor.model.Readiness;
import se.socialorg.advisor.model.Scenario;
import se.socialorg.advisor.store.db.Database;
import se.socialorg.advisor.store.scenario.AutosaveStore;
import se.socialorg.advisor.store.scenario.ScenarioFiles;

/** A scenario links its survey by the survey's own id: renames keep the link, old files resolve by name. */
class SurveyLinkTest {

  @TempDir Path dir;
  Database db;
  SurveyImporter importer;
  SurveyRepository surveys;
  final ScenarioFiles files = new ScenarioFiles();

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

  private long importSurvey(String name) throws Exception {
    Path csv = new SurveyCsv().write(dir.resolve(name + ".csv"));
    return importer.importSurvey(csv, name, ProgressListener.NONE).surveyId().orElseThrow();
  }

  private Path scenarioUsing(long surveyId, String fileName) throws Exception {
    Scenario s = Scenario.blank();
    Path file = dir.resolve(fileName);
    files.write(s.withInputs(s.inputs().withReadiness(surveys.toReadiness(surveyId))), file);
    return file;
  }

  @Test
  void everySurveyGetsItsOwnIdAndTheScenarioStoresIt() throws Exception {
    long a = importSurvey("Vår 2026");
    long b = importSurvey("Höst 2026");
    String uidA = surveys.find(a).orElseThrow().uid();
    assertThat(uidA).matches("[0-9a-f]{32}");
    assertThat(surveys.find(b).orElseThrow().uid()).matches("[0-9a-f]{32}").isNotEqualTo(uidA);
    Path file = scenarioUsing(a, "case.soa.json");
    assertThat(Files.readString(file)).contains("\"surveyId\" : \"" + uidA + "\"");
    assertThat(files.read(file).inputs().readiness().surveyId()).isEqualTo(uidA);
  }

  @Test
  void renamingTheSurveyKeepsTheLink() throws Exception {
    long id = importSurvey("HR");
    Path file = scenarioUsing(id, "case.soa.json");
    assertThat(surveys.rename(id, "Medarbetarenkät 2026")).isTrue();
    Readiness r = files.read(file).inputs().readiness();
    assertThat(r.surveyName()).isEqualTo("HR");
    assertThat(surveys.linkedTo(r)).map(SurveyInfo::id).contains(id);
    SurveyInfo renamed = surveys.find(id).orElseThrow();
    assertThat(renamed.name()).isEqualTo("Medarbetarenkät 2026");
    assertThat(new SurveyUsage(files).find(renamed, List.of(file), List.of(), List.of()).files())
        .containsExactly(file);
  }

  @Test
  void aFileWrittenBeforeSurveyIdsStillResolvesByName() throws Exception {
    long id = importSurvey("HR 2026");
    Path file = scenarioUsing(id, "old.soa.json");
    String json = Files.readString(file);
    String old = json.replaceAll(",\\s*\"surveyId\" : \"[0-9a-f]{32}\"", "");
    assertThat(old).doesNotContain("surveyId");
    Files.writeString(file, old);
    Readiness r = files.read(file).inputs().readiness();
    assertThat(r.surveyId()).isEmpty();
    assertThat(r.surveyName()).isEqualTo("HR 2026");
    assertThat(surveys.linkedTo(r)).map(SurveyInfo::id).contains(id);
    assertThat(new SurveyUsage(files).find(surveys.find(id).orElseThrow(), List.of(file),
        List.of(), List.of()).files()).containsExactly(file);
  }

  @Test
  void aLinkByIdDoesNotFollowAnotherSurveyOfTheSameName() throws Exception {
    long first = importSurvey("HR");
    Path file = scenarioUsing(first, "case.soa.json");
    assertThat(surveys.delete(first)).isTrue();
    long second = importSurvey("HR");
    Readiness r = files.read(file).inputs().readiness();
    assertThat(surveys.linkedTo(r)).isEmpty();
    assertThat(new SurveyUsage(files).find(surveys.find(second).orElseThrow(), List.of(file),
        List.of(), List.of()).unused()).isTrue();
  }

  @Test
  void theSearchCoversRecentFilesKnownFoldersAndTheAutosaveAndSaysWhere() throws Exception {
    long id = importSurvey("HR");
    Path cases = Files.createDirectories(dir.resolve("cases"));
    Path other = Files.createDirectories(dir.resolve("other"));
    Path recent = scenarioUsing(id, "recent.soa.json");
    Path inFolder = Files.move(scenarioUsing(id, "x.soa.json"), cases.resolve("board.soa.json"));
    Files.move(scenarioUsing(id, "y.soa.json"), dir.resolve("deep.soa.json"));
    Path notUsing = cases.resolve("estimates.soa.json");
    files.write(Scenario.blank(), notUsing);
    Files.writeString(cases.resolve("broken.soa.json"), "{ not json");
    AutosaveStore autosave = new AutosaveStore(dir.resolve("autosave"));
    Scenario s = Scenario.blank();
    autosave.save(s.withInputs(s.inputs().withReadiness(surveys.toReadiness(id))), null);

    List<Path> folders = SurveyUsage.knownFolders(cases, List.of(recent));
    assertThat(folders).containsExactly(cases.toAbsolutePath(), dir.toAbsolutePath());
    SurveyUsage.Result r = new SurveyUsage(files).find(surveys.find(id).orElseThrow(),
        List.of(recent), List.of(cases, other.resolve("gone")), autosave.peek());

    assertThat(r.files()).containsExactly(recent.toAbsolutePath(), inFolder.toAbsolutePath());
    assertThat(r.autosaved()).isTrue();
    assertThat(r.folders()).containsExactly(cases.toAbsolutePath());
    assertThat(r.filesRead()).isEqualTo(4);
    assertThat(r.autosavesRead()).isEqualTo(1);
    assertThat(Files.exists(autosave.file())).as("the search leaves the autosave in place").isTrue();
  }
}
