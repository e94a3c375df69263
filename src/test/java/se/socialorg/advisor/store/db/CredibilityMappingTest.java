package se.socialorg.advisor.store.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import se.socialorg.advisor.model.Provenance;
import se.socialorg.advisor.model.ReferenceFigure;
import se.socialorg.advisor.model.Spokesperson;

/**
 * Trust in people (Edelman 2024, p. 52: scientists 77, my neighbours 62, CEOs 51) mapped to
 * spokesperson credibility with the 2014 gaps (academic 67 vs technical expert 66; person like
 * yourself 62 vs regular employee 52).
 */
class CredibilityMappingTest {

  private static final List<ReferenceFigure> PEOPLE_2024 = List.of(
      people("scientists", 77), people("teachers", 74), people("my_ceo", 69),
      people("citizens_of_my_country", 63), people("my_neighbours", 62), people("ceos", 51),
      people("journalists", 49), people("government_leaders", 42));

  private static final List<ReferenceFigure> CREDIBILITY = List.of(
      credibility(2012, "academic", 68), credibility(2012, "technical_expert", 66),
      credibility(2012, "person_like_yourself", 65), credibility(2012, "employee", 50),
      credibility(2014, "academic", 67), credibility(2014, "technical_expert", 66),
      credibility(2014, "person_like_yourself", 62), credibility(2014, "employee", 52),
      credibility(2017, "ceo", 37));

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource({
    "ACADEMIC, 77",
    "TECHNICAL_EXPERT, 76",
    "PERSON_LIKE_YOURSELF, 62",
    "EMPLOYEE, 52",
    "CEO, 51"
  })
  void edelman2024TrustInPeopleMapsToCredibility(Spokesperson who, double expected) {
    Map<Spokesperson, CredibilityMapping.Mapped> mapped =
        CredibilityMapping.map(PEOPLE_2024, CREDIBILITY);

    assertThat(mapped.get(who).figure().value()).isEqualTo(expected);
  }

  @ParameterizedTest
  @EnumSource(Spokesperson.class)
  void everyMappedFigureIsFlaggedDerivedAndKeepsItsEdition(Spokesperson who) {
    ReferenceFigure f = CredibilityMapping.map(PEOPLE_2024, CREDIBILITY).get(who).figure();

    assertThat(f.source().derived()).isTrue();
    assertThat(f.year()).isEqualTo(2024);
    assertThat(f.item()).isEqualTo(FigureRepository.spokespersonItem(who));
  }

  @Test
  void theGapsComeFromTheNewestEditionThatPublishedBothFigures() {
    CredibilityMapping.Mapped employee =
        CredibilityMapping.map(PEOPLE_2024, CREDIBILITY).get(Spokesperson.EMPLOYEE);

    assertThat(employee.gapHigh()).get().extracting(ReferenceFigure::year).isEqualTo(2014);
    assertThat(employee.gap()).isEqualTo(10);
  }

  @Test
  void withoutAPublishedGapTheSpokespersonIsNotMapped() {
    Map<Spokesperson, CredibilityMapping.Mapped> mapped =
        CredibilityMapping.map(PEOPLE_2024, List.of(credibility(2017, "ceo", 37)));

    assertThat(mapped).containsOnlyKeys(
        Spokesperson.ACADEMIC, Spokesperson.PERSON_LIKE_YOURSELF, Spokesperson.CEO);
  }

  @Test
  void anEditionWithoutTheItemMapsNothingForIt() {
    assertThat(CredibilityMapping.map(List.of(people("ceos", 51)), CREDIBILITY))
        .containsOnlyKeys(Spokesperson.CEO);
  }

  @ParameterizedTest
  @EnumSource(Spokesperson.class)
  void theDecisionModelDocumentsEveryRule(Spokesperson who) throws IOException {
    String doc = Files.readString(Path.of("docs", "decision-model.md"), StandardCharsets.UTF_8);
    CredibilityMapping.Rule rule = CredibilityMapping.rules().get(who);

    assertThat(doc).contains("`" + who.name() + "`");
    assertThat(doc).contains("`" + rule.fromItem() + "`");
  }

  private static ReferenceFigure people(String item, double value) {
    return new ReferenceFigure(1, "EDELMAN_TRUST_IN_PEOPLE", "Global", 2024, item, value,
        "percent", new Provenance("Edelman Trust Barometer 2024 Global Report", "https://x", 2024,
            "general population", false, false), true, false, value, "");
  }

  private static ReferenceFigure credibility(int year, String item, double value) {
    return new ReferenceFigure(2, "EDELMAN_SPOKESPEOPLE", "Global", year, item, value,
        "percent", new Provenance("Edelman", "https://x", year, "informed publics", false, false),
        true, false, value, "");
  }
}
