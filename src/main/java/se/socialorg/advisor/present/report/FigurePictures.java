package se.socialorg.advisor.present.report;

import se.socialorg.advisor.store.report.Figure;

/**
 * Draws a report's chart ({@link Figure}) as a PNG picture, for the board deck: a deck's charts
 * are pictures, where the PDF draws the same figures as vector graphics. The drawing needs a
 * toolkit and lives in {@code ui.charts.FigurePainter}, which the window and {@code Main} hand
 * over.
 */
@FunctionalInterface
public interface FigurePictures {

  /** The figure as PNG bytes, on a white background. Any thread. */
  byte[] png(Figure figure) throws InterruptedException;
}
