package se.socialorg.advisor.ui.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.socialorg.advisor.engine.DecisionEngine;
import se.socialorg.advisor.i18n.I18n;
import se.socialorg.advisor.model.Alternative;
import se.socialorg.advisor.model.Decision;
import se.socialorg.advisor.model.Kpi;
import se.socialorg.advisor.model.Readiness;
import se.socialorg.advisor.model.Scenario;
import se.socialorg.advisor.model.SurveySummary;
import se.socialorg.advisor.store.survey.SurveyInfo;
import se.socialorg.advisor.store.followup.FollowUpFiles;
import se.socialorg.advisor.ui.AppExecutor;
import se.socialorg.advisor.ui.scenario.ScenarioSession;

class FollowUpViewModelTest {

  @TempDir Path dir;

  private final ScenarioSession session = new ScenarioSession();
  private final FollowUpFiles files = new FollowUpFiles();
  private FollowUpViewModel model;

  /** One repeat survey in the library: 400 respondents, 45 % willing, 20 % active. */
  private final FollowUpViewModel.Surveys surveys = new FollowUpViewModel.Surveys() {
    @Override
    public java.util.List<SurveyInfo> list() {
      return java.util.List.of(new SurveyInfo(7, "Staff 2027", "staff.csv", "2027-03-01T00:00:00Z", 400));
    }

    @Override
    public SurveySummary summary(long id) {
      return new SurveySummary(id, "Staff 2027",
          new SurveySummary.Group("", 400, 0.45, 0.20, 0.3, 300, 250, 4, 400, 400), java.util.List.of());
    }
  };
  private Path scenarioFile;

  @BeforeEach
  void setUp() {
    scenarioFile = dir.resolve("Acme.soa.json");
    session.replace(Scenario.blank().withDecision(new Decision(Alternative.HUB_AND_SPOKE, "")), scenarioFile, false);
    model =
        new FollowUpViewModel(
            session, files, new DecisionEngine(), AppExecutor.sameThread(), () -> I18n.forLanguage("en"),
            Clock.fixed(Instant.parse("2027-04-02T09:00:00Z"), ZoneOffset.UTC), surveys);
  }

  private Path export(String name, LocalDate from, int days, int impressionsPerDay) throws Exception {
    StringBuilder sb = new StringBuilder("Aggregated metrics for Company Page updates\nDate,Impressions (organic),Clicks (organic)\n");
    for (int i = 0; i < days; i++) {
      sb.append(from.plusDays(i)).append(',').append(impressionsPerDay).append(",2\n");
    }
    Path f = dir.resolve(name);
    Files.writeString(f, sb.toString());
    return f;
  }

  @Test
  void aScenarioWithoutAFileAsksToBeSavedFirst() {
    session.replace(Scenario.blank(), null, true);
    assertThat(model.recordDecision(LocalDate.of(2027, 1, 10), "Karin", "")).isFalse();
    assertThat(model.needsFileProperty().get()).isTrue();
    assertThat(model.problemProperty().get()).contains("Save the scenario first");
  }

  @Test
  void theDecisionRecordIsWrittenBesideTheScenario() throws Exception {
    assertThat(model.recordDecision(LocalDate.of(2027, 1, 10), " Karin Lund ", "2027-03-01, 2027-09-01")).isTrue();
    var saved = files.readBeside(scenarioFile);
    assertThat(saved.owner()).isEqualTo("Karin Lund");
    assertThat(saved.reviewDates()).containsExactly(LocalDate.of(2027, 3, 1), LocalDate.of(2027, 9, 1));
    assertThat(model.reviewDue()).isEqualTo(LocalDate.of(2027, 3, 1));
  }

  @Test
  void aReviewBeforeTheDecisionIsRefused() {
    assertThat(model.recordDecision(LocalDate.of(2027, 1, 10), "Karin", "2026-12-01")).isFalse();
    assertThat(model.problemProperty().get()).contains("2026-12-01", "before the decision");
  }

  @Test
  void targetsArePrefilledForEveryKpi() {
    model.prefillTargets();
    assertThat(model.followUp().targets()).extracting(t -> t.kpi()).containsExactly(Kpi.values());
  }

  @Test
  void anImportGoesThroughItsPreviewAndShowsActualBesideProjected() throws Exception {
    model.actuals().previewImport(export("jan.csv", LocalDate.of(2027, 1, 1), 31, 100));
    assertThat(model.actuals().previewProperty().get().rows()).isEqualTo(31);
    assertThat(model.followUp().imports()).isEmpty();
    model.actuals().confirmImport(false);
    assertThat(model.followUp().imports()).hasSize(1);
    assertThat(model.resultProperty().get().months()).isEqualTo(1);
    assertThat(model.resultProperty().get().actual().impressions()).isEqualTo(3100);
    assertThat(model.actuals().previewProperty().get()).isNull();
  }

  @Test
  void anOverlappingImportIsHeldUntilTheManagerReplaces() throws Exception {
    model.actuals().previewImport(export("jan.csv", LocalDate.of(2027, 1, 1), 31, 100));
    model.actuals().confirmImport(false);
    model.actuals().previewImport(export("jan-again.csv", LocalDate.of(2027, 1, 15), 31, 200));
    model.actuals().confirmImport(false);
    assertThat(model.actuals().overlapPendingProperty().get()).isTrue();
    assertThat(model.followUp().imports()).extracting(i -> i.fileName()).containsExactly("jan.csv");
    model.actuals().confirmImport(true);
    assertThat(model.followUp().imports()).extracting(i -> i.fileName()).containsExactly("jan-again.csv");
  }

  @Test
  void aBadFileImportsNothingAndListsItsProblems() throws Exception {
    Path bad = dir.resolve("bad.csv");
    Files.writeString(bad, "Date,Impressions (organic),Clicks (organic)\n2027-01-01,lots,2\n");
    model.actuals().previewImport(bad);
    model.actuals().confirmImport(false);
    assertThat(model.followUp().imports()).isEmpty();
    assertThat(model.actuals().importErrors()).hasSize(1);
    assertThat(model.actuals().importErrors().get(0)).contains("lots");
  }

  @Test
  void adoptingTheObservedValuesChangesTheScenario() throws Exception {
    model.actuals().previewImport(export("jan.csv", LocalDate.of(2027, 1, 1), 31, 5));
    model.actuals().confirmImport(false);
    double before = session.scenario().inputs().projection().organicVisibility();
    assertThat(model.adoptObserved()).isTrue();
    assertThat(session.scenario().inputs().projection().organicVisibility()).isLessThan(before);
    assertThat(session.isDirty()).isTrue();
  }

  @Test
  void aRepeatSurveyShowsTheChangeInWillingAndActiveShares() {
    session.edit(s -> s.withInputs(s.inputs().withReadiness(new Readiness(0.12, 0.30, 400, 1, "Staff 2026", 300))));
    model.repeatSurvey().loadSurveys();
    model.repeatSurvey().compareSurvey(model.repeatSurvey().surveys().get(0));
    var c = model.repeatSurvey().surveyComparisonProperty().get();
    assertThat(c.before()).isEqualTo("Staff 2026");
    assertThat(c.willing().change()).isCloseTo(0.15, org.assertj.core.api.Assertions.within(1e-9));
    assertThat(c.willing().clear()).isTrue();
    assertThat(c.active().change()).isCloseTo(0.08, org.assertj.core.api.Assertions.within(1e-9));
    assertThat(c.willing().beforeLow()).isLessThan(0.30);
  }

  @Test
  void aPlatformColumnTheHeadersDoNotNameIsMappedInThePreview() throws Exception {
    Path f = dir.resolve("platform.csv");
    Files.writeString(f, "Date,Advocate,Shares,Clicks,Seen by\n2027-01-05,Anna,2,4,900\n");
    model.actuals().previewImport(f);
    assertThat(model.actuals().previewProperty().get().missing()).isNotEmpty();
    model.actuals().mapColumn(se.socialorg.advisor.store.followup.PlatformField.IMPRESSIONS, 4);
    assertThat(model.actuals().previewProperty().get().missing()).isEmpty();
    model.actuals().confirmImport(false);
    assertThat(model.followUp().imports()).singleElement()
        .satisfies(i -> assertThat(i.months().get(0).organicImpressions()).isEqualTo(900));
  }
}
