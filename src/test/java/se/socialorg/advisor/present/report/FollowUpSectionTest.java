package se.socialorg.advisor.present.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.socialorg.advisor.engine.DecisionEngine;
import se.socialorg.advisor.i18n.I18n;
import se.socialorg.advisor.model.ActualsImport;
import se.socialorg.advisor.model.ActualsMonth;
import se.socialorg.advisor.model.ActualsSource;
import se.socialorg.advisor.model.Alternative;
import se.socialorg.advisor.model.Decision;
import se.socialorg.advisor.model.FollowUp;
import se.socialorg.advisor.model.Scenario;
import se.socialorg.advisor.store.report.ReportDocument.Paragraph;
import se.socialorg.advisor.store.report.ReportDocument.Section;
import se.socialorg.advisor.store.report.ReportDocument.Table;

class FollowUpSectionTest {

  private static final Scenario SCENARIO =
      Scenario.blank().withDecision(new Decision(Alternative.HUB_AND_SPOKE, ""));

  private static final FollowUp FOLLOW_UP =
      FollowUp.empty()
          .withRecord(LocalDate.of(2027, 1, 10), "Karin Lund", List.of(LocalDate.of(2027, 6, 1)))
          .withImport(
              new ActualsImport(ActualsSource.LINKEDIN_PAGE, "metrics.xlsx", Instant.parse("2027-04-02T08:00:00Z"),
                  LocalDate.of(2027, 1, 1), LocalDate.of(2027, 3, 31),
                  List.of(
                      new ActualsMonth(YearMonth.of(2027, 1), 31, 1000, 0, 10, 0, 5, Double.NaN, Double.NaN, Double.NaN),
                      new ActualsMonth(YearMonth.of(2027, 3), 31, 1000, 0, 10, 0, 5, Double.NaN, Double.NaN, Double.NaN)),
                  false),
              false);

  @Test
  void noFollowUpNoSection() {
    assertThat(FollowUpSection.of(SCENARIO, FollowUp.empty(), I18n.forLanguage("en"), new DecisionEngine())).isEmpty();
  }

  @Test
  void theSectionHasTheRecordTheMonthsWithTheGapAndTheSource() {
    Section s = FollowUpSection.of(SCENARIO, FOLLOW_UP, I18n.forLanguage("en"), new DecisionEngine()).orElseThrow();
    assertThat(s.heading()).isEqualTo("Follow-up");
    assertThat(((Paragraph) s.blocks().get(0)).text()).contains("Hub-and-spoke", "2027-01-10", "Karin Lund", "2027-06-01");
    Table table = s.blocks().stream().filter(Table.class::isInstance).map(Table.class::cast).findFirst().orElseThrow();
    assertThat(table.rows()).extracting(r -> r.get(0)).containsExactly("2027-01", "2027-02", "2027-03", "Total");
    assertThat(table.rows().get(1).get(1)).isEqualTo("no data");
    assertThat(table.rows().get(3).get(1)).isEqualTo("2,000");
    assertThat(s.blocks()).anySatisfy(b -> assertThat(b.toString()).contains("metrics.xlsx"));
  }

  @Test
  void theSectionIsWrittenInTheReportsLanguage() {
    Section s = FollowUpSection.of(SCENARIO, FOLLOW_UP, I18n.forLanguage("sv"), new DecisionEngine()).orElseThrow();
    assertThat(s.heading()).isEqualTo("Uppföljning");
    assertThat(s.blocks()).anySatisfy(b -> assertThat(b.toString()).contains("uppgift saknas"));
  }
}
