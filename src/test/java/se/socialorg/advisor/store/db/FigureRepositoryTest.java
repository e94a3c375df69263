package se.socialorg.advisor.store.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.socialorg.advisor.model.Evidence;
import se.socialorg.advisor.model.FigureMethod;
import se.socialorg.advisor.model.Provenance;
import se.socialorg.advisor.model.ReferenceFigure;
import se.socialorg.advisor.model.Spokesperson;
import se.socialorg.advisor.model.TrustContext;

class FigureRepositoryTest {

  @TempDir Path dir;
  Database db;
  FigureRepository figures;

  @BeforeEach
  void open() {
    db = Database.open(dir.resolve("library.db"));
    figures = new FigureRepository(db);
  }

  @AfterEach
  void close() {
    db.close();
  }

  private ReferenceFigure swedenBusiness2012() {
    return figures.list(new FigureFilter("EDELMAN_INSTITUTIONS", "Sweden", 2012, null)).stream()
        .filter(f -> f.item().equals("business"))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void filtersByDatasetCountryAndYear() {
    assertThat(figures.list(new FigureFilter("EDELMAN_INSTITUTIONS", "Global", 2013, null)))
        .extracting(ReferenceFigure::item)
        .containsExactly("business", "government", "media", "ngos");
  }

  @Test
  void textSearchIsCaseInsensitiveAcrossSourceAndItem() {
    assertThat(figures.list(FigureFilter.all().withText("ANNONSÖRER"))).hasSize(5);
    assertThat(figures.list(FigureFilter.all().withText("mslgroup")))
        .extracting(ReferenceFigure::item)
        .containsExactly("employee_reach_uplift");
  }

  @Test
  void overrideShowsTheUserValueAndKeepsTheShippedOne() {
    long id = swedenBusiness2012().id();
    figures.override(id, 60, "Barometer 2026");
    ReferenceFigure f = figures.find(id).orElseThrow();
    assertThat(f.value()).isEqualTo(60);
    assertThat(f.overridden()).isTrue();
    assertThat(f.shippedValue()).isEqualTo(54);
    assertThat(f.note()).isEqualTo("Barometer 2026");
    assertThat(figures.list(new FigureFilter("EDELMAN_INSTITUTIONS", "Sweden", 2012, null)))
        .filteredOn(r -> r.item().equals("business"))
        .hasSize(1);
  }

  @Test
  void overridingTwiceReplacesTheEarlierOverride() {
    long id = swedenBusiness2012().id();
    figures.override(id, 60, "");
    figures.override(id, 61, "");
    assertThat(figures.find(id).orElseThrow().value()).isEqualTo(61);
  }

  @Test
  void resetOverrideRestoresTheShippedValue() {
    long id = swedenBusiness2012().id();
    figures.override(id, 60, "");
    figures.resetOverride(id);
    ReferenceFigure f = figures.find(id).orElseThrow();
    assertThat(f.value()).isEqualTo(54);
    assertThat(f.overridden()).isFalse();
  }

  @Test
  void shippedFiguresRefuseUpdates() {
    long id = swedenBusiness2012().id();
    assertThatThrownBy(() -> figures.updateUserFigure(id, 1, ""))
        .isInstanceOf(ShippedFigureException.class);
    assertThatThrownBy(() -> figures.deleteUserFigure(id)).isInstanceOf(ShippedFigureException.class);
    assertThat(figures.find(id).orElseThrow().value()).isEqualTo(54);
  }

  @Test
  void userFiguresCanBeAddedChangedAndDeleted() {
    long id =
        figures.addUserFigure(
            "EDELMAN_INSTITUTIONS", "Sweden", 2025, "business", 57, "percent",
            new Provenance("Edelman Trust Barometer 2025", "https://www.edelman.com", 2025,
                "general population", false, false),
            "from the Swedish report");
    figures.updateUserFigure(id, 58, "corrected");
    ReferenceFigure f = figures.find(id).orElseThrow();
    assertThat(f.shipped()).isFalse();
    assertThat(f.value()).isEqualTo(58);
    assertThat(f.source().population()).isEqualTo("general population");
    assertThat(figures.years("EDELMAN_INSTITUTIONS")).contains(2025);
    figures.deleteUserFigure(id);
    assertThat(figures.find(id)).isEmpty();
  }

  @Test
  void overridingAUserFigureIsRefused() {
    long id =
        figures.addUserFigure(
            "MINE", "Sweden", 2025, "x", 1, "percent", Provenance.userEntered(2025), "");
    assertThatThrownBy(() -> figures.override(id, 2, "")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void listsCountriesYearsAndIndustries() {
    assertThat(figures.countries()).contains("Global", "Sweden", "Germany", "UK", "Canada");
    assertThat(figures.years("EDELMAN_INSTITUTIONS"))
        .containsExactly(2010, 2011, 2012, 2013, 2014, 2019, 2020, 2021, 2022, 2023, 2024, 2025);
    assertThat(figures.industries()).contains("technology", "banks", "artificial_intelligence")
        .hasSize(15);
    assertThat(figures.datasets()).startsWith("SA2012_TRENDS", "SA2012_HIRING");
  }

  @Test
  void trustContextForSweden2012UsesSwedishSpokespeopleWhereGiven() {
    TrustLookup t = figures.trustLookup("Sweden", "technology", 2012).orElseThrow();
    TrustContext c = t.context();
    assertThat(c.trustInBusiness()).isEqualTo(54);
    assertThat(c.trustInMedia()).isEqualTo(38);
    assertThat(c.industryTrust()).isEqualTo(79);
    assertThat(c.credibility(Spokesperson.CEO)).isEqualTo(38);
    assertThat(c.credibility(Spokesperson.EMPLOYEE)).isEqualTo(50);
    assertThat(c.credibility(Spokesperson.ACADEMIC)).isEqualTo(68);
    assertThat(t.globalFallback(Spokesperson.ACADEMIC)).isTrue();
    assertThat(t.globalFallback(Spokesperson.CEO)).isFalse();
    assertThat(c.source().population()).contains("ACADEMIC=Global").contains("CEO=Sweden");
    assertThat(c.source().derived()).isTrue();
  }

  @Test
  void trustContextTakesTheIndustryFromTheNearestYear() {
    TrustContext c = figures.trustContext("Global", "banks", 2013).orElseThrow();
    assertThat(c.industryTrust()).isEqualTo(47);
    assertThat(c.trustInBusiness()).isEqualTo(58);
  }

  @Test
  void trustContextUsesOverrides() {
    figures.override(swedenBusiness2012().id(), 70, "");
    assertThat(figures.trustContext("Sweden", "technology", 2012).orElseThrow().trustInBusiness())
        .isEqualTo(70);
  }

  @Test
  void trustContextIsEmptyForAnUnknownIndustry() {
    assertThat(figures.trustContext("Sweden", "no-such-industry", 2012)).isEmpty();
  }

  @Test
  void aCountryWithoutItsOwnBusinessFigureUsesTheGlobalOneAndSaysSo() {
    TrustLookup t = figures.trustLookup("Germany", "technology", 2012).orElseThrow();

    assertThat(t.context().trustInBusiness()).isEqualTo(53);
    assertThat(t.fallbacks())
        .filteredOn(f -> f.input().equals(TrustLookup.BUSINESS))
        .singleElement()
        .satisfies(f -> {
          assertThat(f.figure().country()).isEqualTo("Global");
          assertThat(f.figure().year()).isEqualTo(2012);
        });
  }

  @Test
  void sweden2025UsesGlobal2025BusinessAndTheNewestGlobalMedia() {
    TrustLookup t = figures.trustLookup("Sweden", "technology", 2025).orElseThrow();

    assertThat(t.business()).extracting(ReferenceFigure::country, ReferenceFigure::year,
        ReferenceFigure::value).containsExactly("Global", 2025, 62.0);
    assertThat(t.media()).extracting(ReferenceFigure::country, ReferenceFigure::year,
        ReferenceFigure::value).containsExactly("Global", 2023, 50.0);
    assertThat(t.industry()).extracting(ReferenceFigure::year, ReferenceFigure::value)
        .containsExactly(2024, 76.0);
    assertThat(t.fallbacks()).extracting(TrustLookup.Fallback::input)
        .contains(TrustLookup.BUSINESS, TrustLookup.MEDIA, TrustLookup.INDUSTRY, "CEO");
  }

  @Test
  void from2024CredibilityIsMappedFromTrustInPeopleAndFlaggedDerived() {
    TrustLookup t = figures.trustLookup("Global", "technology", 2025).orElseThrow();

    assertThat(t.context().credibility())
        .containsExactlyInAnyOrderEntriesOf(Map.of(
            Spokesperson.ACADEMIC, 77.0,
            Spokesperson.TECHNICAL_EXPERT, 76.0,
            Spokesperson.PERSON_LIKE_YOURSELF, 62.0,
            Spokesperson.EMPLOYEE, 52.0,
            Spokesperson.CEO, 51.0));
    assertThat(t.credibility().values()).allSatisfy(f -> {
      assertThat(f.year()).isEqualTo(2024);
      assertThat(f.source().derived()).isTrue();
    });
    assertThat(t.mapping(Spokesperson.EMPLOYEE)).get()
        .satisfies(m -> assertThat(m.gap()).isEqualTo(10));
    assertThat(t.context().source().derived()).isTrue();
  }

  @Test
  void beforeTheNewSeriesThePublishedCredibilityIsUsed() {
    TrustLookup t = figures.trustLookup("Global", "technology", 2014).orElseThrow();

    assertThat(t.context().credibility(Spokesperson.CEO)).isEqualTo(43);
    assertThat(t.mapped()).isEmpty();
  }

  @Test
  void disputedFiguresAreNeverPickedSilently() {
    figures.addUserFigure("EDELMAN_INSTITUTIONS", "Norway", 2025, "business", 70, "percent",
        Provenance.userEntered(2025),
        new FigureMethod("their reading", "", "", Evidence.SECONDARY, true), "");

    TrustLookup t = figures.trustLookup("Norway", "technology", 2025).orElseThrow();

    assertThat(t.business().country()).isEqualTo("Global");
  }

  @Test
  void everyCountryWithEdelmanFiguresIsListedWithItsNewestYear() {
    List<CountryEdition> countries = figures.trustCountries();

    assertThat(countries.get(0)).isEqualTo(new CountryEdition("Global", 2025));
    assertThat(countries).contains(
        new CountryEdition("Sweden", 2023),
        new CountryEdition("Japan", 2025),
        new CountryEdition("Mexico", 2013),
        new CountryEdition("South Africa", 2023),
        new CountryEdition("Thailand", 2024));
    assertThat(countries).extracting(CountryEdition::country).doesNotHaveDuplicates();
  }
}
