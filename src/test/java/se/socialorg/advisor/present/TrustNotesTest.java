package se.socialorg.advisor.present;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.socialorg.advisor.i18n.I18n;
import se.socialorg.advisor.model.Scenario;
import se.socialorg.advisor.model.TrustContext;
import se.socialorg.advisor.store.db.CountryEdition;
import se.socialorg.advisor.store.db.Database;
import se.socialorg.advisor.store.db.FigureRepository;
import se.socialorg.advisor.store.db.TrustLookup;

/** Fallback wording and age warnings over the shipped figures. */
class TrustNotesTest {

  static final I18n EN = I18n.forLanguage("en");
  static final I18n SV = I18n.forLanguage("sv");

  @TempDir static Path dir;
  static Database db;
  static FigureRepository figures;

  @BeforeAll
  static void open() {
    db = Database.open(dir.resolve("library.db"));
    figures = new FigureRepository(db);
  }

  @AfterAll
  static void close() {
    db.close();
  }

  private static TrustLookup lookup(String country, int year) {
    return figures.trustLookup(country, "technology", year).orElseThrow();
  }

  @Test
  void sweden2025SaysWhichGlobalFiguresStandIn() {
    assertThat(TrustNotes.fallbacks(EN, lookup("Sweden", 2025))).containsExactly(
        "Trust in business: Sweden 2025 not published; global 2025 used.",
        "Trust in media: Sweden 2025 not published; global 2023 used.",
        "Trust in your industry, Academic or expert, Company technical expert, Person like"
            + " yourself, Regular employee, CEO: Sweden 2025 not published; global 2024 used.");
  }

  @Test
  void theFallbackReadsInSwedish() {
    assertThat(TrustNotes.fallbacks(SV, lookup("Sweden", 2025))).first().isEqualTo(
        "Förtroende för näringslivet: inga siffror för Sverige 2025; globala siffror från 2025"
            + " används.");
  }

  @Test
  void sweden2012NamesOnlyTheInputsWithoutASwedishFigure() {
    assertThat(TrustNotes.fallbacks(EN, lookup("Sweden", 2012))).containsExactly(
        "Trust in your industry, Academic or expert, Person like yourself: Sweden 2012 not"
            + " published; global 2012 used.");
  }

  @Test
  void anOlderEditionOfTheCountryItselfIsNamedWithItsYear() {
    assertThat(TrustNotes.fallbacks(EN, lookup("Sweden", 2013)))
        .contains("Company technical expert, Regular employee, CEO: Sweden 2013 not published;"
            + " Sweden 2012 used.");
  }

  @Test
  void figuresOfTheChosenCountryAndYearNeedNoNote() {
    TrustLookup global2012 = figures.trustLookup("Global", "banks", 2012).orElseThrow();

    assertThat(TrustNotes.fallbacks(EN, global2012)).isEmpty();
  }

  @Test
  void everyFigureOlderThanFiveYearsIsNamedWithItsYear() {
    assertThat(TrustNotes.ageWarning(EN, lookup("Sweden", 2012), 2026)).get().asString()
        .startsWith("More than five years older than 2026: Trust in business (2012), Trust in"
            + " media (2012), Trust in your industry (2012)")
        .contains("CEO (2012)");
  }

  @ParameterizedTest(name = "figures of {0}, scenario {1}: warning {2}")
  @CsvSource({"2025, 2026, false", "2025, 2028, false", "2025, 2029, true", "2012, 2017, false",
      "2012, 2018, true"})
  void theWarningStartsAfterFiveYears(int edition, int scenarioYear, boolean warned) {
    // Sweden 2025: media is global 2023, the oldest figure used.
    TrustLookup l = lookup(edition == 2025 ? "Sweden" : "Global", edition);

    assertThat(TrustNotes.ageWarning(EN, l, scenarioYear).isPresent()).isEqualTo(warned);
  }

  @Test
  void figuresTheManagerTypedOverAreNotWarnedAbout() {
    TrustLookup l = lookup("Global", 2012);
    TrustContext c = l.context();
    TrustContext own = new TrustContext(c.country(), c.industry(), c.year(), 50, 50, 50,
        c.credibility(), Set.of("trustInBusiness", "trustInMedia", "industryTrust", "ACADEMIC",
            "TECHNICAL_EXPERT", "PERSON_LIKE_YOURSELF", "EMPLOYEE"), c.source());
    TrustLookup typed = new TrustLookup(own, l.business(), l.media(), l.industry(),
        l.credibility(), l.mapped());

    assertThat(TrustNotes.ageWarning(EN, typed, 2026)).get().asString()
        .isEqualTo("More than five years older than 2026: CEO (2012). Check the data library for a"
            + " newer edition, import one, or type your own figures.");
  }

  @Test
  void theReportWarnsFromTheScenarioAlone() {
    assertThat(TrustNotes.ageWarning(SV, TrustContext.defaults(), 2026)).contains(
        "Förtroendesiffrorna är från 2012, 14 år före 2026. Nyare utgåvor kan visa något annat:"
            + " se efter i databiblioteket eller importera en fil med siffror.");
    assertThat(TrustNotes.ageWarning(EN, TrustContext.defaults(), 2016)).isEmpty();
  }

  @Test
  void mappedCredibilityIsNamedAsDerived() {
    TrustLookup l = lookup("Global", 2025);

    assertThat(TrustNotes.mapping(EN, l)).get().asString().contains("(2024)");
    assertThat(TrustNotes.origin(EN, l.credibility().values().iterator().next()))
        .isEqualTo("global 2024, derived");
    assertThat(TrustNotes.origin(SV, l.business())).isEqualTo("globalt 2025");
  }

  @Test
  void aCountryChoiceShowsItsNewestYear() {
    assertThat(TrustNotes.countryChoice(SV, new CountryEdition("Sweden", 2023)))
        .isEqualTo("Sverige (senast 2023)");
  }

  @ParameterizedTest(name = "case dated \"{0}\" is judged as of {1}")
  @CsvSource(value = {"2024-03-01|2024", "''|2026", "not a date|2026"}, delimiter = '|')
  void figuresAreJudgedAsOfTheCasesOwnDate(String date, int year) {
    Scenario dated = Scenario.blank().withAuthorAndDate("", date);
    assertThat(TrustNotes.scenarioYear(dated, 2026)).isEqualTo(year);
  }

  @Test
  void aCaseDatedBeforeTheFigureGrewOldHasNoAgeWarning() {
    TrustContext figures2012 = TrustContext.defaults();
    int caseYear = TrustNotes.scenarioYear(Scenario.blank().withAuthorAndDate("", "2015-06-01"), 2026);
    assertThat(TrustNotes.ageWarning(EN, figures2012, caseYear)).isEmpty();
    assertThat(TrustNotes.ageWarning(EN, figures2012, 2026)).isPresent();
  }
}
