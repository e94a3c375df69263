package se.socialorg.advisor.present.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.socialorg.advisor.engine.DecisionEngine;
import se.socialorg.advisor.i18n.I18n;
import se.socialorg.advisor.model.Scenario;
import se.socialorg.advisor.present.Analysis;
import se.socialorg.advisor.present.CompareTable;
import se.socialorg.advisor.store.report.ReportWriter;
import se.socialorg.advisor.store.scenario.Sample;
import se.socialorg.advisor.store.scenario.Samples;
import se.socialorg.advisor.store.scenario.ScenarioFiles;

/** The comparison's PDF, written and read back with PDFBox. */
class CompareReportTest {

  private static final DecisionEngine ENGINE = new DecisionEngine();
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

  @TempDir Path dir;

  private static Scenario sample(String id) throws Exception {
    Samples samples = new Samples(new ScenarioFiles());
    Sample s = samples.list().stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
    return samples.open(s);
  }

  private static CompareTable.Entry entry(String title, Scenario s) {
    return new CompareTable.Entry(title, s, Analysis.of(ENGINE, s.inputs()));
  }

  private record Written(int pages, String text) {}

  private Written write(List<CompareTable.Entry> entries, String language) throws Exception {
    Path pdf = dir.resolve("compare.pdf");
    new ReportWriter().write(CompareReport.build(entries, I18n.forLanguage(language), TODAY), pdf);
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      return new Written(doc.getNumberOfPages(), new PDFTextStripper().getText(doc));
    }
  }

  private static String oneLine(String text) {
    return text.replace('\u00a0', ' ').replace('\u202f', ' ').replaceAll("\\s+", " ");
  }

  @Test
  void threeScenariosFitOnOneOrTwoPagesWithTheirCases() throws Exception {
    Scenario bank = sample("regional-bank").withAuthorAndDate("Anna Berg", "2026-10-01");
    Written w = write(List.of(entry("Bank", bank), entry("Multinational", sample("multinational")),
        entry("Nordvik", sample("swedish-b2b-tech"))), "en");
    assertThat(w.pages()).isBetween(1, 2);
    String text = oneLine(w.text());
    assertThat(text).contains("Scenarios compared", "Scenarios: Bank, Multinational, Nordvik",
        "Kustbanken Sparbank", "Anna Berg", "October 1, 2026", "Date: November 30, 2026");
  }

  @Test
  void eachScenariosRecommendationConfidenceAndMoneyAreThere() throws Exception {
    Scenario bank = sample("regional-bank");
    CompareTable.Entry e = entry("Bank", bank);
    Written w = write(List.of(e, entry("Nordvik", sample("swedish-b2b-tech"))), "en");
    I18n en = I18n.forLanguage("en");
    var advice = e.analysis().advice();
    var m = advice.money();
    var cost = m.figure(m.recommended(), se.socialorg.advisor.engine.ProjectionCase.CONSERVATIVE,
        24).cost();
    String text = oneLine(w.text());
    assertThat(text).contains(en.t("alternative." + advice.evaluation().recommended().name()),
        en.t("advice.level." + advice.confidence().name()),
        en.percent(advice.chanceFirst(), 0),
        oneLine(en.money(cost, m.currency())));
  }

  @Test
  void swedishScenariosGiveASwedishReportWithSwedishNumbers() throws Exception {
    Scenario nordvik = sample("swedish-b2b-tech");
    CompareTable.Entry e = entry("Nordvik", nordvik);
    Written w = write(List.of(e, entry("Nordvik 2", nordvik)), "sv");
    var m = e.analysis().advice().money();
    double value = m.figure(m.recommended(),
        se.socialorg.advisor.engine.ProjectionCase.CONSERVATIVE, 12).value();
    String text = oneLine(w.text());
    assertThat(text).contains("Jämförelse av scenarier", "Alla 2 scenarier pekar på samma modell",
        "Kostnad efter 24 månader", "30 november 2026");
    assertThat(text).contains(oneLine(I18n.forLanguage("sv").money(value, "SEK")));
  }
}
