package se.socialorg.advisor.ui.library;

import java.util.function.LongConsumer;
import javafx.scene.Node;
import se.socialorg.advisor.i18n.I18n;
import se.socialorg.advisor.ui.AppExecutor;
import se.socialorg.advisor.ui.Dialogs;
import se.socialorg.advisor.ui.Library;

/** Starting a survey import from elsewhere than the data library (the wizard's readiness step). */
public final class SurveyImports {

  private SurveyImports() {}

  /**
   * Asks for a survey file, then opens the import window; {@code onImported} gets the new id.
   * {@code owner} is kept for callers; the window opens over the main window through {@code
   * dialogs}.
   */
  public static void start(I18n t, Dialogs dialogs, AppExecutor executor, Library library,
      Node owner, LongConsumer onImported) {
    dialogs
        .chooseOpen(t.t("libui.import.choose"), t.t("libui.import.surveyFilter"), "*.xlsx", "*.xls", "*.csv",
            "*.txt")
        .ifPresent(file ->
            ImportSurveyDialog.open(t, dialogs, executor, new LibraryData(library), file,
                onImported));
  }
}
