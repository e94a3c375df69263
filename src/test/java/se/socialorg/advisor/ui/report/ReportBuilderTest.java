package se.socialorg.advisor.ui.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.socialorg.advisor.engine.DecisionEngine;
import se.socialorg.advisor.engine.Evaluation;
import se.socialorg.advisor.present.ReasonFormatter;
import se.socialorg.advisor.i18n.I18n;
import se.socialorg.advisor.model.Alternative;
import se.socialorg.advisor.model.Decision;
import se.socialorg.advisor.model.Scenario;
import se.socialorg.advisor.store.report.ReportWriter;
import se.socialorg.advisor.store.scenario.Sample;
import se.socialorg.advisor.store.scenario.ScenarioFiles;
import se.socialorg.advisor.store.scenario.Samples;
import se.socialorg.advisor.present.Analysis;
import se.socialorg.advisor.present.ExecutiveSummary;
import se.socialorg.advisor.present.report.ReportBuilder;
import se.socialorg.advisor.cli.ReportCommand;

/**
 * The whole report of sample scenarios, written and read back with PDFBox. The charts are vector
 * figures drawn without JavaFX, so no toolkit is started (decision 0019).
 */
class ReportBuilderTest {

  private static final DecisionEngine ENGINE = new DecisionEngine();
  private static final ScenarioFiles FILES = new ScenarioFiles();

  @TempDir Path dir;

  static Scenario sample(String id) throws Exception {
    Samples samples = new Samples(FILES);
    Sample s = samples.list().stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
    return samples.open(s);
  }

  private Path write(Scenario scenario, String lang, String name) throws Exception {
    Path out = dir.resolve(name);
    var doc = new ReportBuilder(ENGINE, new ReportCharts(), () -> LocalDate.of(2027, 3, 14))
        .build(scenario, I18n.forLanguage(lang), ReportBuilder.Progress.NONE);
    new ReportWriter().write(doc, out);
    return out;
  }

  private static String text(Path pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
    }
  }

  /** Charts are drawn as vector graphics, one form XObject each (decision 0019). */
  private static int charts(Path pdf) throws IOException {
    int n = 0;
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      for (PDPage page : doc.getPages()) {
        for (COSName name : page.getResources().getXObjectNames()) {
          if (page.getResources().getXObject(name) instanceof PDFormXObject) {
            n++;
          }
        }
      }
    }
    return n;
  }

  private static int pages(Path pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      return doc.getNumberOfPages();
    }
  }

  private static String norm(String s) {
    return s.replaceAll("\\s+", " ");
  }

  @Test
  void englishReportOfTheBankHasRecommendationFiguresSourcesAndCharts() throws Exception {
    Scenario bank = sample("regional-bank")
        .withDecision(new Decision(Alternative.CENTRALISED, "Board chose central control for now."));
    I18n en = I18n.forLanguage("en");
    Evaluation ev = ENGINE.evaluate(bank.inputs());
    ReasonFormatter fmt = new ReasonFormatter(en);
    Path pdf = write(bank, "en", "bank.pdf");
    String text = text(pdf);

    assertThat(text).contains(
        "Kustbanken Sparbank",
        bank.name(),
        "March 14, 2027",
        norm(ExecutiveSummary.of(Analysis.of(ENGINE, bank.inputs()), bank.decision(), en)
            .headline()),
        "Decision taken: Centralised team",
        "Board chose central control for now.",
        "Employees", en.number(bank.inputs().organisation().employees(), 0),
        "Trust in your industry",
        "Edelman Trust Barometer 2012",
        "PostBeyond 2018",
        "vendor claim",
        "Every source used",
        en.t("plan.part.first90"),
        "Page 1 of ");
    for (var w : ev.weights().entrySet()) {
      if (w.getValue() > 0) {
        assertThat(text).contains(en.t("goal." + w.getKey().name()) + " ");
        assertThat(text).contains(en.percent(w.getValue(), 1));
      }
    }
    assertThat(charts(pdf)).isEqualTo(4);
    assertThat(pages(pdf)).isBetween(4, 30);
    assertThat(text).contains("Page " + pages(pdf) + " of " + pages(pdf));
  }

  @Test
  void swedishReportKeepsÅÄÖAndShowsPairwiseConsistency() throws Exception {
    Scenario nordvik = sample("swedish-b2b-tech");
    I18n sv = I18n.forLanguage("sv");
    Evaluation ev = ENGINE.evaluate(nordvik.inputs());
    Path pdf = write(nordvik, "sv", "nordvik.pdf");
    String text = text(pdf);

    assertThat(text).contains(
        "Beslutsunderlag: så organiserar vi sociala medier",
        "Nordvik Industrisystem AB",
        "Nordvik 2027: sociala medier i hela bolaget",
        "Vi rekommenderar " + new ReasonFormatter(sv).name(ev.recommended()),
        "Mål och vikter",
        "Förtroende",
        "Anställda",
        "Alla källor som använts",
        "leverantörens uppgift",
        "Sida 1 av ");
    if (ev.ahp() != null) {
      assertThat(text).contains(sv.number(ev.ahp().consistencyRatio(), 2));
    }
    assertThat(text).doesNotContain("!report.", "!wizard.", "?? ");
    assertThat(charts(pdf)).isEqualTo(4);
    assertThat(pages(pdf)).isBetween(4, 30);
  }

  /**
   * Chinese in a name is drawn; a character no font has (an emoji) is shown as U+FFFD and the
   * report says which, in its own language.
   */
  @Test
  void otherScriptsAreShownAndWhatCannotBeIsNamedInBothLanguages() throws Exception {
    Scenario named = sample("swedish-b2b-tech").withNames("Plan 东京 \uD83D\uDC4D", "Nordvik 社交");

    String en = text(write(named, "en", "scripts-en.pdf"));
    String sv = text(write(named, "sv", "scripts-sv.pdf"));

    assertThat(en).contains("Nordvik 社交", "Plan 东京 \uFFFD", "shown as \uFFFD: U+1F44D.");
    assertThat(sv).contains("Nordvik 社交", "visas som \uFFFD: U+1F44D.");
  }

  /** Nordvik with two members: Åsa keeps the case's weights, Per weighs only crisis readiness. */
  private static Scenario team() throws Exception {
    Scenario nordvik = sample("swedish-b2b-tech");
    java.util.Map<se.socialorg.advisor.model.Goal, Double> crisis =
        new java.util.EnumMap<>(se.socialorg.advisor.model.Goal.class);
    crisis.put(se.socialorg.advisor.model.Goal.CRISIS_READINESS, 100.0);
    return nordvik.withInputs(nordvik.inputs().withParticipants(java.util.List.of(
        new se.socialorg.advisor.model.Participant("Åsa Lind", "CMO", 1, nordvik.inputs().goals()),
        new se.socialorg.advisor.model.Participant("Per Holm", "Legal", 1,
            new se.socialorg.advisor.model.Goals(se.socialorg.advisor.model.WeightMode.DIRECT, crisis,
                java.util.List.of())))));
  }

  /** The group section shows each member's weights per goal as a chart, like the other charts. */
  @Test
  void theGroupSectionHoldsTheChartOfEachMembersWeights() throws Exception {
    I18n en = I18n.forLanguage("en");
    var doc = new ReportBuilder(ENGINE, new ReportCharts(), () -> LocalDate.of(2027, 3, 14))
        .build(team(), en, ReportBuilder.Progress.NONE);

    var section = doc.sections().stream()
        .filter(s -> s.heading().equals(en.t("group.result.title"))).findFirst().orElseThrow();
    var pictures = section.blocks().stream()
        .filter(b -> b instanceof se.socialorg.advisor.store.report.ReportDocument.Chart)
        .map(b -> (se.socialorg.advisor.store.report.ReportDocument.Chart) b).toList();
    assertThat(pictures).hasSize(1);
    assertThat(pictures.get(0).figure().marks().stream()
        .filter(m -> m instanceof se.socialorg.advisor.store.report.Figure.Label)
        .map(m -> ((se.socialorg.advisor.store.report.Figure.Label) m).text()))
        .contains(en.t("group.chart"), "Åsa Lind", "Per Holm");
    assertThat(pictures.get(0).caption()).isEqualTo(en.t("group.chart.source"));
    assertThat(charts(write(team(), "en", "team.pdf"))).isEqualTo(5);
  }

  /** A management team: the report has a section on the group, each member beside it. */
  @Test
  void aGroupGetsItsOwnSectionInBothLanguages() throws Exception {
    Scenario team = team();

    String en = text(write(team, "en", "team-en.pdf"));
    String sv = text(write(team, "sv", "team-sv.pdf"));

    assertThat(en).contains("Agreement in the group:", "Furthest from the group:",
        "Each member’s weight per goal", "Åsa Lind", "Per Holm");
    assertThat(sv).contains("Gruppen", "Samsyn i gruppen:", "Varje deltagares vikt per mål");
  }

  @Test
  void reportCommandWritesThePdfInTheChosenLanguage() throws Exception {
    Path scenario = dir.resolve("bank.soa.json");
    FILES.write(sample("regional-bank"), scenario);
    Path out = dir.resolve("board.pdf");
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    ByteArrayOutputStream e = new ByteArrayOutputStream();
    int code = new ReportCommand(FILES::read, ENGINE, new se.socialorg.advisor.present.report.ReportFigures()).run(
        List.of(scenario.toString(), "--out", out.toString(), "--lang", "sv"),
        new PrintStream(o, true, StandardCharsets.UTF_8), new PrintStream(e, true, StandardCharsets.UTF_8));
    assertThat(code).as(e.toString(StandardCharsets.UTF_8)).isEqualTo(ReportCommand.OK);
    assertThat(o.toString(StandardCharsets.UTF_8)).contains(out.getFileName().toString());
    assertThat(text(out)).contains("Sida 1 av", "Kustbanken Sparbank");
  }

  @Test
  void reportCommandRefusesBadInput() throws Exception {
    ByteArrayOutputStream e = new ByteArrayOutputStream();
    PrintStream err = new PrintStream(e, true, StandardCharsets.UTF_8);
    PrintStream out = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    ReportCommand cmd = new ReportCommand(FILES::read, ENGINE, new se.socialorg.advisor.present.report.ReportFigures());

    assertThat(cmd.run(List.of("x.soa.json"), out, err)).isEqualTo(ReportCommand.BAD_INPUT);
    assertThat(e.toString(StandardCharsets.UTF_8)).contains("Usage: report");

    e.reset();
    Path broken = Files.writeString(dir.resolve("broken.soa.json"), "{ not json");
    Path pdf = dir.resolve("out.pdf");
    assertThat(cmd.run(List.of(broken.toString(), "--out", pdf.toString()), out, err))
        .isEqualTo(ReportCommand.BAD_INPUT);
    assertThat(e.toString(StandardCharsets.UTF_8)).contains("Cannot read scenario").doesNotContain("\n\n");
    assertThat(pdf).doesNotExist();

    e.reset();
    Path scenario = dir.resolve("ok.soa.json");
    FILES.write(sample("multinational"), scenario);
    Path nowhere = dir.resolve("missing-folder").resolve("r.pdf");
    assertThat(cmd.run(List.of(scenario.toString(), "--out", nowhere.toString()), out, err))
        .isEqualTo(ReportCommand.BAD_INPUT);
    assertThat(e.toString(StandardCharsets.UTF_8)).contains("does not exist");
    assertThat(nowhere).doesNotExist();
  }

  private static String firstPage(Path pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setStartPage(1);
      stripper.setEndPage(1);
      return stripper.getText(doc).replaceAll("\\s+", " ");
    }
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {"en", "sv"})
  void theFirstPageIsTheExecutiveSummaryWithTheEnginesFigures(String lang) throws Exception {
    Scenario bank = sample("regional-bank")
        .withDecision(new Decision(Alternative.HUB_AND_SPOKE, ""));
    I18n i18n = I18n.forLanguage(lang);
    ExecutiveSummary s = ExecutiveSummary.of(Analysis.of(ENGINE, bank.inputs()),
        bank.decision(), i18n);
    String page = firstPage(write(bank, lang, "bank-" + lang + ".pdf"));
    assertThat(page).contains(norm(s.headline()), norm(s.confidence()), norm(s.returnNote()),
        norm(s.change()), norm(s.decision()));
    for (String r : s.reasons()) {
      assertThat(page).contains(norm(r));
    }
    for (String m : s.money().subList(0, 2)) {
      assertThat(page).contains(norm(m));
    }
    assertThat(page.toLowerCase()).doesNotContain("monte carlo", "margin");
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {"en", "sv"})
  void projectionTableShowsBothCasesWithTheEnginesFigures(String lang) throws Exception {
    Scenario bank = sample("regional-bank");
    I18n i18n = I18n.forLanguage(lang);
    Analysis a = Analysis.of(ENGINE, bank.inputs());
    String text = text(write(bank, lang, "projection-" + lang + ".pdf"));
    var cases = se.socialorg.advisor.present.ResultCharts.caseProjections(a);
    String currency = bank.inputs().resources().currency();

    for (Alternative model : se.socialorg.advisor.present.ResultCharts.projectedModels(a)) {
      for (var c : se.socialorg.advisor.engine.ProjectionCase.values()) {
        var last = cases.get(c).last(model);
        assertThat(text).as(model + " " + c).contains(
            norm(i18n.money(last.cumulativeCost(), currency)),
            norm(i18n.money(last.cumulativeValue(), currency)));
      }
    }
    assertThat(text).contains(norm(i18n.t("advice.projection.caption")));
  }
}
