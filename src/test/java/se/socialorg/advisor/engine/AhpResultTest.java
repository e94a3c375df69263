package se.socialorg.advisor.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The one consistency threshold: Saaty (The Analytic Hierarchy Process, 1980) accepts a
 * consistency ratio of 0.10 or less.
 */
class AhpResultTest {

  @ParameterizedTest(name = "CR {0} acceptable: {1}")
  @CsvSource({"0.0, true", "0.08, true", "0.10, true", "0.1000001, false", "0.25, false"})
  void acceptsUpToTenPerCent(double cr, boolean acceptable) {
    AhpResult r = new AhpResult(new double[] {0.5, 0.3, 0.2}, 3.1, 0.05, cr);
    assertThat(r.acceptable()).isEqualTo(acceptable);
    assertThat(AhpResult.acceptable(cr)).isEqualTo(acceptable);
  }
}
