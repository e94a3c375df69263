package se.socialorg.advisor.present;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.socialorg.advisor.i18n.I18n;
import se.socialorg.advisor.model.Provenance;

/** Sources and populations in words, in the user's language where the app ships them. */
class ProvenanceTextTest {

  private static final I18n SWEDISH = I18n.forLanguage("sv");
  private static final I18n ENGLISH = I18n.forLanguage("en");

  private static final Provenance EDELMAN =
      new Provenance("Edelman Trust Barometer 2012", "https://www.edelman.com/trust", 2012,
          "informed publics", false, false);

  @Test
  void shippedPopulationReadsInSwedish() {
    assertThat(ProvenanceText.brief(SWEDISH, EDELMAN))
        .isEqualTo("Edelman Trust Barometer 2012, informerad allmänhet");
    assertThat(ProvenanceText.brief(ENGLISH, EDELMAN))
        .isEqualTo("Edelman Trust Barometer 2012, informed publics");
  }

  @Test
  void shippedTitleWithAccentsReadsInSwedish() {
    Provenance survey = new Provenance(
        "Sveriges Annonsörer: trends and hiring needs survey 2012 (fieldwork Novus)", "", 2012,
        "161 marketing and communication managers", false, false);

    assertThat(ProvenanceText.full(SWEDISH, survey))
        .contains("trend- och rekryteringsundersökning 2012")
        .contains("161 marknads- och kommunikationschefer");
  }

  @Test
  void shippedScaleReadsInSwedish() {
    assertThat(ProvenanceText.scale(SWEDISH, "9-point scale, share answering 6-9"))
        .isEqualTo("niogradig skala, andel som svarar 6–9");
    assertThat(ProvenanceText.scale(SWEDISH, "5-point scale, share answering very or fairly large confidence"))
        .isEqualTo("femgradig skala, andel med mycket eller ganska stort förtroende");
  }

  @Test
  void aUsersOwnTextReadsAsTyped() {
    Provenance own = new Provenance("Our staff poll", "", 2024, "all employees", false, false);

    assertThat(ProvenanceText.brief(SWEDISH, own)).isEqualTo("Our staff poll 2024, all employees");
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "sv"})
  void everyShippedTitleAndPopulationHasItsText(String language) throws IOException {
    I18n i18n = I18n.forLanguage(language);
    List<String> missing = new ArrayList<>();
    try (Reader in = new InputStreamReader(
        ProvenanceTextTest.class.getResourceAsStream(
            "/se/socialorg/advisor/store/db/seed/figures.csv"), StandardCharsets.UTF_8)) {
      for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
          .build().parse(in)) {
        checkShipped(i18n, "seed.source.", r.get("source_title"), missing);
        checkShipped(i18n, "seed.population.", r.get("population"), missing);
        checkShipped(i18n, "seed.scale.", r.get("scale"), missing);
      }
    }
    assertThat(missing).as("texts of shipped figures with no %s entry", language).isEmpty();
  }

  private static void checkShipped(I18n i18n, String prefix, String text, List<String> missing) {
    if (!text.isBlank() && !i18n.has(prefix + ProvenanceText.slug(text))) {
      missing.add(text);
    }
  }
}
