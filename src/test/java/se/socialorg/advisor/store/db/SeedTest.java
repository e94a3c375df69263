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
              assertThat(f.unit()).isIn("percent", "share", "factor");
              if (!f.item().equals("employee_reach_uplift")) {
                assertThat(f.year()).isBetween(2010, 2018);
              }
            });
  }

  @Test
  void seedHasTheExpectedNumberOfFiguresPerDataset() {
    Map<String, Long> counts =
        figures.list(FigureFilter.all()).stream()
            .collect(Collectors.groupingBy(ReferenceFigure::dataset, Collectors.counting()));
    assertThat(counts)
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "SA2012_TRENDS", 2L,
                "SA2012_HIRING", 3L,
                "EDELMAN_INSTITUTIONS", 26L,
                "EDELMAN_TRUST_INDEX", 53L,
                "EDELMAN_INDUSTRIES", 14L,
                "EDELMAN_SPOKESPEOPLE", 27L,
                "ADVOCACY_BENCHMARKS", 10L));
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
    "ADVOCACY_BENCHMARKS, Global, 2016, employee_ctr_multiplier_over_10000, 2.4"
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
            .filter(f -> f.item().equals(item))
            .toList();
    assertThat(found).hasSize(1);
    return found.get(0);
  }
}
