package se.socialorg.advisor.store.followup;

import java.util.List;
import se.socialorg.advisor.model.ActualsImport;
import se.socialorg.advisor.store.survey.ImportError;

/**
 * Outcome of reading a file of actual results: all or nothing.
 *
 * @param imported the import, or null when any row has a problem
 * @param errors the first {@link ActualsReader#MAX_ERRORS} problems, in file order
 * @param moreErrors how many further problems were found
 */
public record ActualsReadResult(ActualsImport imported, List<ImportError> errors, int moreErrors) {
  public ActualsReadResult {
    errors = List.copyOf(errors);
  }

  public boolean ok() {
    return imported != null;
  }
}
