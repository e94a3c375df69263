package se.socialorg.advisor.present;

import java.util.Objects;

/**
 * One value of a category chart (bars, horizontal bars, stacked bars), with what the user sees
 * when hovering it and clicking it.
 *
 * @param category the category (x position of a vertical bar, row of a horizontal bar)
 * @param series the series the value belongs to; the legend shows one entry per series
 * @param value the number drawn
 * @param valueText the value formatted for display, e.g. "54 %"
 * @param sourceText short source, e.g. "Edelman Trust Barometer 2012, informed publics"
 * @param detailText full provenance, may span lines, may be empty
 * @param highlighted drawn in the highlight colour (e.g. the user's own country)
 */
public record ChartPoint(
    String category,
    String series,
    double value,
    String valueText,
    String sourceText,
    String detailText,
    boolean highlighted) {

  /** Checks the texts are present; {@code null} texts become empty. */
  public ChartPoint {
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(series, "series");
    valueText = valueText == null ? "" : valueText;
    sourceText = sourceText == null ? "" : sourceText;
    detailText = detailText == null ? "" : detailText;
  }

  /** A plain point: not highlighted, no detail beyond value and source. */
  public static ChartPoint of(
      String category, String series, double value, String valueText, String sourceText) {
    return new ChartPoint(category, series, value, valueText, sourceText, "", false);
  }

  /** What a tooltip shows: the value, then the source on its own line when there is one. */
  public String tooltipText() {
    return sourceText.isBlank() ? valueText : valueText + "\n" + sourceText;
  }

  /** What the details dialog shows: the full provenance, or value and source when it is empty. */
  public String detailsOrSummary() {
    return detailText.isBlank() ? tooltipText() : detailText;
  }
}
