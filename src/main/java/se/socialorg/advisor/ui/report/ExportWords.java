package se.socialorg.advisor.ui.report;

import se.socialorg.advisor.i18n.I18n;
import se.socialorg.advisor.model.Scenario;
import se.socialorg.advisor.store.report.ReportException;
import se.socialorg.advisor.ui.BackgroundTask;

/** What the report and deck exports share: the file name offered, and a failure in words. */
final class ExportWords {

  private ExportWords() {}

  /** The scenario's name fit for a file name, or {@code fallback} when it has none. */
  static String baseName(Scenario s, String fallback) {
    String name = s.name().isBlank() ? fallback : s.name();
    String clean = name.replaceAll("[\\\\/:*?\"<>|]+", " ").trim();
    return clean.isEmpty() ? fallback : clean;
  }

  /** A failed export (already logged once by its task) in the manager's words. */
  static String failure(I18n ui, Throwable error) {
    if (error instanceof ReportException) {
      return BackgroundTask.message(ui, error);
    } else if (error instanceof java.io.IOException io) {
      return ui.t("report.error.io", String.valueOf(io.getMessage()));
    }
    return ui.t("report.error.unexpected", String.valueOf(error));
  }
}
