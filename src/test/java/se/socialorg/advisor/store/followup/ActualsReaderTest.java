package se.socialorg.advisor.store.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.socialorg.advisor.model.ActualsImport;
import se.socialorg.advisor.model.ActualsMonth;
import se.socialorg.advisor.model.ActualsSource;
import se.socialorg.advisor.store.survey.ImportError;

class ActualsReaderTest {

  @TempDir Path dir;

  private static final Instant NOW = Instant.parse("2027-04-02T08:00:00Z");

  private ActualsReadResult read(Path f) throws Exception {
    return ActualsReader.read(f, null, 0.05, NOW);
  }

  private static String key(Path f) {
    try {
      ActualsReader.read(f, null, 0.05, NOW);
    } catch (ActualsFileException e) {
      return e.error().messageKey();
    } catch (Exception e) {
      return e.toString();
    }
    return "accepted";
  }

  @Test
  void linkedInExportWithItsDescriptionRowIsSummedPerMonth() throws Exception {
    Path f = LinkedInExports.daily(dir, "metrics.csv", LocalDate.of(2027, 1, 20), 20);
    ActualsReadResult r = read(f);
    assertThat(r.errors()).isEmpty();
    ActualsImport i = r.imported();
    assertThat(i.source()).isEqualTo(ActualsSource.LINKEDIN_PAGE);
    assertThat(i.fileName()).isEqualTo("metrics.csv");
    assertThat(i.importedAt()).isEqualTo(NOW);
    assertThat(i.from()).isEqualTo(LocalDate.of(2027, 1, 20));
    assertThat(i.to()).isEqualTo(LocalDate.of(2027, 2, 8));
    ActualsMonth jan = i.months().get(0);
    assertThat(jan.month()).isEqualTo(YearMonth.of(2027, 1));
    assertThat(jan.days()).isEqualTo(12);
    assertThat(jan.organicImpressions()).isEqualTo(1200);
    assertThat(jan.paidImpressions()).isEqualTo(480);
    assertThat(jan.organicClicks()).isEqualTo(36);
    assertThat(jan.paidClicks()).isEqualTo(12);
    assertThat(jan.engagements()).isEqualTo(12 * 7);
    assertThat(i.months().get(1).days()).isEqualTo(8);
  }

  @Test
  void olderExportsSayShares() throws Exception {
    Path f =
        LinkedInExports.daily(
            dir, "old.csv", LocalDate.of(2026, 5, 1), 3, LinkedInExports.US,
            LinkedInExports.HEADER.replace("Reposts", "Shares"));
    assertThat(read(f).imported().months().get(0).engagements()).isEqualTo(3 * 7);
  }

  @Test
  void aPreviewRecognisesTheExportAndShowsItsFirstRows() throws Exception {
    Path f = LinkedInExports.daily(dir, "metrics.csv", LocalDate.of(2027, 1, 1), 31);
    ActualsPreview p = ActualsReader.preview(f);
    assertThat(p.source()).isEqualTo(ActualsSource.LINKEDIN_PAGE);
    assertThat(p.headers()).startsWith("Date", "Impressions (organic)");
    assertThat(p.rows()).isEqualTo(31);
    assertThat(p.sample()).hasSize(ActualsReader.PREVIEW_ROWS);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "followers export|Date,Sponsored followers,Organic followers,Total followers|followup.import.followersExport",
        "visitors export|Date,Page views (desktop),Page views (mobile),Unique visitors (total)|followup.import.visitorsExport",
        "member analytics|Post URL,Post publish date,Engagements|followup.import.memberExport",
        "something else|Day,Likes,Fans|followup.import.notRecognised",
        "no date column|Impressions (organic),Clicks (organic)|followup.import.noDate"
      })
  void otherFilesAreRefusedWithWhatTheyAre(String what, String header, String expected) throws Exception {
    Path f = LinkedInExports.write(dir, "x.csv", LinkedInExports.DESCRIPTION + "\n" + header + "\n1,2,3,4\n");
    assertThat(key(f)).isEqualTo(expected);
  }

  @Test
  void anXlsxExportIsReadFromItsMetricsSheetWithDatesAsDateCells() throws Exception {
    Path f = dir.resolve("content.xlsx");
    try (var out = java.nio.file.Files.newOutputStream(f)) {
      org.dhatim.fastexcel.Workbook wb = new org.dhatim.fastexcel.Workbook(out, "test", "1.0");
      org.dhatim.fastexcel.Worksheet posts = wb.newWorksheet("All posts");
      posts.value(0, 0, "Post title");
      org.dhatim.fastexcel.Worksheet ws = wb.newWorksheet("metrics");
      ws.value(0, 0, "Aggregated metrics for Company Page updates");
      String[] header = {"Date", "Impressions (organic)", "Impressions (sponsored)", "Clicks (organic)", "Clicks (sponsored)"};
      for (int c = 0; c < header.length; c++) {
        ws.value(1, c, header[c]);
      }
      for (int d = 0; d < 3; d++) {
        ws.value(2 + d, 0, LocalDate.of(2027, 1, 30).plusDays(d));
        ws.style(2 + d, 0).format("mm/dd/yyyy").set();
        ws.value(2 + d, 1, 100);
        ws.value(2 + d, 2, 0);
        ws.value(2 + d, 3, 2);
        ws.value(2 + d, 4, 0);
      }
      wb.finish();
    }
    ActualsImport i = read(f).imported();
    assertThat(i.from()).isEqualTo(LocalDate.of(2027, 1, 30));
    assertThat(i.to()).isEqualTo(LocalDate.of(2027, 2, 1));
    assertThat(i.months()).extracting(ActualsMonth::organicImpressions).containsExactly(200.0, 100.0);
  }

  @Test
  void aLinkedInXlsExportWithItsDescriptionRowIsSummedPerMonth() throws Exception {
    Path f = LinkedInExports.dailyXls(dir, "content.xls", LocalDate.of(2027, 1, 20), 20, null);
    ActualsReadResult r = read(f);
    assertThat(r.errors()).isEmpty();
    ActualsImport i = r.imported();
    assertThat(i.source()).isEqualTo(ActualsSource.LINKEDIN_PAGE);
    assertThat(i.fileName()).isEqualTo("content.xls");
    assertThat(i.from()).isEqualTo(LocalDate.of(2027, 1, 20));
    assertThat(i.to()).isEqualTo(LocalDate.of(2027, 2, 8));
    ActualsMonth jan = i.months().get(0);
    assertThat(jan.month()).isEqualTo(YearMonth.of(2027, 1));
    assertThat(jan.days()).isEqualTo(12);
    assertThat(jan.organicImpressions()).isEqualTo(1200);
    assertThat(jan.paidImpressions()).isEqualTo(480);
    assertThat(jan.organicClicks()).isEqualTo(36);
    assertThat(jan.paidClicks()).isEqualTo(12);
    assertThat(jan.engagements()).isEqualTo(12 * 7);
    assertThat(i.months().get(1).days()).isEqualTo(8);
  }

  @Test
  void aPasswordProtectedXlsIsRefusedWithWhatToDo() throws Exception {
    Path f = LinkedInExports.dailyXls(dir, "locked.xls", LocalDate.of(2027, 1, 20), 3, "hemligt");
    assertThat(key(f)).isEqualTo("sheet.error.xlsProtected");
    assertThat(new se.socialorg.advisor.i18n.I18n(se.socialorg.advisor.i18n.I18n.ENGLISH)
        .t("sheet.error.xlsProtected")).contains("password-protected").contains("remove the password");
  }

  @Test
  void aDamagedXlsIsRefusedAsDamaged() throws Exception {
    Path whole = LinkedInExports.dailyXls(dir, "whole.xls", LocalDate.of(2027, 1, 20), 20, null);
    byte[] bytes = java.nio.file.Files.readAllBytes(whole);
    Path cut = java.nio.file.Files.write(dir.resolve("cut.xls"),
        java.util.Arrays.copyOf(bytes, bytes.length / 3));
    assertThat(key(cut)).isEqualTo("sheet.error.corrupt");
  }

  @Test
  void anXlsThatIsReallyTextIsReadByItsContent() throws Exception {
    Path csv = LinkedInExports.daily(dir, "metrics.csv", LocalDate.of(2027, 1, 20), 20);
    Path f = java.nio.file.Files.copy(csv, dir.resolve("metrics.xls"));
    assertThat(read(f).imported().months()).extracting(ActualsMonth::organicImpressions)
        .containsExactly(1200.0, 800.0);
  }

  @Test
  void datesInBothOrdersAreRefusedAndNothingIsImported() throws Exception {
    Path f =
        LinkedInExports.write(
            dir,
            "mixed.csv",
            LinkedInExports.DESCRIPTION + "\nDate,Impressions (organic),Clicks (organic)\n"
                + "01/13/2027,10,1\n13/01/2027,10,1\n");
    ActualsReadResult r = read(f);
    assertThat(r.ok()).isFalse();
    assertThat(r.errors()).extracting(ImportError::messageKey).containsExactly("followup.import.mixedDateOrder");
    assertThat(r.errors().get(0).line()).isEqualTo(4);
  }

  @Test
  void europeanDatesAreReadDayFirst() throws Exception {
    Path f =
        LinkedInExports.daily(
            dir, "eu.csv", LocalDate.of(2027, 3, 10), 10, DateTimeFormatter.ofPattern("dd/MM/yyyy"),
            LinkedInExports.HEADER);
    assertThat(read(f).imported().from()).isEqualTo(LocalDate.of(2027, 3, 10));
  }

  @Test
  void ambiguousDatesTakeTheOrderThatKeepsDailyRowsTogether() throws Exception {
    // 03/01..03/05: as month first a week in March, as day first five months apart.
    Path f =
        LinkedInExports.daily(
            dir, "week.csv", LocalDate.of(2027, 3, 1), 5, DateTimeFormatter.ofPattern("MM/dd/yyyy"),
            LinkedInExports.HEADER);
    assertThat(read(f).imported().to()).isEqualTo(LocalDate.of(2027, 3, 5));
  }

  @Test
  void aBadCountRejectsTheWholeFileNamingLineAndColumn() throws Exception {
    Path f =
        LinkedInExports.write(
            dir,
            "bad.csv",
            LinkedInExports.DESCRIPTION + "\nDate,Impressions (organic),Clicks (organic)\n"
                + "2027-01-01,10,1\n2027-01-02,ten,1\n");
    ActualsReadResult r = read(f);
    assertThat(r.imported()).isNull();
    assertThat(r.errors()).hasSize(1);
    assertThat(r.errors().get(0).line()).isEqualTo(4);
    assertThat(r.errors().get(0).column()).isEqualTo(2);
    assertThat(r.errors().get(0).toString()).contains("Impressions (organic)", "ten");
  }

  @Test
  void theSameDayTwiceInOneExportIsAnError() throws Exception {
    Path f =
        LinkedInExports.write(
            dir, "twice.csv",
            "Date,Impressions (organic),Clicks (organic)\n2027-01-01,10,1\n2027-01-01,10,1\n");
    assertThat(read(f).errors()).extracting(ImportError::messageKey).containsExactly("followup.import.duplicateDay");
  }

  // Advocacy platform ------------------------------------------------------------------------

  private static final String PLATFORM =
      "Date,Advocate,Shares,Clicks,Reactions,Impressions,EMV\n"
          + "2027-01-05,Anna Berg,2,10,4,1500,120.5\n"
          + "2027-01-05,Per Ek,1,3,1,400,30\n"
          + "2027-01-19,Anna Berg,1,4,2,700,50\n"
          + "2027-02-02,Lisa Holm,0,0,0,0,0\n";

  @Test
  void aPlatformReportIsMappedByItsHeaders() throws Exception {
    Path f = LinkedInExports.write(dir, "platform.csv", PLATFORM);
    ActualsPreview p = ActualsReader.preview(f);
    assertThat(p.source()).isEqualTo(ActualsSource.ADVOCACY_PLATFORM);
    assertThat(p.mapping())
        .containsEntry(PlatformField.DATE, 0)
        .containsEntry(PlatformField.ADVOCATE, 1)
        .containsEntry(PlatformField.SHARES, 2)
        .containsEntry(PlatformField.CLICKS, 3)
        .containsEntry(PlatformField.IMPRESSIONS, 5)
        .containsEntry(PlatformField.EMV, 6);
    assertThat(p.missing()).isEmpty();
  }

  @Test
  void aPlatformReportCountsSharesAdvocatesAndValuePerMonth() throws Exception {
    ActualsImport i = read(LinkedInExports.write(dir, "platform.csv", PLATFORM)).imported();
    ActualsMonth jan = i.months().get(0);
    assertThat(jan.organicImpressions()).isEqualTo(2600);
    assertThat(jan.organicClicks()).isEqualTo(17);
    assertThat(jan.engagements()).isEqualTo(7);
    assertThat(jan.posts()).isEqualTo(4);
    assertThat(jan.advocates()).isEqualTo(2);
    assertThat(jan.earnedMediaValue()).isEqualTo(200.5);
    assertThat(jan.days()).isEqualTo(2);
    assertThat(i.months().get(1).advocates()).isZero();
  }

  @Test
  void reachIsPotentialAudienceSoImpressionsAreEstimatedAndMarked() throws Exception {
    Path f =
        LinkedInExports.write(dir, "reach.csv", "Date,User,Shares,Clicks,Reach\n2027-01-05,A,1,2,1000\n");
    ActualsImport i = read(f).imported();
    assertThat(i.impressionsFromReach()).isTrue();
    assertThat(i.months().get(0).organicImpressions()).isEqualTo(50);
  }

  @Test
  void theManagerCanMapAColumnTheHeadersDoNotName() throws Exception {
    Path f =
        LinkedInExports.write(dir, "odd.csv", "When,Advocate,Shares,Clicks,Seen by\n2027-01-05,A,1,2,300\n");
    ActualsPreview p = ActualsReader.preview(f);
    assertThat(p.missing()).contains(PlatformField.IMPRESSIONS);
    Map<PlatformField, Integer> mapping = new java.util.EnumMap<>(p.mapping());
    mapping.put(PlatformField.IMPRESSIONS, 4);
    mapping.put(PlatformField.DATE, 0);
    ActualsReadResult r = ActualsReader.read(f, mapping, 0.05, NOW);
    assertThat(r.imported().months().get(0).organicImpressions()).isEqualTo(300);
  }

  @Test
  void aPlatformReportWithOnlyAmbiguousDatesAsksForIsoDates() throws Exception {
    Path f =
        LinkedInExports.write(
            dir, "amb.csv", "Date,Advocate,Shares,Clicks,Impressions\n03/04/2027,A,1,2,3\n04/03/2027,B,1,2,3\n");
    assertThat(read(f).errors()).extracting(ImportError::messageKey).containsExactly("followup.import.unclearDateOrder");
  }

  @Test
  void nothingOfAFileWithErrorsIsKept() throws Exception {
    Path f = LinkedInExports.write(dir, "p.csv", PLATFORM + "2027-02-03,Per Ek,-1,0,0,0,0\n");
    ActualsReadResult r = read(f);
    assertThat(r.imported()).isNull();
    assertThat(r.errors()).extracting(ImportError::line).containsExactly(6L);
    assertThat(List.of(r.errors().get(0).column())).containsExactly(3);
  }
}
