package se.socialorg.advisor.store.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Long text without spaces (review D3: a 10,000-character name took 254 s, 1,000,000 never ended)
 * is broken into lines in one pass. The timeouts only stop a hang; they are far above the time
 * the work needs.
 */
class LongTextTest {

  @TempDir Path dir;

  private static PDType0Font font(PDDocument doc) throws Exception {
    try (InputStream in = ReportWriter.class.getResourceAsStream("/se/socialorg/advisor/store/report/fonts/DejaVuSans.ttf")) {
      return PDType0Font.load(doc, in, true);
    }
  }

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void aMillionCharactersWithoutSpacesAreBrokenIntoFullLinesKeepingEveryCharacter() throws Exception {
    try (PDDocument doc = new PDDocument()) {
      PDType0Font font = font(doc);
      String text = "abcdefghij".repeat(100_000);

      List<String> lines = Layout.wrap(text, font, 11, 400);

      assertThat(String.join("", lines)).isEqualTo(text);
      for (String line : lines) {
        assertThat(Layout.textWidth(line, font, 11)).isLessThanOrEqualTo(400f);
      }
      for (String line : lines.subList(0, lines.size() - 1)) {
        assertThat(Layout.textWidth(line + "a", font, 11)).isGreaterThan(400f);
      }
    }
  }

  @Test
  void wordsStillWrapAtSpacesAsBefore() throws Exception {
    try (PDDocument doc = new PDDocument()) {
      PDType0Font font = font(doc);
      float oneWord = Layout.textWidth("Försäljning", font, 11);

      List<String> lines = Layout.wrap("Försäljning Försäljning Försäljning", font, 11, oneWord * 2.5f);

      assertThat(lines).containsExactly("Försäljning Försäljning", "Försäljning");
    }
  }

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void aReportWithA10000CharacterTitleWithoutSpacesIsWritten() throws Exception {
    Path out = dir.resolve("long.pdf");
    ReportDocument sample = ReportWriterTest.sample(1);
    ReportDocument longTitle = new ReportDocument(
        sample.language(), "x".repeat(10_000), sample.titleLines(), sample.highlight(),
        sample.titleNote(), sample.sections(), sample.pageLabel());

    new ReportWriter().write(longTitle, out);

    assertThat(out).isNotEmptyFile();
  }

  /** Review D13: Hebrew and Arabic words were drawn in logical order, so they read backwards. */
  @Test
  void rightToLeftWordsAreDrawnInReadingOrder() {
    assertThat(Layout.visualOrder("Kontor i \u05EA\u05DC \u05D0\u05D1\u05D9\u05D1 (Israel)"))
        .isEqualTo("Kontor i \u05D1\u05D9\u05D1\u05D0 \u05DC\u05EA (Israel)");
  }

  @Test
  void leftToRightTextIsDrawnAsItIs() {
    assertThat(Layout.visualOrder("Försäljning (Norr) 12,5 %")).isEqualTo("Försäljning (Norr) 12,5 %");
  }
}
