package se.socialorg.advisor.store.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import se.socialorg.advisor.i18n.I18n;
import se.socialorg.advisor.model.InputField;
import se.socialorg.advisor.model.Scenario;

class SamplesTest {

  private final Samples samples = new Samples(new ScenarioFiles());

  static Stream<Sample> all() {
    return new Samples(new ScenarioFiles()).list().stream();
  }

  @Test
  void atLeastThreeSamplesAreShipped() {
    assertThat(samples.list()).hasSizeGreaterThanOrEqualTo(3);
  }

  @ParameterizedTest
  @MethodSource("all")
  void sampleOpensWithValidInputs(Sample sample) throws Exception {
    Scenario s = samples.open(sample);

    assertThat(s.name()).isNotBlank();
    assertThat(s.organisationName()).isNotBlank();
    assertThat(InputField.validate(s.inputs())).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("all")
  void assetCopyIsIdenticalToTheClasspathResource(Sample sample) throws Exception {
    byte[] resource;
    try (InputStream in = Samples.class.getResourceAsStream(sample.resource())) {
      resource = in.readAllBytes();
    }
    Path asset = Path.of("assets", "scenarios", sample.id() + ScenarioFiles.EXTENSION);

    assertThat(Files.readAllBytes(asset)).isEqualTo(resource);
  }

  @ParameterizedTest
  @MethodSource("all")
  void sampleHasTitleAndDescriptionInBothLanguages(Sample sample) {
    for (I18n i18n : new I18n[] {new I18n(I18n.ENGLISH), new I18n(I18n.SWEDISH)}) {
      assertThat(i18n.has(sample.titleKey())).isTrue();
      assertThat(i18n.has(sample.descriptionKey())).isTrue();
    }
  }

  @Test
  void oneSampleIsInSwedish() throws Exception {
    assertThat(samples.list().stream().map(this::open).map(Scenario::language)).contains("sv");
  }

  @Test
  void swedishTechCompanyHasAbout800EmployeesAndTechnologyTrust() throws Exception {
    Scenario s = samples.open(byId("swedish-b2b-tech"));

    assertThat(s.inputs().organisation().employees()).isEqualTo(800);
    assertThat(s.inputs().trust().industryTrust()).isEqualTo(79.0);
    assertThat(s.inputs().trust().trustInBusiness()).isEqualTo(54.0);
    assertThat(s.inputs().trust().trustInMedia()).isEqualTo(38.0);
  }

  @Test
  void bankIsRegulatedWithLowIndustryTrust() throws Exception {
    Scenario s = samples.open(byId("regional-bank"));

    assertThat(s.inputs().organisation().regulation()).isGreaterThanOrEqualTo(0.8);
    assertThat(s.inputs().trust().industryTrust()).isEqualTo(47.0);
  }

  @Test
  void multinationalHasManyUnitsAndFederatedFunctions() throws Exception {
    Scenario s = samples.open(byId("multinational"));

    assertThat(s.inputs().organisation().businessUnits()).isGreaterThan(10);
    assertThat(s.inputs().organisation().countries()).isGreaterThan(10);
    assertThat(s.inputs().organisation().sharedFunctions().name()).isEqualTo("FEDERATED");
  }

  private Sample byId(String id) {
    return samples.list().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
  }

  private Scenario open(Sample s) {
    try {
      return samples.open(s);
    } catch (ScenarioFileException e) {
      throw new AssertionError(e);
    }
  }
}
