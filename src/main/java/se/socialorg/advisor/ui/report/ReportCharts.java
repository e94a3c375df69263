package se.socialorg.advisor.ui.report;

import se.socialorg.advisor.i18n.I18n;
import se.socialorg.advisor.present.Analysis;
import se.socialorg.advisor.present.report.ChartPictures;
import se.socialorg.advisor.present.report.ReportFigures;

/**
 * The charts of a report exported from the window: the same vector figures as the headless
 * {@code report} command ({@link ReportFigures}), so a report looks the same from both. Nothing
 * is drawn on the FX thread and nothing needs the toolkit (decision 0019).
 */
public final class ReportCharts implements ChartPictures {

  private final ReportFigures figures = new ReportFigures();

  @Override
  public Pictures render(Analysis a, String currency, I18n i18n) {
    return figures.render(a, currency, i18n);
  }
}
