package se.socialorg.advisor.store.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.socialorg.advisor.model.Dataset;
import se.socialorg.advisor.model.Evidence;
import se.socialorg.advisor.model.ReferenceFigure;

class SeedTest {

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

  @Test
  void everySeededFigureCarriesItsProvenance() {
    List<ReferenceFigure> all = figures.list(FigureFilter.all());
    assertThat(all).hasSize(Seed.rows().size());
    assertThat(all)
        .allSatisfy(
            f -> {
              assertThat(f.shipped()).isTrue();
              assertThat(f.source().sourceTitle()).isNotBlank();
              assertThat(f.source().sourceUrl()).startsWith("https://");
              assertThat(f.unit()).isIn("percent", "share", "factor", "index", "fte", "usd");
              if (!f.item().equals("employee_reach_uplift")) {
                assertThat(f.year()).isBetween(2009, 2026);
              }
            });
  }

  @Test
  void everySeededFigureNamesItsPopulationQuestionScaleAndEvidence() {
    assertThat(figures.list(FigureFilter.all()))
        .allSatisfy(
            f -> {
              assertThat(f.source().population()).as("population of %s", f).isNotBlank();
              assertThat(f.method().question()).as("question of %s", f).isNotBlank();
              assertThat(f.method().scale()).as("scale of %s", f).isNotBlank();
              assertThat(f.method().evidence()).as("evidence of %s", f).isNotEqualTo(Evidence.UNKNOWN);
            });
  }

  @Test
  void percentagesLieBetweenZeroAndHundred() {
    assertThat(figures.list(FigureFilter.all()))
        .filteredOn(f -> f.unit().equals("percent") && !f.item().equals("employee_reach_uplift"))
        .allSatisfy(f -> assertThat(f.value()).as("%s", f).isBetween(0.0, 100.0));
  }

  @Test
  void figuresTwoSourcesDisagreeOnComeAsAFlaggedPairNeverAsOneValue() {
    Map<String, List<ReferenceFigure>> disputed =
        figures.list(FigureFilter.all()).stream()
            .filter(f -> f.method().disputed())
            .collect(Collectors.groupingBy(
                f -> f.dataset() + "/" + f.country() + "/" + f.year() + "/" + f.item()));
    assertThat(disputed)
        .containsKeys(
            "EDELMAN_INSTITUTIONS/Global/2025/my_employer",
            "MEDIEAKADEMIN_CONFIDENCE/Sweden/2024/police");
    assertThat(disputed.get("EDELMAN_INSTITUTIONS/Global/2025/my_employer"))
        .extracting(ReferenceFigure::value)
        .containsExactlyInAnyOrder(75.0, 76.0);
    assertThat(disputed.get("MEDIEAKADEMIN_CONFIDENCE/Sweden/2024/police"))
        .extracting(ReferenceFigure::value)
        .containsExactlyInAnyOrder(67.0, 72.0);
    assertThat(disputed.values())
        .allSatisfy(pair -> assertThat(pair).allSatisfy(f -> assertThat(f.method().variant()).isNotBlank()));
  }

  @Test
  void aSecondarySourceThatDisagreesWithThePrimaryIsFlaggedAndThePrimaryKept() {
    List<ReferenceFigure> government =
        figures.list(new FigureFilter("EDELMAN_INSTITUTIONS", "Global", 2023, null)).stream()
            .filter(f -> f.item().equals("government"))
            .toList();
    assertThat(government)
        .extracting(f -> f.value(), f -> f.method().evidence(), f -> f.method().disputed())
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(50.0, Evidence.PRIMARY, false),
            org.assertj.core.groups.Tuple.tuple(51.0, Evidence.SECONDARY, true));
  }

  @Test
  void edelmanAndMedieakademinAreSeparateDatasetsWithTheirOwnScales() {
    List<ReferenceFigure> all = figures.list(FigureFilter.all());
    assertThat(all)
        .filteredOn(f -> f.dataset().startsWith("EDELMAN_") && f.unit().equals("percent")
            && !f.dataset().equals("EDELMAN_SPOKESPEOPLE")
            && !f.dataset().equals("EDELMAN_EXPECTATIONS"))
        .allSatisfy(f -> assertThat(f.method().scale()).contains("9-point"));
    assertThat(all)
        .filteredOn(f -> f.dataset().equals("MEDIEAKADEMIN_CONFIDENCE"))
        .allSatisfy(f -> {
          assertThat(f.country()).isEqualTo("Sweden");
          assertThat(f.method().scale()).contains("5-point");
          assertThat(f.method().question()).contains("förtroende");
        });
  }

  @Test
  void seedHasTheExpectedNumberOfFiguresPerDataset() {
    Map<String, Long> counts =
        figures.list(FigureFilter.all()).stream()
            .collect(Collectors.groupingBy(ReferenceFigure::dataset, Collectors.counting()));
    assertThat(counts)
        .containsExactlyInAnyOrderEntriesOf(
            Map.ofEntries(
                Map.entry("SA2012_TRENDS", 2L),
                Map.entry("SA2012_HIRING", 3L),
                Map.entry("EDELMAN_INSTITUTIONS", 66L),
                Map.entry("EDELMAN_TRUST_INDEX", 95L),
                Map.entry("EDELMAN_INDUSTRIES", 58L),
                Map.entry("EDELMAN_SPOKESPEOPLE", 37L),
                Map.entry("ADVOCACY_BENCHMARKS", 10L),
                Map.entry("EDELMAN_TRUST_IN_PEOPLE", 8L),
                Map.entry("EDELMAN_EMPLOYEES", 5L),
                Map.entry("EDELMAN_INNOVATION", 10L),
                Map.entry("EDELMAN_EXPECTATIONS", 2L),
                Map.entry("MEDIEAKADEMIN_CONFIDENCE", 60L),
                Map.entry("SOM_CONFIDENCE", 5L),
                Map.entry("VERIAN_REPUTATION", 10L),
                Map.entry("SWEDEN_INTERPERSONAL_TRUST", 2L),
                Map.entry("MATURITY_PATH", 5L)));
    assertThat(counts.keySet())
        .containsExactlyInAnyOrder(
            java.util.Arrays.stream(Dataset.values()).map(Enum::name).toArray(String[]::new));
  }

  @ParameterizedTest(name = "{0} {1} {2} {3} = {4}")
  @CsvSource({
    "EDELMAN_INSTITUTIONS, Sweden, 2012, business, 54",
    "EDELMAN_INSTITUTIONS, Sweden, 2011, government, 64",
    "EDELMAN_INSTITUTIONS, Sweden, 2012, media, 38",
    "EDELMAN_INSTITUTIONS, Global, 2014, government, 44",
    "EDELMAN_TRUST_INDEX, Germany, 2013, trust_index, 55",
    "EDELMAN_TRUST_INDEX, Sweden, 2012, trust_index, 49",
    "EDELMAN_TRUST_INDEX, Turkey, 2013, trust_index, 42",
    "EDELMAN_INDUSTRIES, Global, 2012, technology, 79",
    "EDELMAN_INDUSTRIES, Global, 2012, financial_services, 45",
    "EDELMAN_SPOKESPEOPLE, Global, 2012, ceo, 38",
    "EDELMAN_SPOKESPEOPLE, Global, 2011, ceo, 50",
    "EDELMAN_SPOKESPEOPLE, Global, 2011, government_official, 43",
    "EDELMAN_SPOKESPEOPLE, Germany, 2012, person_like_yourself, 72",
    "EDELMAN_SPOKESPEOPLE, UK, 2012, academic, 73",
    "EDELMAN_SPOKESPEOPLE, Canada, 2013, academic, 80",
    "SA2012_TRENDS, Sweden, 2012, roi_demands, 55",
    "SA2012_HIRING, Sweden, 2012, social_media_communicators, 30",
    "ADVOCACY_BENCHMARKS, Global, 2016, employee_ctr_multiplier_over_10000, 2.4",
    // current editions, reference-data-current.md
    "EDELMAN_INSTITUTIONS, Global, 2019, my_employer, 75",
    "EDELMAN_INSTITUTIONS, Global, 2022, media, 50",
    "EDELMAN_INSTITUTIONS, Global, 2024, business, 63",
    "EDELMAN_INSTITUTIONS, Global, 2025, business, 62",
    "EDELMAN_INSTITUTIONS, Sweden, 2023, ngos, 44",
    "EDELMAN_TRUST_INDEX, Global, 2025, trust_index, 56",
    "EDELMAN_TRUST_INDEX, Sweden, 2016, trust_index, 37",
    "EDELMAN_TRUST_INDEX, Sweden, 2023, trust_index_low_income, 41",
    "EDELMAN_TRUST_INDEX, Japan, 2025, trust_index, 37",
    "EDELMAN_INDUSTRIES, Global, 2024, technology, 76",
    "EDELMAN_INDUSTRIES, Global, 2024, financial_services, 62",
    "EDELMAN_INDUSTRIES, Sweden, 2012, financial_services, 31",
    "EDELMAN_SPOKESPEOPLE, Global, 2014, technical_expert, 66",
    "EDELMAN_SPOKESPEOPLE, Global, 2014, ceo, 43",
    "EDELMAN_TRUST_IN_PEOPLE, Global, 2024, scientists, 77",
    "EDELMAN_TRUST_IN_PEOPLE, Global, 2024, ceos, 51",
    "EDELMAN_EMPLOYEES, Global, 2024, my_employer, 79",
    "MEDIEAKADEMIN_CONFIDENCE, Sweden, 2025, linkedin, 17",
    "MEDIEAKADEMIN_CONFIDENCE, Sweden, 2025, banks, 30",
    "MEDIEAKADEMIN_CONFIDENCE, Sweden, 2026, police, 75",
    "VERIAN_REPUTATION, Sweden, 2018, nordea, -3",
    "SWEDEN_INTERPERSONAL_TRUST, Sweden, 2024, people_can_be_trusted, 75"
  })
  void publishedNumbersAreSeeded(String dataset, String country, int year, String item, double value) {
    assertThat(one(dataset, country, year, item).value()).isEqualTo(value);
  }

  @Test
  void turkey2012IsAbsent() {
    assertThat(figures.list(new FigureFilter("EDELMAN_TRUST_INDEX", "Turkey", 2012, null))).isEmpty();
  }

  @Test
  void swedishNgosAreFlaggedDerived() {
    ReferenceFigure ngos = one("EDELMAN_INSTITUTIONS", "Sweden", 2012, "ngos");
    assertThat(ngos.value()).isEqualTo(42);
    assertThat(ngos.source().derived()).isTrue();
    assertThat(one("EDELMAN_INSTITUTIONS", "Sweden", 2012, "business").source().derived()).isFalse();
  }

  @Test
  void vendorClaimsAreFlagged() {
    assertThat(one("ADVOCACY_BENCHMARKS", "Global", 2018, "potential_advocate_share").source().vendorClaim())
        .isTrue();
    assertThat(one("ADVOCACY_BENCHMARKS", "Global", 2016, "follower_overlap").source().vendorClaim())
        .isFalse();
  }

  @Test
  void seedUpgradeRestoresShippedRowsAndLeavesUserRowsAlone() {
    ReferenceFigure business = one("EDELMAN_INSTITUTIONS", "Sweden", 2012, "business");
    ReferenceFigure media = one("EDELMAN_INSTITUTIONS", "Sweden", 2012, "media");
    figures.override(media.id(), 40, "our own reading");
    long mine =
        figures.addUserFigure(
            "EDELMAN_INSTITUTIONS", "Norway", 2024, "business", 61, "percent",
            se.socialorg.advisor.model.Provenance.userEntered(2024), "");
    db.write(
        c -> {
          try (PreparedStatement ps =
                  c.prepareStatement("UPDATE figure SET value = 1 WHERE id = ?");
              PreparedStatement meta =
                  c.prepareStatement("UPDATE meta SET value = '0' WHERE key = 'seed_version'")) {
            ps.setLong(1, business.id());
            ps.executeUpdate();
            return meta.executeUpdate();
          }
        });
    db.write(
        c -> {
          Seed.apply(c);
          return null;
        });
    assertThat(one("EDELMAN_INSTITUTIONS", "Sweden", 2012, "business").value()).isEqualTo(54);
    ReferenceFigure m = one("EDELMAN_INSTITUTIONS", "Sweden", 2012, "media");
    assertThat(m.overridden()).isTrue();
    assertThat(m.value()).isEqualTo(40);
    assertThat(figures.find(mine)).get().extracting(ReferenceFigure::value).isEqualTo(61.0);
  }

  private ReferenceFigure one(String dataset, String country, int year, String item) {
    List<ReferenceFigure> found =
        figures.list(new FigureFilter(dataset, country, year, null)).stream()
            .filter(f -> f.item().equals(item) && f.method().variant().isEmpty())
            .toList();
    assertThat(found).hasSize(1);
    return found.get(0);
  }
}
