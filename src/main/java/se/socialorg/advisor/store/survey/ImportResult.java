package se.socialorg.advisor.store.survey;

import java.util.List;
import java.util.OptionalLong;

/**
 * Outcome of {@link SurveyImporter#importSurvey}.
 *
 * @param status stored, rejected (nothing stored) or cancelled (nothing stored)
 * @param surveyId id of the stored survey, empty unless stored
 * @param storedRows respondents stored
 * @param badRows rows with at least one bad value (skipped when stored with skipBadRows)
 * @param errors the first {@link SurveyImporter#MAX_ERRORS} problems, in file order
 * @param moreErrors how many further problems were found but not kept
 * @param format the detected file format
 */
public record ImportResult(
    Status status,
    OptionalLong surveyId,
    int storedRows,
    int badRows,
    List<ImportError> errors,
    int moreErrors,
    DetectedFormat format) {

  /** Outcome kinds. */
  public enum Status {
    STORED,
    REJECTED,
    CANCELLED
  }

  public ImportResult {
    errors = List.copyOf(errors);
  }

  public boolean stored() {
    return status == Status.STORED;
  }

  public int totalErrors() {
    return errors.size() + moreErrors;
  }
}
