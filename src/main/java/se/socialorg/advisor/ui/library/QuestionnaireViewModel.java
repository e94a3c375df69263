package se.socialorg.advisor.ui.library;

import java.io.IOException;
import java.nio.file.Path;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import se.socialorg.advisor.i18n.I18n;
import se.socialorg.advisor.store.report.ReportException;
import se.socialorg.advisor.store.report.ReportWriter;
import se.socialorg.advisor.store.survey.SurveyKit;

/**
 * "Get the questionnaire": the questions in the language the survey will be sent in (which may
 * differ from the app's), as text to paste into Microsoft Forms or Google Forms, and the files to
 * save. The save methods do file work: call them off the FX thread. No controls.
 */
public final class QuestionnaireViewModel {

  /** What can be saved. */
  public enum Kind {
    PDF(".pdf"),
    CSV(".csv"),
    XLSX(".xlsx");

    private final String extension;

    Kind(String extension) {
      this.extension = extension;
    }

    public String extension() {
      return extension;
    }
  }

  private final ReadOnlyStringWrapper language = new ReadOnlyStringWrapper();
  private final ReadOnlyStringWrapper formsText = new ReadOnlyStringWrapper();

  public QuestionnaireViewModel(String appLanguage) {
    chooseLanguage(appLanguage);
  }

  /** "en" or "sv": the questionnaire's language. */
  public ReadOnlyStringProperty languageProperty() {
    return language.getReadOnlyProperty();
  }

  /** The questions and options as text for Microsoft Forms or Google Forms. */
  public ReadOnlyStringProperty formsTextProperty() {
    return formsText.getReadOnlyProperty();
  }

  /** Writes the questionnaire in English ("en") or Swedish ("sv"). */
  public void chooseLanguage(String lang) {
    String l = "sv".equals(lang) ? "sv" : "en";
    language.set(l);
    formsText.set(kit().formsText());
  }

  /** The file name to suggest, e.g. "Medarbetarenkät sociala medier.xlsx". */
  public String suggestedName(Kind kind) {
    return i18n().t("kit.fileName") + kind.extension();
  }

  /** Writes the chosen file (atomically). Off the FX thread. */
  public void save(Kind kind, Path file) throws IOException, ReportException {
    SurveyKit kit = kit();
    switch (kind) {
      case PDF -> new ReportWriter().write(kit.document(), file);
      case CSV -> kit.writeCsv(file);
      case XLSX -> kit.writeXlsx(file);
      default -> throw new IllegalArgumentException(kind.name());
    }
  }

  private SurveyKit kit() {
    return new SurveyKit(i18n());
  }

  private I18n i18n() {
    return I18n.forLanguage(language.get());
  }
}
