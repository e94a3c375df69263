package se.socialorg.advisor.present;

import java.util.ArrayList;
import java.util.List;
import se.socialorg.advisor.i18n.I18n;

/**
 * A chart's data as a table and as one text, for readers who cannot see the chart: a screen
 * reader reads {@link #accessibleText()}, and "Show as table" lists {@link #rows()}. One row per
 * drawn value: what it is about, its series, the value as the tooltip writes it, and its source.
 *
 * @param title the chart's title, may be empty
 * @param headers the column headings
 * @param rows one row per value, as many cells as headings
 */
public record ChartTable(String title, List<String> headers, List<List<String>> rows) {

  public ChartTable {
    title = title == null ? "" : title;
    headers = List.copyOf(headers);
    rows = rows.stream().map(List::copyOf).toList();
  }

  /** The table of a chart's points, in the order they are drawn. */
  public static ChartTable of(I18n i18n, String title, List<ChartPoint> points) {
    List<List<String>> rows = new ArrayList<>();
    for (ChartPoint p : points) {
      rows.add(List.of(p.category().replace('\n', ' '), p.series(), p.valueText(), p.sourceText()));
    }
    return new ChartTable(title, List.of(i18n.t("chart.table.category"),
        i18n.t("chart.table.series"), i18n.t("chart.table.value"), i18n.t("chart.table.source")),
        rows);
  }

  /** The chart in words: its title, then each value with what it is about, in drawing order. */
  public String accessibleText() {
    StringBuilder sb = new StringBuilder(title);
    for (List<String> r : rows) {
      if (sb.length() > 0) {
        sb.append(". ");
      }
      sb.append(r.get(0)).append(", ").append(r.get(1)).append(": ").append(r.get(2));
    }
    return sb.toString();
  }
}
