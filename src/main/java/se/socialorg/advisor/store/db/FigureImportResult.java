package se.socialorg.advisor.store.db;

import java.util.List;

/**
 * What a figures file import did: everything stored, or nothing and why.
 *
 * @param added figures stored
 * @param alreadyPresent rows equal to a figure already in the library (skipped)
 * @param errors every problem found; when not empty nothing was stored
 */
public record FigureImportResult(int added, int alreadyPresent, List<FigureImportError> errors) {

  public FigureImportResult {
    errors = List.copyOf(errors);
  }

  public boolean stored() {
    return errors.isEmpty();
  }
}
