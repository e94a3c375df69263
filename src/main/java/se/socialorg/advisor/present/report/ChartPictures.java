package se.socialorg.advisor.present.report;

import se.socialorg.advisor.i18n.I18n;
import se.socialorg.advisor.present.Analysis;
import se.socialorg.advisor.store.report.Figure;

/**
 * Draws the report's charts. The report's content needs only the figures; {@link ReportFigures}
 * draws them as vector graphics without JavaFX (decision 0019), for the {@code report} command and
 * the window alike.
 */
@FunctionalInterface
public interface ChartPictures {

  /**
   * The charts, one figure each; {@code group} (each member's weight per goal) is null when the
   * analysis has no group.
   */
  record Pictures(Figure scores, Figure tornado, Figure acceptability, Figure projection,
      Figure group) {

    /** The four charts of a one-person scenario. */
    public Pictures(Figure scores, Figure tornado, Figure acceptability, Figure projection) {
      this(scores, tornado, acceptability, projection, null);
    }
  }

  /**
   * Draws the score split, tornado, chance of ranking first and projection of {@code analysis}
   * in {@code i18n}'s language, and with a group its members' weights per goal. Any thread.
   */
  Pictures render(Analysis analysis, String currency, I18n i18n) throws InterruptedException;
}
