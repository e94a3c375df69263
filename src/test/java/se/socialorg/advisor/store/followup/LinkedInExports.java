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

  static Path write(Path dir, String name, String content) throws IOException {
    Path f = dir.resolve(name);
    Files.writeString(f, content, StandardCharsets.UTF_8);
    return f;
  }
}
