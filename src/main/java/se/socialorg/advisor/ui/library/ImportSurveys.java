package se.socialorg.advisor.ui.library;

import java.nio.file.Path;
import java.util.Map;
import java.util.function.Supplier;
import se.socialorg.advisor.store.survey.AnswerMapping;
import se.socialorg.advisor.store.survey.ImportPreview;
import se.socialorg.advisor.store.survey.ImportResult;
import se.socialorg.advisor.store.survey.ProgressListener;
import se.socialorg.advisor.store.survey.SurveyField;
import se.socialorg.advisor.store.survey.SurveyImporter;

/** The narrow part of the survey store that {@link ImportSurveyViewModel} needs. */
public interface ImportSurveys {

  /** The detected format, headers, suggested mapping and first rows of {@code file}. */
  ImportPreview preview(Path file);

  /** Imports all or nothing (or the good rows with {@code skipBadRows}). */
  ImportResult importSurvey(Path file, String name, Map<SurveyField, String> mapping,
      AnswerMapping answers, boolean skipBadRows, ProgressListener progress);

  /** The library's importer, made afresh for each call (it may run on a worker thread). */
  static ImportSurveys of(Supplier<SurveyImporter> importer) {
    return new ImportSurveys() {
      @Override
      public ImportPreview preview(Path file) {
        return importer.get().preview(file);
      }

      @Override
      public ImportResult importSurvey(Path file, String name,
          Map<SurveyField, String> mapping, AnswerMapping answers, boolean skipBadRows,
          ProgressListener progress) {
        return importer.get().importSurvey(file, name, mapping, answers, skipBadRows, progress);
      }
    };
  }
}
