package se.socialorg.advisor.present;

import java.util.Objects;

/**
 * One point of a line chart, e.g. the projected reach in month {@code x}.
 *
 * @param series the line the point belongs to
 * @param x horizontal position (e.g. month)
 * @param y vertical position
 * @param valueText the value formatted for display
 * @param sourceText where the figure comes from, may be empty
 */
public record LinePoint(String series, double x, double y, String valueText, String sourceText) {

  /** Checks the series is named; {@code null} texts become empty. */
  public LinePoint {
    Objects.requireNonNull(series, "series");
    valueText = valueText == null ? "" : valueText;
    sourceText = sourceText == null ? "" : sourceText;
  }
}
