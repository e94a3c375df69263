package se.socialorg.advisor.ui.scenario;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import se.socialorg.advisor.i18n.I18n;
import se.socialorg.advisor.store.scenario.Recovered;
import se.socialorg.advisor.store.scenario.ScenarioFileNames;

/**
 * What the recovery dialog says after a crash (ADR 0010, issue 19 item 6): which scenario was
 * autosaved and when, in the user's locale, and the two answers in words, Recover and Discard.
 *
 * @param title the dialog's title
 * @param message names the scenario and when it was autosaved
 * @param recover the button that opens the autosaved copy
 * @param discard the button that deletes it
 */
public record RecoveryOffer(String title, String message, String recover, String discard) {

  /** The offer for an autosaved scenario, with its time in {@code zone}. */
  public static RecoveryOffer of(Recovered r, I18n t, ZoneId zone) {
    // Swedish dates are written 2026-11-30 (the short style); English spells the month out.
    FormatStyle dateStyle = "sv".equals(t.language()) ? FormatStyle.SHORT : FormatStyle.MEDIUM;
    String when = DateTimeFormatter.ofLocalizedDateTime(dateStyle, FormatStyle.SHORT)
        .withLocale(t.locale()).format(r.savedAt().atZone(zone));
    return new RecoveryOffer(t.t("file.recover.title"),
        t.t("recovery.message", name(r, t), when), t.t("recovery.recover"),
        t.t("recovery.discard"));
  }

  /** The case's name, else its file's name, else "Untitled scenario". */
  private static String name(Recovered r, I18n t) {
    String named = ScenarioFileNames.caseName(r.scenario());
    if (!named.isBlank()) {
      return named;
    }
    if (r.originalFile() != null && r.originalFile().getFileName() != null) {
      return ScenarioFileNames.base(r.originalFile().getFileName().toString());
    }
    return t.t("file.untitled");
  }
}
