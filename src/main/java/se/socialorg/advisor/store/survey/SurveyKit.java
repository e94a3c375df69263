package se.socialorg.advisor.store.survey;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import se.socialorg.advisor.i18n.I18n;
import se.socialorg.advisor.store.AtomicFiles;
import se.socialorg.advisor.store.report.ReportDocument;

/**
 * The questionnaire to send out: the questions the engine needs, in English or Swedish, with their
 * answer options; as a printable document, as text to paste into Microsoft Forms or Google Forms,
 * and as a CSV or XLSX template whose headers import without any mapping.
 */
public final class SurveyKit {

  /**
   * One question.
   *
   * @param field the field its answers fill
   * @param text the question as asked (and the template's column header)
   * @param help a line for the respondent, may be empty
   * @param options the answer options, empty for a number or free text
   */
  public record Question(SurveyField field, String text, String help, List<String> options) {
    public Question {
      options = List.copyOf(options);
    }
  }

  /** The questions in the order they are asked. */
  static final List<SurveyField> ORDER =
      List.of(
          SurveyField.DEPARTMENT,
          SurveyField.TECHNICAL_EXPERT,
          SurveyField.ACTIVE,
          SurveyField.WILLINGNESS,
          SurveyField.NETWORK_SIZE,
          SurveyField.POSTS_PER_MONTH);

  private final I18n i18n;

  public SurveyKit(I18n i18n) {
    this.i18n = i18n;
  }

  /** The questions in the kit's language. */
  public List<Question> questions() {
    List<Question> out = new ArrayList<>();
    for (SurveyField f : ORDER) {
      String base = "kit.q." + f.name().toLowerCase(java.util.Locale.ROOT);
      String options = i18n.has(base + ".options") ? i18n.t(base + ".options") : "";
      out.add(
          new Question(
              f,
              i18n.t(base),
              i18n.has(base + ".help") ? i18n.t(base + ".help") : "",
              options.isBlank() ? List.of() : Arrays.stream(options.split("\\|")).map(String::strip).toList()));
    }
    return out;
  }

  /** Text to paste into Microsoft Forms or Google Forms: one question per paragraph, options below. */
  public String formsText() {
    StringBuilder sb = new StringBuilder();
    sb.append(i18n.t("kit.intro")).append("\n\n");
    int n = 1;
    for (Question q : questions()) {
      sb.append(n++).append(". ").append(q.text()).append('\n');
      if (!q.help().isBlank()) {
        sb.append("   ").append(q.help()).append('\n');
      }
      for (String o : q.options()) {
        sb.append("   ( ) ").append(o).append('\n');
      }
      sb.append('\n');
    }
    sb.append(i18n.t("kit.privacy")).append('\n');
    return sb.toString();
  }

  /** A printable questionnaire for {@link se.socialorg.advisor.store.report.ReportWriter}. */
  public ReportDocument document() {
    List<ReportDocument.Block> blocks = new ArrayList<>();
    blocks.add(new ReportDocument.Paragraph(i18n.t("kit.intro")));
    int n = 1;
    for (Question q : questions()) {
      blocks.add(new ReportDocument.Subheading(n++ + ". " + q.text()));
      if (!q.help().isBlank()) {
        blocks.add(new ReportDocument.Paragraph(q.help(), true));
      }
      if (!q.options().isEmpty()) {
        blocks.add(new ReportDocument.Bullets(q.options().stream().map(o -> "☐ " + o).toList()));
      }
    }
    blocks.add(new ReportDocument.Paragraph(i18n.t("kit.privacy"), true));
    return new ReportDocument(
        i18n.language(),
        i18n.t("kit.title"),
        List.of(i18n.t("kit.subtitle")),
        "",
        i18n.t("kit.forManager"),
        List.of(new ReportDocument.Section(i18n.t("kit.questions"), blocks)),
        (page, pages) -> i18n.t("report.page", page, pages));
  }

  /**
   * A CSV template: the questions as headers. Swedish with semicolons (as Swedish Excel opens
   * them), English with commas; UTF-8 with a byte-order mark so Excel reads å, ä and ö.
   */
  public void writeCsv(Path file) throws IOException {
    char delimiter = "sv".equals(i18n.language()) ? ';' : ',';
    List<String> quoted = questions().stream().map(q -> "\"" + q.text().replace("\"", "\"\"") + "\"").toList();
    String line = String.join(Character.toString(delimiter), quoted) + "\r\n";
    AtomicFiles.write(
        file,
        out -> {
          out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
          Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
          w.write(line);
          w.flush();
        });
  }

  /** An XLSX template: the questions as headers on the first sheet, the answer options on a second. */
  public void writeXlsx(Path file) throws IOException {
    List<Question> qs = questions();
    AtomicFiles.write(
        file,
        out -> {
          Workbook wb = new Workbook(out, "Social Org Advisor", "1.0");
          Worksheet answers = wb.newWorksheet(i18n.t("kit.sheet.answers"));
          Worksheet options = wb.newWorksheet(i18n.t("kit.sheet.options"));
          for (int c = 0; c < qs.size(); c++) {
            answers.value(0, c, qs.get(c).text());
            answers.style(0, c).bold().wrapText(true).set();
            answers.width(c, 32);
            options.value(0, c, qs.get(c).text());
            options.style(0, c).bold().wrapText(true).set();
            options.width(c, 32);
            List<String> o = qs.get(c).options();
            for (int r = 0; r < o.size(); r++) {
              options.value(r + 1, c, o.get(r));
            }
          }
          wb.finish();
        });
  }
}
