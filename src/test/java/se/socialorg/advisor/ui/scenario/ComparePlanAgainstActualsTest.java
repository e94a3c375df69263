package se.socialorg.advisor.ui.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.socialorg.advisor.engine.DecisionEngine;
import se.socialorg.advisor.i18n.I18n;
import se.socialorg.advisor.model.ActualsImport;
import se.socialorg.advisor.model.ActualsMonth;
import se.socialorg.advisor.model.ActualsSource;
import se.socialorg.advisor.model.FollowUp;
import se.socialorg.advisor.model.Kpi;
import se.socialorg.advisor.model.KpiTarget;
import se.socialorg.advisor.model.Scenario;
import se.socialorg.advisor.store.followup.FollowUpFiles;
import se.socialorg.advisor.ui.AppExecutor;
import se.socialorg.advisor.ui.RecordingDialogs;

/** Compare shows a scenario's plan against its actual results, read from beside its file. */
class ComparePlanAgainstActualsTest {

  @TempDir Path dir;

  private CompareViewModel model() {
    return new CompareViewModel(f -> Scenario.blank(), new DecisionEngine(), AppExecutor.sameThread(),
        new RecordingDialogs(), () -> I18n.forLanguage("en"));
  }

  @Test
  void aScenarioWithAFollowUpCarriesItsPlanAndActuals() throws Exception {
    Path file = dir.resolve("a.soa.json");
    FollowUp f = FollowUp.empty()
        .withTargets(List.of(new KpiTarget(Kpi.IMPRESSIONS, 2_000)))
        .withImport(new ActualsImport(ActualsSource.LINKEDIN_PAGE, "m.csv", Instant.EPOCH,
            LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 31),
            List.of(new ActualsMonth(YearMonth.of(2027, 1), 31, 1500, 0, 15, 0, 3, Double.NaN, Double.NaN, Double.NaN)),
            false), false);
    new FollowUpFiles().writeBeside(f, file, Instant.EPOCH);
    CompareViewModel m = model();
    m.addFile(file);
    CompareViewModel.Compared c = m.compared().get(0);
    assertThat(c.followUp().months()).isEqualTo(1);
    assertThat(c.followUp().actualPerMonth().get(Kpi.IMPRESSIONS)).isEqualTo(1500);
    assertThat(c.plan().target(Kpi.IMPRESSIONS)).isPresent();
  }

  @Test
  void aScenarioWithoutOneHasNoActuals() {
    CompareViewModel m = model();
    m.addFile(dir.resolve("b.soa.json"));
    assertThat(m.compared().get(0).followUp()).isNull();
  }
}
