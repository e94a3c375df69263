package se.socialorg.advisor.ui.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.socialorg.advisor.i18n.I18n;
import se.socialorg.advisor.model.Scenario;
import se.socialorg.advisor.store.scenario.Recovered;

/** What the recovery dialog says, without a toolkit (issue 19 item 6). */
class RecoveryOfferTest {

  private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
  private static final Instant CRASH = Instant.parse("2026-11-30T19:15:00Z");

  private static Recovered named() {
    return new Recovered(Scenario.blank().withNames("Pilot 2027", "Nordvik AB"), null, CRASH);
  }

  @ParameterizedTest
  @CsvSource({
    "en, Recover, Discard, “Nordvik AB – Pilot 2027”, 'Nov 30, 2026, 8:15'",
    "sv, Återställ, Kasta, ”Nordvik AB – Pilot 2027”, 2026-11-30 20:15",
  })
  void namesTheScenarioAndWhenItWasAutosavedWithRecoverAndDiscard(String language,
      String recover, String discard, String quotedName, String when) {
    RecoveryOffer offer = RecoveryOffer.of(named(), I18n.forLanguage(language), STOCKHOLM);

    assertThat(offer.recover()).isEqualTo(recover);
    assertThat(offer.discard()).isEqualTo(discard);
    assertThat(offer.message()).contains(quotedName).contains(when);
    assertThat(offer.title()).isEqualTo(I18n.forLanguage(language).t("file.recover.title"));
  }

  @Test
  void aCaseWithoutNamesIsNamedByItsFile() {
    Recovered r = new Recovered(Scenario.blank(), Path.of("/cases/board-2027.soa.json"), CRASH);

    assertThat(RecoveryOffer.of(r, I18n.forLanguage("en"), STOCKHOLM).message())
        .contains("“board-2027”");
  }

  @Test
  void aNeverSavedCaseWithoutNamesIsUntitled() {
    I18n en = I18n.forLanguage("en");
    Recovered r = new Recovered(Scenario.blank(), null, CRASH);

    assertThat(RecoveryOffer.of(r, en, STOCKHOLM).message())
        .contains("“" + en.t("file.untitled") + "”");
  }
}
