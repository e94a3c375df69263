package se.socialorg.advisor.store.followup;

import se.socialorg.advisor.i18n.I18n;
import se.socialorg.advisor.store.survey.ImportError;

/** A file of actual results that cannot be read at all; nothing is imported. */
public final class ActualsFileException extends Exception {

  private static final long serialVersionUID = 1L;

  private final transient ImportError error;

  public ActualsFileException(ImportError error) {
    super(error.toString());
    this.error = error;
  }

  public ImportError error() {
    return error;
  }

  /** The one line to show, in the manager's language. */
  public String message(I18n i18n) {
    return error.format(i18n);
  }
}
