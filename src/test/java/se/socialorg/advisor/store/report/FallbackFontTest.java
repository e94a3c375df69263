package se.socialorg.advisor.store.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.socialorg.advisor.store.report.ReportDocument.Paragraph;
import se.socialorg.advisor.store.report.ReportDocument.Section;
import se.socialorg.advisor.store.report.ReportDocument.Table;

/** Text in other scripts: Chinese, Japanese and Korean drawn by fallback fonts, emoji shown. */
class FallbackFontTest {

  private static final String CHINESE = "社交媒体战略";
  private static final String JAPANESE = "東京支社のマーケティング";
  private static final String KOREAN = "서울 지사";
  /** Thumbs up: in none of the report's fonts (Droid Sans Fallback has a few emoji, not this). */
  private static final String EMOJI = "\uD83D\uDC4D";

  @TempDir Path dir;

  private Path write(String title, String paragraph, String cell) throws Exception {
    Path out = dir.resolve("r.pdf");
    new ReportWriter().write(new ReportDocument("en", title, List.of(), "", "",
        List.of(new Section("S", List.of(new Paragraph(paragraph),
            new Table(List.of("Office", "Note"), List.of(List.of(cell, "x")), null)))),
        (p, n) -> "Page " + p + " of " + n), out);
    return out;
  }

  private static Set<String> fonts(Path pdf) throws IOException {
    Set<String> names = new TreeSet<>();
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      for (PDPage page : doc.getPages()) {
        for (COSName name : page.getResources().getFontNames()) {
          names.add(page.getResources().getFont(name).getName());
        }
      }
    }
    return names;
  }

  @Test
  void chineseJapaneseAndKoreanTextIsInTheReport() throws Exception {
    Path out = write("Plan " + CHINESE, "Kontor: " + JAPANESE + " (Tokyo), " + KOREAN + ".",
        KOREAN);
    assertThat(ReportWriterTest.text(out))
        .contains("Plan " + CHINESE, "Kontor: " + JAPANESE + " (Tokyo), " + KOREAN + ".",
            KOREAN + " x")
        .doesNotContain("?");
  }

  @Test
  void theFallbackFontIsEmbeddedAsASubsetOnlyWhenTheTextNeedsIt() throws Exception {
    assertThat(fonts(write("Plan " + CHINESE, "text", "cell")))
        .anySatisfy(n -> assertThat(n).matches("[A-Z]{6}\\+DroidSansFallback.*"))
        .noneSatisfy(n -> assertThat(n).contains("Nanum"));
    assertThat(fonts(write("Plan " + KOREAN, "text", "cell")))
        .anySatisfy(n -> assertThat(n).matches("[A-Z]{6}\\+NanumSquare.*"));
    assertThat(fonts(write("Plan", "räckvidd \u05EA\u05DC \u05D0\u05D1\u05D9\u05D1", "cell")))
        .noneSatisfy(n -> assertThat(n).contains("Droid"));
  }

  /** How often text is drawn filled and outlined (rendering mode 2) on the report's pages. */
  private static int outlinedRuns(Path pdf) throws IOException {
    int runs = 0;
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      for (PDPage page : doc.getPages()) {
        List<Object> tokens = new org.apache.pdfbox.pdfparser.PDFStreamParser(page).parse();
        for (int i = 1; i < tokens.size(); i++) {
          if (tokens.get(i) instanceof org.apache.pdfbox.contentstream.operator.Operator op
              && op.getName().equals("Tr")
              && tokens.get(i - 1) instanceof org.apache.pdfbox.cos.COSInteger mode
              && mode.intValue() == 2) {
            runs++;
          }
        }
      }
    }
    return runs;
  }

  @Test
  void aChineseHeadingIsDrawnBoldThoughItsFontHasNoBoldFace() throws Exception {
    assertThat(outlinedRuns(write("Plan " + CHINESE, "text", "cell"))).isPositive();
  }

  @Test
  void regularTextInAFallbackFontIsNotEmboldened() throws Exception {
    assertThat(outlinedRuns(write("Plan", "Kontor: " + JAPANESE + ", " + KOREAN, KOREAN)))
        .isZero();
  }

  @Test
  void aCharacterNoFontHasIsShownAsTheReplacementCharacterNotAQuestionMark() throws Exception {
    Path out = write("Plan " + EMOJI + " x", "glad " + EMOJI + " kund", EMOJI);
    assertThat(ReportWriterTest.text(out))
        .contains("Plan \uFFFD x", "glad \uFFFD kund")
        .doesNotContain("?");
  }

  @Test
  void undrawableNamesTheCharactersNoFontHasEachOnce() {
    assertThat(ReportWriter.undrawable("Glad " + EMOJI + " kund " + EMOJI + " \uD83E\uDD1D "
        + CHINESE + " åäö \u05D0"))
        .isEqualTo(EMOJI + "\uD83E\uDD1D");
  }

  @Test
  void undrawableIsEmptyForTextEveryFontCanDraw() {
    assertThat(ReportWriter.undrawable("Försäljning " + JAPANESE + " " + CHINESE + " " + KOREAN
        + " € \u00A0 \u05D0"))
        .isEmpty();
  }
}
