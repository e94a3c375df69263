package se.socialorg.advisor.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class AhpTest {

  /**
   * Wikipedia, "Analytic hierarchy process – leader example", criteria matrix (experience,
   * education, charisma, age): priorities .547, .127, .270, .056; CR 0.044.
   */
  static final double[][] LEADER_CRITERIA = {
    {1, 4, 3, 7},
    {1 / 4.0, 1, 1 / 3.0, 3},
    {1 / 3.0, 3, 1, 5},
    {1 / 7.0, 1 / 3.0, 1 / 5.0, 1}
  };

  /**
   * Saaty (1980), The Analytic Hierarchy Process, "wealth of nations" example (US, USSR, China,
   * France, UK, Japan, West Germany): eigenvector .427 .230 .021 .052 .052 .123 .094, lambda max
   * 7.61, CI 0.10, CR 0.08.
   */
  static final double[][] SAATY_NATIONS = {
    {1, 4, 9, 6, 6, 5, 5},
    {1 / 4.0, 1, 7, 5, 5, 3, 4},
    {1 / 9.0, 1 / 7.0, 1, 1 / 5.0, 1 / 5.0, 1 / 7.0, 1 / 5.0},
    {1 / 6.0, 1 / 5.0, 5, 1, 1, 1 / 3.0, 1 / 3.0},
    {1 / 6.0, 1 / 5.0, 5, 1, 1, 1 / 3.0, 1 / 3.0},
    {1 / 5.0, 1 / 3.0, 7, 3, 3, 1, 2},
    {1 / 5.0, 1 / 4.0, 5, 3, 3, 1 / 2.0, 1}
  };

  /**
   * Wikipedia leader example, candidates compared on experience (Tom, Dick, Harry): priorities
   * .217, .717, .066.
   */
  static final double[][] LEADER_EXPERIENCE = {{1, 1 / 4.0, 4}, {4, 1, 9}, {1 / 4.0, 1 / 9.0, 1}};

  @Test
  void leaderExampleCriteriaWeightsMatchWikipedia() {
    AhpResult r = Ahp.eigenvector(LEADER_CRITERIA);
    assertThat(r.weights()).containsExactly(new double[] {0.547, 0.127, 0.270, 0.056}, within(0.001));
  }

  @Test
  void leaderExampleConsistencyRatioMatchesWikipedia() {
    assertThat(Ahp.eigenvector(LEADER_CRITERIA).consistencyRatio()).isCloseTo(0.044, within(0.0005));
  }

  @Test
  void leaderExampleExperienceMatrixMatchesWikipedia() {
    assertThat(Ahp.eigenvector(LEADER_EXPERIENCE).weights())
        .containsExactly(new double[] {0.217, 0.717, 0.066}, within(0.0005));
  }

  @Test
  void saatyWealthOfNationsEigenvector() {
    assertThat(Ahp.eigenvector(SAATY_NATIONS).weights())
        .containsExactly(
            new double[] {0.427, 0.230, 0.021, 0.052, 0.052, 0.123, 0.094}, within(0.0006));
  }

  @Test
  void saatyWealthOfNationsConsistency() {
    AhpResult r = Ahp.eigenvector(SAATY_NATIONS);
    assertThat(r.lambdaMax()).isCloseTo(7.61, within(0.005));
    assertThat(r.consistencyIndex()).isCloseTo(0.10, within(0.005));
    assertThat(r.consistencyRatio()).isCloseTo(0.08, within(0.005));
  }

  /**
   * Crawford and Williams (1985): for a consistent matrix a_ij = w_i / w_j both methods return w
   * exactly and lambda max equals n.
   */
  @Test
  void consistentMatrixGivesExactWeightsByBothMethods() {
    double[] w = {0.4, 0.3, 0.2, 0.1};
    double[][] m = new double[4][4];
    for (int i = 0; i < 4; i++) {
      for (int j = 0; j < 4; j++) {
        m[i][j] = w[i] / w[j];
      }
    }
    assertThat(Ahp.eigenvector(m).weights()).containsExactly(w, within(1e-9));
    assertThat(Ahp.geometricMean(m).weights()).containsExactly(w, within(1e-9));
    assertThat(Ahp.eigenvector(m).consistencyRatio()).isCloseTo(0, within(1e-9));
  }

  @Test
  void geometricMeanIsCloseToEigenvectorOnLeaderExample() {
    assertThat(Ahp.geometricMean(LEADER_CRITERIA).weights())
        .containsExactly(Ahp.eigenvector(LEADER_CRITERIA).weights(), within(0.002));
  }

  @ParameterizedTest
  @CsvSource({"1,0", "2,0", "3,0.58", "4,0.90", "5,1.12", "6,1.24", "7,1.32", "8,1.41", "9,1.45", "10,1.49"})
  void randomIndexIsSaatysTable(int n, double ri) {
    assertThat(Ahp.randomIndex(n)).isEqualTo(ri);
  }

  @Test
  void twoByTwoHasZeroConsistencyRatio() {
    AhpResult r = Ahp.eigenvector(new double[][] {{1, 3}, {1 / 3.0, 1}});
    assertThat(r.consistencyRatio()).isZero();
    assertThat(r.weights()).containsExactly(new double[] {0.75, 0.25}, within(1e-9));
  }

  @Test
  void mostInconsistentFindsTheDisturbedJudgement() {
    double[] w = {0.4, 0.3, 0.2, 0.1};
    double[][] m = new double[4][4];
    for (int i = 0; i < 4; i++) {
      for (int j = 0; j < 4; j++) {
        m[i][j] = w[i] / w[j];
      }
    }
    m[1][3] = 1 / 3.0; // consistent would be 3
    m[3][1] = 3;
    AhpResult r = Ahp.eigenvector(m);
    InconsistentJudgement j = Ahp.mostInconsistent(m, r.weights());
    assertThat(j.row()).isEqualTo(1);
    assertThat(j.col()).isEqualTo(3);
    assertThat(j.given()).isCloseTo(1 / 3.0, within(1e-12));
    assertThat(j.implied()).isGreaterThan(j.given() * 2);
  }

  static Stream<Arguments> invalidMatrices() {
    return Stream.of(
        Arguments.of(new double[0][0], "empty"),
        Arguments.of(new double[][] {{1, 2}, {0.5}}, "not square"),
        Arguments.of(new double[][] {{1, 2, 3}, {0.5, 1, 1}}, "not square"),
        Arguments.of(new double[][] {{1, -2}, {-0.5, 1}}, "not positive"),
        Arguments.of(new double[][] {{1, 0}, {0, 1}}, "not positive"),
        Arguments.of(new double[][] {{1, Double.NaN}, {1, 1}}, "not a finite number"),
        Arguments.of(new double[][] {{1, 3}, {3, 1}}, "not reciprocal"),
        Arguments.of(new double[][] {{2, 1}, {1, 1}}, "not reciprocal"));
  }

  @ParameterizedTest
  @MethodSource("invalidMatrices")
  void eigenvectorRefusesInvalidMatrix(double[][] m, String message) {
    assertThatThrownBy(() -> Ahp.eigenvector(m))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(message);
  }

  @ParameterizedTest
  @MethodSource("invalidMatrices")
  void geometricMeanRefusesInvalidMatrix(double[][] m, String message) {
    assertThatThrownBy(() -> Ahp.geometricMean(m))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(message);
  }

  @Test
  void nullMatrixIsRefused() {
    assertThatThrownBy(() -> Ahp.eigenvector(null)).isInstanceOf(IllegalArgumentException.class);
  }
}
