package se.socialorg.advisor.present.report;

import se.socialorg.advisor.i18n.I18n;
import se.socialorg.advisor.present.Analysis;

/**
 * Draws the report's charts as PNG pictures. The report's content needs only the bytes;
 * the drawing is JavaFX and lives in {@code ui.report.ReportCharts}, which {@code Main} (for the
 * {@code report} command) and the window hand to {@link ReportBuilder}.
 */
@FunctionalInterface
public interface ChartPictures {

  /**
   * The rendered pictures, PNG bytes each; {@code group} (each member's weight per goal) is null
   * when the analysis has no group.
   */
  record Pictures(byte[] scores, byte[] tornado, byte[] acceptability, byte[] projection,
      byte[] group) {

    /** The four pictures of a one-person scenario. */
    public Pictures(byte[] scores, byte[] tornado, byte[] acceptability, byte[] projection) {
      this(scores, tornado, acceptability, projection, null);
    }
  }

  /**
   * Draws the score split, tornado, chance of ranking first and projection of {@code analysis}
   * in {@code i18n}'s language, and with a group its members' weights per goal. May be called off the FX thread; waits for the drawing.
   */
  Pictures render(Analysis analysis, String currency, I18n i18n) throws InterruptedException;
}
