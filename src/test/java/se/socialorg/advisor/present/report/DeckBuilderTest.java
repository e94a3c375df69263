package se.socialorg.advisor.present.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFPictureShape;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTable;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.socialorg.advisor.engine.DecisionEngine;
import se.socialorg.advisor.i18n.I18n;
import se.socialorg.advisor.model.Alternative;
import se.socialorg.advisor.model.FollowUp;
import se.socialorg.advisor.model.Scenario;
import se.socialorg.advisor.present.Analysis;
import se.socialorg.advisor.present.ExecutiveSummary;
import se.socialorg.advisor.store.report.DeckWriter;
import se.socialorg.advisor.store.report.Figure;
import se.socialorg.advisor.store.scenario.Sample;
import se.socialorg.advisor.store.scenario.Samples;
import se.socialorg.advisor.store.scenario.ScenarioFiles;

/**
 * The board deck of the multinational sample, written and opened again with Apache POI: the slides
 * the issue names, in the scenario's language, text editable, charts as pictures, the plan as a
 * table, and the same words as the PDF. The charts here are stand-ins; the real ones are drawn in
 * {@code DeckCommandTest}.
 */
class DeckBuilderTest {

  private static final DecisionEngine ENGINE = new DecisionEngine();

  /** The report's own charts. */
  private static final ChartPictures CHARTS = new ReportFigures();

  /** Figures painted so far, and as what: a blank PNG of the figure's size in points. */
  private static final java.util.Map<String, List<Figure>> PAINTED = new java.util.HashMap<>();
  private static final java.util.Map<String, List<byte[]>> PNGS = new java.util.HashMap<>();

  private static FigurePictures painter(String lang) {
    return figure -> {
      PAINTED.computeIfAbsent(lang, l -> new java.util.ArrayList<>()).add(figure);
      try {
        byte[] png = png(Math.round(figure.width()), Math.round(figure.height()));
        PNGS.computeIfAbsent(lang, l -> new java.util.ArrayList<>()).add(png);
        return png;
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    };
  }

  @TempDir static Path dir;

  private static Scenario multinational;

  @BeforeAll
  static void sample() throws Exception {
    Samples samples = new Samples(new ScenarioFiles());
    Sample s = samples.list().stream().filter(x -> x.id().equals("multinational")).findFirst()
        .orElseThrow();
    multinational = samples.open(s);
  }

  private static byte[] png(int w, int h) throws IOException {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    javax.imageio.ImageIO.write(
        new java.awt.image.BufferedImage(w, h, java.awt.image.BufferedImage.TYPE_INT_RGB), "png", out);
    return out.toByteArray();
  }

  private static final java.util.Map<String, Path> WRITTEN = new java.util.HashMap<>();

  /** The deck in {@code lang}, written once for all the tests that read it. */
  private static synchronized Path write(String lang) throws Exception {
    Path done = WRITTEN.get(lang);
    if (done != null) {
      return done;
    }
    Path out = dir.resolve("deck-" + lang + ".pptx");
    WRITTEN.put(lang, out);
    var deck = new DeckBuilder(new ReportBuilder(ENGINE, CHARTS, () -> LocalDate.of(2027, 3, 14)),
        painter(lang)).build(multinational, FollowUp.empty(), I18n.forLanguage(lang), ReportBuilder.Progress.NONE);
    new DeckWriter().write(deck, out);
    return out;
  }

  private static XMLSlideShow open(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return new XMLSlideShow(in);
    }
  }

  private static <T> List<T> shapes(XSLFSlide slide, Class<T> type) {
    return slide.getShapes().stream().filter(type::isInstance).map(type::cast).toList();
  }

  private static String text(XSLFSlide slide) {
    StringBuilder all = new StringBuilder();
    for (XSLFTextShape s : shapes(slide, XSLFTextShape.class)) {
      all.append(s.getText()).append('\n');
    }
    for (XSLFTable t : shapes(slide, XSLFTable.class)) {
      t.getRows().forEach(r -> r.getCells().forEach(c -> all.append(c.getText()).append('\n')));
    }
    return all.toString();
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "sv"})
  void theDeckHasTheSlidesTheBoardAskedForInTheScenariosLanguage(String lang) throws Exception {
    I18n i18n = I18n.forLanguage(lang);
    try (XMLSlideShow show = open(write(lang))) {
      assertThat(show.getSlides()).hasSize(DeckBuilder.SLIDES);
      assertThat(show.getSlides()).extracting(XSLFSlide::getTitle).containsExactly(
          i18n.t("report.title"), i18n.t("advice.summary.title"),
          i18n.t("report.section.ranking"), i18n.t("wizard.result.tab.sensitivity"),
          i18n.t("wizard.result.chart.acceptability"), i18n.t("wizard.result.tab.projection"),
          i18n.t("deck.projection.figures"), i18n.t("plan.title"));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "sv"})
  void theTitlesReadAsWrittenInEachLanguage(String lang) throws Exception {
    List<String> expected = lang.equals("sv")
        ? List.of("Beslutsunderlag: så organiserar vi sociala medier",
            "Sammanfattning för ledningen", "Känslighet", "Chans att hamna först",
            "Prognosen i siffror")
        : List.of("Decision record: how to organise social media", "Executive summary",
            "Sensitivity", "Chance of ranking first", "Projection in figures");
    try (XMLSlideShow show = open(write(lang))) {
      assertThat(show.getSlides()).extracting(XSLFSlide::getTitle).containsAll(expected);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "sv"})
  void theSummarySaysWhatTheRecommendationStepAndThePdfSay(String lang) throws Exception {
    I18n i18n = I18n.forLanguage(lang);
    ExecutiveSummary s = ExecutiveSummary.of(Analysis.of(ENGINE, multinational.inputs()),
        multinational.decision(), i18n);
    try (XMLSlideShow show = open(write(lang))) {
      assertThat(text(show.getSlides().get(0))).contains(s.headline());
      String summary = text(show.getSlides().get(1));
      assertThat(summary).contains(s.confidence(), s.change(), s.decision());
      for (String reason : s.reasons()) {
        assertThat(summary).contains(reason);
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "sv"})
  void theChartSlidesCarryTheReportsChartsAsPicturesAndTheOthersNone(String lang)
      throws Exception {
    Path file = write(lang);
    ChartPictures.Pictures report = CHARTS.render(
        Analysis.of(ENGINE, multinational.inputs()),
        multinational.inputs().resources().currency(), I18n.forLanguage(lang));
    List<Figure> charts = List.of(report.scores(), report.tornado(), report.acceptability(),
        report.projection());
    assertThat(PAINTED.get(lang)).containsExactlyElementsOf(charts);
    try (XMLSlideShow show = open(file)) {
      List<XSLFSlide> slides = show.getSlides();
      for (int i = 0; i < 4; i++) {
        List<XSLFPictureShape> pictures = shapes(slides.get(2 + i), XSLFPictureShape.class);
        assertThat(pictures).as(slides.get(2 + i).getTitle()).hasSize(1);
        assertThat(pictures.get(0).getPictureData().getData())
            .isEqualTo(PNGS.get(lang).get(i));
      }
      for (int i : new int[] {0, 1, 6, 7}) {
        assertThat(shapes(slides.get(i), XSLFPictureShape.class)).isEmpty();
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "sv"})
  void theActionPlanIsATableOfItsFivePartsForTheRecommendedModel(String lang) throws Exception {
    I18n i18n = I18n.forLanguage(lang);
    Alternative best = Analysis.of(ENGINE, multinational.inputs()).evaluation().recommended();
    try (XMLSlideShow show = open(write(lang))) {
      List<XSLFTable> tables = shapes(show.getSlides().get(7), XSLFTable.class);
      assertThat(tables).hasSize(1);
      XSLFTable plan = tables.get(0);
      assertThat(plan.getNumberOfRows()).isEqualTo(6);
      List<String> parts = Stream.of("roles", "coaching", "governance", "first90", "kpis")
          .map(p -> i18n.t("plan.part." + p)).toList();
      for (int r = 1; r <= 5; r++) {
        assertThat(plan.getCell(r, 0).getText()).isEqualTo(parts.get(r - 1));
        assertThat(plan.getCell(r, 1).getText())
            .isEqualTo(i18n.t("plan." + best.name() + "." + List.of("roles", "coaching",
                "governance", "first90", "kpis").get(r - 1)));
      }
      assertThat(plan.getCell(0, 1).getText()).isEqualTo(i18n.t("deck.plan.what"));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "sv"})
  void theProjectionFiguresAreATableAndTheRankingToo(String lang) throws Exception {
    I18n i18n = I18n.forLanguage(lang);
    try (XMLSlideShow show = open(write(lang))) {
      XSLFTable ranking = shapes(show.getSlides().get(2), XSLFTable.class).get(0);
      assertThat(ranking.getNumberOfRows()).isEqualTo(
          1 + Analysis.of(ENGINE, multinational.inputs()).evaluation().ranking().size());
      assertThat(ranking.getCell(0, 1).getText()).isEqualTo(i18n.t("report.col.model"));
      XSLFTable figures = shapes(show.getSlides().get(6), XSLFTable.class).get(0);
      assertThat(figures.getCell(0, 6).getText()).isEqualTo(i18n.t("report.col.roi"));
    }
  }

  /** Every word is in a text shape or a table cell (editable), none drawn into a picture. */
  @ParameterizedTest
  @ValueSource(strings = {"en", "sv"})
  void everyShapeIsTextATableOrAChart(String lang) throws Exception {
    try (XMLSlideShow show = open(write(lang))) {
      for (XSLFSlide slide : show.getSlides()) {
        assertThat(shapes(slide, XSLFTextShape.class)).as(slide.getTitle())
            .anySatisfy(s -> assertThat(s.getText()).isNotBlank());
        for (XSLFShape s : slide.getShapes()) {
          assertThat(s).isInstanceOfAny(XSLFTextShape.class, XSLFTable.class,
              XSLFPictureShape.class);
        }
        String words = text(slide);
        assertThat(words).doesNotContain("{0}", "{1}", "???");
      }
    }
  }
}
