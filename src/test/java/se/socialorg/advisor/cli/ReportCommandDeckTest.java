package se.socialorg.advisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.socialorg.advisor.engine.DecisionEngine;
import se.socialorg.advisor.present.report.ChartPictures;
import se.socialorg.advisor.present.report.DeckBuilder;
import se.socialorg.advisor.present.report.FigurePictures;
import se.socialorg.advisor.present.report.ReportFigures;
import se.socialorg.advisor.store.scenario.ScenarioFiles;

/**
 * {@code report FILE --out OUT.pptx [--lang en|sv]} writes the board deck, {@code .pdf} the PDF,
 * and any other name is refused with exit code 2 (issue 19, item 7). Charts are stand-ins here;
 * {@code se.socialorg.advisor.DeckCommandTest} runs the real command.
 */
class ReportCommandDeckTest {

  private static final ScenarioFiles FILES = new ScenarioFiles();
  private static final Path SAMPLE = Path.of("assets/scenarios/regional-bank.soa.json");

  private static final ChartPictures CHARTS = new ReportFigures();

  /** Stand-in pictures of the charts; {@code DeckCommandTest} paints the real ones. */
  private static final FigurePictures PICTURES = figure -> png();

  @TempDir Path dir;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private Path scenario;

  @BeforeEach
  void copySample() throws IOException {
    scenario = Files.copy(SAMPLE, dir.resolve("bank.soa.json"));
  }

  private static byte[] png() {
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(920, 540,
          java.awt.image.BufferedImage.TYPE_INT_RGB), "png", bytes);
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private int run(String... args) {
    return new ReportCommand(FILES::read, new DecisionEngine(), CHARTS, PICTURES).run(List.of(args),
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private static List<String> titles(Path deck) throws IOException {
    try (InputStream in = Files.newInputStream(deck); XMLSlideShow show = new XMLSlideShow(in)) {
      return show.getSlides().stream().map(XSLFSlide::getTitle).toList();
    }
  }

  @Test
  void aPptxTargetWritesTheDeckInSwedishWhenAsked() throws Exception {
    Path deck = dir.resolve("styrelsen.pptx");

    int code = run(scenario.toString(), "--out", deck.toString(), "--lang", "sv");

    assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isEqualTo(Command.OK);
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("Presentationen skrevs till",
        deck.getFileName().toString());
    assertThat(titles(deck)).hasSize(DeckBuilder.SLIDES)
        .contains("Sammanfattning för ledningen", "Känslighet", "Prognosen i siffror");
  }

  @Test
  void withoutLangTheDeckIsInTheScenariosLanguage() throws Exception {
    Path deck = dir.resolve("board.PPTX");

    assertThat(run(scenario.toString(), "--out", deck.toString())).isEqualTo(Command.OK);

    String language = FILES.read(scenario).language();
    assertThat(titles(deck).get(1))
        .isEqualTo(se.socialorg.advisor.i18n.I18n.forLanguage(language).t("advice.summary.title"));
  }

  @Test
  void aPdfTargetStillWritesThePdf() throws Exception {
    Path pdf = dir.resolve("board.pdf");

    assertThat(run(scenario.toString(), "--out", pdf.toString())).isEqualTo(Command.OK);

    byte[] head = new byte[5];
    try (InputStream in = Files.newInputStream(pdf)) {
      assertThat(in.read(head)).isEqualTo(5);
    }
    assertThat(new String(head, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
  }

  @ParameterizedTest
  @ValueSource(strings = {"board.docx", "board.ppt", "board", "board.pptx.bak"})
  void anyOtherNameIsRefusedWithExit2OneLineAndNoFile(String name) {
    Path target = dir.resolve(name);

    int code = run(scenario.toString(), "--out", target.toString());

    assertThat(code).isEqualTo(Command.BAD_INPUT);
    String said = err.toString(StandardCharsets.UTF_8);
    assertThat(said.lines()).hasSize(1);
    assertThat(said).contains(name, ".pdf", ".pptx");
    assertThat(target).doesNotExist();
    assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
  }

  @Test
  void theRefusalIsInSwedishWithLangSv() {
    Path target = dir.resolve("board.key");

    assertThat(run(scenario.toString(), "--out", target.toString(), "--lang", "sv"))
        .isEqualTo(Command.BAD_INPUT);

    assertThat(err.toString(StandardCharsets.UTF_8)).contains("slutar varken på .pdf eller .pptx");
  }
}
