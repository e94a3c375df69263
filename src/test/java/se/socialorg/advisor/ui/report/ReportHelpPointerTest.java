package se.socialorg.advisor.ui.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import se.socialorg.advisor.engine.DecisionEngine;
import se.socialorg.advisor.i18n.I18n;
import se.socialorg.advisor.present.report.ReportBuilder;
import se.socialorg.advisor.store.report.ReportWriter;

/**
 * The board report names no developer's file: where it used to cite docs/decision-model.md it
 * sends the reader to Help > How the advice is made in the app.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class ReportHelpPointerTest {

  @TempDir Path dir;

  @Start
  void javafx(Stage primary) {
    // The report's charts are drawn off-screen.
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "sv"})
  void theReportPointsToTheHelpMenuAndToNoDocsFile(String lang) throws Exception {
    I18n t = I18n.forLanguage(lang);
    Path pdf = dir.resolve("bank-" + lang + ".pdf");
    new ReportWriter().write(new ReportBuilder(new DecisionEngine(), new ReportCharts(),
        () -> LocalDate.of(2027, 3, 14)).build(ReportBuilderTest.sample("regional-bank"), t,
        ReportBuilder.Progress.NONE), pdf);
    String text;
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
    }
    assertThat(text).doesNotContain("docs/", "decision-model")
        .contains(t.t("menu.help").replace("_", "") + " > " + t.t("help.page.HOW"));
  }
}
