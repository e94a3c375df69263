package se.socialorg.advisor.store.survey;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * @param format the detected CSV format, null for a workbook
 * @param unknownAnswers answer words not understood, per field, with how often each occurs (the
 *     manager can map them with {@link AnswerMapping} and import again)
 */
public record ImportResult(
    Status status,
    OptionalLong surveyId,
    int storedRows,
    int badRows,
    List<ImportError> errors,
    int moreErrors,
    DetectedFormat format,
    Map<SurveyField, Map<String, Integer>> unknownAnswers) {

  /** Outcome kinds. */
  public enum Status {
    STORED,
    REJECTED,
    CANCELLED
  }

  public ImportResult {
    errors = List.copyOf(errors);
    Map<SurveyField, Map<String, Integer>> copy = new EnumMap<>(SurveyField.class);
    unknownAnswers.forEach((f, m) -> copy.put(f, Collections.unmodifiableMap(new LinkedHashMap<>(m))));
    unknownAnswers = Collections.unmodifiableMap(copy);
  }

  public ImportResult(
      Status status,
      OptionalLong surveyId,
      int storedRows,
      int badRows,
      List<ImportError> errors,
      int moreErrors,
      DetectedFormat format) {
    this(status, surveyId, storedRows, badRows, errors, moreErrors, format, Map.of());
  }

  public boolean stored() {
    return status == Status.STORED;
  }

  public int totalErrors() {
    return errors.size() + moreErrors;
  }
}
