package se.socialorg.advisor.store.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.socialorg.advisor.model.Evidence;
import se.socialorg.advisor.model.FigureMethod;
import se.socialorg.advisor.model.Provenance;
import se.socialorg.advisor.model.ReferenceFigure;

/** The newest edition not later than the year; the country's own before global in a tie. */
class FigureSelectionTest {

  /** Business trust as shipped: Sweden 2011/2012, global 2012, 2023 and 2025. */
  private static final List<ReferenceFigure> BUSINESS = List.of(
      figure("Sweden", 2011, 52, false),
      figure("Sweden", 2012, 54, false),
      figure("Global", 2012, 53, false),
      figure("Global", 2023, 62, false),
      figure("Global", 2025, 62, false),
      figure("Norway", 2025, 70, false));

  @ParameterizedTest(name = "{0} {1} -> {2} {3}")
  @CsvSource({
    "Sweden, 2012, Sweden, 2012",
    "Sweden, 2011, Sweden, 2011",
    "Sweden, 2025, Global, 2025",
    "Sweden, 2024, Global, 2023",
    "Sweden, 2026, Global, 2025",
    "Sweden, 2010, Sweden, 2011",
    "Germany, 2013, Global, 2012",
    "Global, 2014, Global, 2012",
    "Norway, 2025, Norway, 2025"
  })
  void picksTheNewestEditionNotLaterThanTheYear(
      String country, int year, String usedCountry, int usedYear) {
    ReferenceFigure f = FigureSelection.pick(BUSINESS, country, year).orElseThrow();

    assertThat(f.country()).isEqualTo(usedCountry);
    assertThat(f.year()).isEqualTo(usedYear);
  }

  @ParameterizedTest
  @CsvSource({"true", "false"})
  void aPublishedFigureWinsOverADerivedOneOfTheSameEdition(boolean derivedFirst) {
    ReferenceFigure published = figure("Global", 2024, 51, false);
    ReferenceFigure derived = figure("Global", 2024, 48, true);
    List<ReferenceFigure> both = derivedFirst ? List.of(derived, published) : List.of(published, derived);

    assertThat(FigureSelection.pick(both, "Global", 2025)).contains(published);
  }

  @ParameterizedTest
  @CsvSource({"their reading, false", "'', true"})
  void aVariantOrDisputedFigureIsNeverPicked(String variant, boolean disputed) {
    ReferenceFigure other = new ReferenceFigure(9, "EDELMAN_INSTITUTIONS", "Global", 2025,
        "business", 99, "percent", Provenance.userEntered(2025), false, false, Double.NaN, "",
        new FigureMethod(variant, "", "", Evidence.SECONDARY, disputed));

    assertThat(FigureSelection.pick(List.of(other, figure("Global", 2023, 62, false)), "Global", 2025))
        .get().extracting(ReferenceFigure::year).isEqualTo(2023);
  }

  private static ReferenceFigure figure(String country, int year, double value, boolean derived) {
    return new ReferenceFigure(year * 100L + country.length(), "EDELMAN_INSTITUTIONS", country,
        year, "business", value, "percent",
        new Provenance("Edelman", "https://www.edelman.com/trust", year, "general population",
            derived, false), true, false, value, "");
  }
}
