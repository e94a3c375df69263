package se.socialorg.advisor.store.scenario;

import java.io.IOException;

/**
 * A scenario was not saved because the reader would refuse the file (for example notes longer
 * than {@value ScenarioFiles#MAX_STRING_LENGTH} characters): what the app saves, it can open.
 * {@link #reason()} says why, in the reader's words.
 */
public final class UnreadableScenarioException extends IOException {

  private static final long serialVersionUID = 1L;

  private final transient ScenarioFileException reason;

  UnreadableScenarioException(ScenarioFileException reason) {
    super("Not saved: the file would not open again (" + reason.getMessage() + ")", reason);
    this.reason = reason;
  }

  /** Why the reader would refuse the file. */
  public ScenarioFileException reason() {
    return reason;
  }
}
