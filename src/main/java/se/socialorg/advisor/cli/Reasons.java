package se.socialorg.advisor.cli;

import se.socialorg.advisor.i18n.I18n;
import se.socialorg.advisor.store.scenario.ScenarioFileException;

/** Why a headless command could not read its input, on one line, in the command's language. */
final class Reasons {

  private Reasons() {}

  /**
   * The reason for {@code e}: a scenario file's own message in {@code i18n}'s language (with its
   * place), otherwise the exception's message; always on one line.
   */
  static String of(Throwable e, I18n i18n) {
    String text = e instanceof ScenarioFileException s ? s.localized(i18n) : e.getMessage();
    return text == null ? "" : text.replaceAll("\\s*\\R\\s*", " ").trim();
  }
}
