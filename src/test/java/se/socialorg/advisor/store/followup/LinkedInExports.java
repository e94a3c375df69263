package se.socialorg.advisor.store.followup;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** LinkedIn-like files built in the tests (columns from reference-data-current.md s.4.1). */
final class LinkedInExports {

  static final String DESCRIPTION =
      "\"Aggregated metrics for Company Page updates. Organic and sponsored metrics are shown separately.\"";

  static final String HEADER =
      "Date,Impressions (organic),Impressions (sponsored),Impressions (total),Unique impressions (organic),"
          + "Clicks (organic),Clicks (sponsored),Clicks (total),Reactions (organic),Reactions (sponsored),"
          + "Reactions (total),Comments (organic),Comments (sponsored),Comments (total),Reposts (organic),"
          + "Reposts (sponsored),Reposts (total),Engagement rate (organic),Engagement rate (sponsored),"
          + "Engagement rate (total)";

  static final DateTimeFormatter US = DateTimeFormatter.ofPattern("MM/dd/yyyy");

  private LinkedInExports() {}

  /**
   * A daily export from {@code from} for {@code days} days: each day 100 organic and 40
   * sponsored impressions, 3 organic and 1 sponsored click, 5 reactions, 1 comment, 1 repost.
   */
  static Path daily(Path dir, String name, LocalDate from, int days, DateTimeFormatter dates, String header)
      throws IOException {
    StringBuilder sb = new StringBuilder(DESCRIPTION).append('\n').append(header).append('\n');
    for (int i = 0; i < days; i++) {
      sb.append(dates.format(from.plusDays(i)))
          .append(",100,40,140,90,3,1,4,4,1,5,1,0,1,1,0,1,0.07,0.025,0.05\n");
    }
    Path f = dir.resolve(name);
    Files.writeString(f, sb.toString(), StandardCharsets.UTF_8);
    return f;
  }

  static Path daily(Path dir, String name, LocalDate from, int days) throws IOException {
    return daily(dir, name, from, days, US, HEADER);
  }

  /**
   * The same daily export as {@link #daily} as an old binary workbook (.xls): a "All posts" sheet
   * first, then "metrics" with the description row, the header and the days as date cells;
   * encrypted when {@code password} is not null.
   */
  static Path dailyXls(Path dir, String name, LocalDate from, int days, String password)
      throws IOException {
    Path f = dir.resolve(name);
    if (password != null) {
      org.apache.poi.hssf.record.crypto.Biff8EncryptionKey.setCurrentUserPassword(password);
    }
    try (var wb = new org.apache.poi.hssf.usermodel.HSSFWorkbook();
        var out = Files.newOutputStream(f)) {
      wb.createSheet("All posts").createRow(0).createCell(0).setCellValue("Post title");
      var sheet = wb.createSheet("metrics");
      sheet.createRow(0).createCell(0).setCellValue(DESCRIPTION.replace("\"", ""));
      String[] header = HEADER.split(",");
      var h = sheet.createRow(1);
      for (int c = 0; c < header.length; c++) {
        h.createCell(c).setCellValue(header[c]);
      }
      var dateStyle = wb.createCellStyle();
      dateStyle.setDataFormat(wb.createDataFormat().getFormat("mm/dd/yyyy"));
      double[] values = {100, 40, 140, 90, 3, 1, 4, 4, 1, 5, 1, 0, 1, 1, 0, 1, 0.07, 0.025, 0.05};
      for (int d = 0; d < days; d++) {
        var row = sheet.createRow(2 + d);
        row.createCell(0).setCellValue(from.plusDays(d));
        row.getCell(0).setCellStyle(dateStyle);
        for (int c = 0; c < values.length; c++) {
          row.createCell(1 + c).setCellValue(values[c]);
        }
      }
      wb.write(out);
    } finally {
      org.apache.poi.hssf.record.crypto.Biff8EncryptionKey.setCurrentUserPassword(null);
    }
    return f;
  }

  static Path write(Path dir, String name, String content) throws IOException {
    Path f = dir.resolve(name);
    Files.writeString(f, content, StandardCharsets.UTF_8);
    return f;
  }
}
