package se.socialorg.advisor.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class GroupAhpTest {

  /*
   * Bioconductor package Prize (Dargahi), inst/extdata/ind1.tsv .. ind4.tsv: four individuals'
   * judgements on tumour expression, normal expression, frequency and epitopes (upper triangle
   * given, lower reciprocal).
   */
  static final double[][] PRIZE_IND1 = reciprocal(new double[][] {{1, 2, 4, 5}, {0, 1, 3, 4}, {0, 0, 1, 2}, {0, 0, 0, 1}});
  static final double[][] PRIZE_IND2 = reciprocal(new double[][] {{1, 0.8, 2, 4}, {0, 1, 5, 7}, {0, 0, 1, 2}, {0, 0, 0, 1}});
  static final double[][] PRIZE_IND3 = reciprocal(new double[][] {{1, 2, 3, 5}, {0, 1, 3, 5}, {0, 0, 1, 2}, {0, 0, 0, 1}});
  static final double[][] PRIZE_IND4 = reciprocal(new double[][] {{1, 5, 6, 7}, {0, 1, 4, 6}, {0, 0, 1, 1}, {0, 0, 0, 1}});
  static final List<double[][]> PRIZE = List.of(PRIZE_IND1, PRIZE_IND2, PRIZE_IND3, PRIZE_IND4);

  /** Prize's individual weights in its test (inst/unitTests/test_gaggregate.R). */
  static final double[] PRIZE_WEIGHTS = {0.45, 0.30, 0.10, 0.15};

  private static double[][] reciprocal(double[][] upper) {
    for (int i = 0; i < upper.length; i++) {
      for (int j = 0; j < i; j++) {
        upper[i][j] = 1 / upper[j][i];
      }
    }
    return upper;
  }

  /**
   * Prize's documented example output of {@code AIJ(gaggregate(..., method = 'geometric'))}, equal
   * weights (rdrr.io/bioc/Prize/man/AIJ.html; also inst/extdata/aggreg.judgement.tsv).
   */
  @Test
  void unweightedAijMatchesPrizeExampleOutput() {
    double[][] aij = GroupAhp.aggregateJudgements(PRIZE, null);
    double[][] published = {
      {1.0000000, 2.0000000, 3.4641016, 5.143687},
      {0.5000000, 1.0000000, 3.6628415, 5.383563},
      {0.2886751, 0.2730121, 1.0000000, 1.681793},
      {0.1944131, 0.1857506, 0.5946036, 1.000000}
    };
    for (int i = 0; i < 4; i++) {
      assertThat(aij[i]).containsExactly(published[i], within(5e-7));
    }
  }

  /** Prize's unit test: weighted AIJ with weights .45 .30 .10 .15, checked to five decimals. */
  @Test
  void weightedAijMatchesPrizeUnitTest() {
    double[][] aij = GroupAhp.aggregateJudgements(PRIZE, PRIZE_WEIGHTS);
    double[][] published = {
      {1.0000000, 1.7431670, 3.3548322, 4.918313},
      {0.5736685, 1.0000000, 3.6510408, 5.141337},
      {0.2980775, 0.2738945, 1.0000000, 1.802501},
      {0.2033217, 0.1945019, 0.5547847, 1.000000}
    };
    for (int i = 0; i < 4; i++) {
      assertThat(aij[i]).containsExactly(published[i], within(5e-6));
    }
  }

  /** Prize's unit test: weighted AIP of the members' priorities (Prize: row geometric means). */
  @Test
  void weightedAipMatchesPrizeUnitTest() {
    List<double[]> priorities = PRIZE.stream().map(m -> Ahp.geometricMean(m).weights()).toList();
    assertThat(GroupAhp.aggregatePriorities(priorities, PRIZE_WEIGHTS))
        .containsExactly(new double[] {0.45240240, 0.35504904, 0.11942840, 0.07312017}, within(5e-6));
  }

  /** Prize's documented IP output: the first individuals' priorities (row geometric means). */
  @Test
  void memberPrioritiesMatchPrizeExampleOutput() {
    assertThat(Ahp.geometricMean(PRIZE_IND1).weights())
        .containsExactly(new double[] {0.4915181, 0.3058879, 0.12487821, 0.07771583}, within(5e-7));
    assertThat(Ahp.geometricMean(PRIZE_IND2).weights())
        .containsExactly(new double[] {0.3060687, 0.4949012, 0.12868606, 0.07034399}, within(5e-7));
  }

  /** Aczél and Saaty (1983): judgements 2, 3 and 4 combine to 24^(1/3) both ways. */
  @Test
  void geometricMeanKeepsReciprocity() {
    List<double[][]> members =
        List.of(reciprocal(new double[][] {{1, 2}, {0, 1}}), reciprocal(new double[][] {{1, 3}, {0, 1}}),
            reciprocal(new double[][] {{1, 4}, {0, 1}}));
    double[][] aij = GroupAhp.aggregateJudgements(members, null);
    assertThat(aij[0][1]).isCloseTo(Math.cbrt(24), within(1e-12));
    assertThat(aij[1][0] * aij[0][1]).isCloseTo(1, within(1e-12));
  }

  /** Goepel 2018: every element of the combined matrix is the geometric mean of the members'. */
  @Test
  void everyCombinedElementIsTheMembersGeometricMean() {
    List<double[][]> members = randomMatrices(new SplittableRandom(7), 5, 6);
    double[][] aij = GroupAhp.aggregateJudgements(members, null);
    for (int i = 0; i < 6; i++) {
      for (int j = 0; j < 6; j++) {
        double log = 0;
        for (double[][] m : members) {
          log += Math.log(m[i][j]) / members.size();
        }
        assertThat(aij[i][j]).isCloseTo(Math.exp(log), within(1e-9));
      }
    }
  }

  /**
   * Barzilai and Golany: with row geometric means, AIJ (equal weights) gives the normalised
   * geometric mean of the members' priorities; weighted, the weighted geometric mean.
   */
  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5})
  void aijWithRowGeometricMeansEqualsGeometricMeanOfMemberPriorities(long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    int n = 3 + rnd.nextInt(5);
    int k = 2 + rnd.nextInt(6);
    List<double[][]> members = randomMatrices(rnd, k, n);
    double[] weights = new double[k];
    for (int i = 0; i < k; i++) {
      weights[i] = 0.1 + rnd.nextDouble();
    }
    double[] group = Ahp.geometricMean(GroupAhp.aggregateJudgements(members, weights)).weights();
    double[] w = GroupAhp.normalisedWeights(weights, k);
    double[] expected = new double[n];
    double sum = 0;
    for (int j = 0; j < n; j++) {
      double log = 0;
      for (int m = 0; m < k; m++) {
        log += w[m] * Math.log(Ahp.geometricMean(members.get(m)).weights()[j]);
      }
      expected[j] = Math.exp(log);
      sum += expected[j];
    }
    for (int j = 0; j < n; j++) {
      expected[j] /= sum;
    }
    assertThat(group).containsExactly(expected, within(1e-12));
  }

  @Test
  void weightsAreNormalised() {
    assertThat(GroupAhp.aggregateJudgements(PRIZE, new double[] {2, 2, 2, 2}))
        .isDeepEqualTo(GroupAhp.aggregateJudgements(PRIZE, null));
    double[][] scaled = GroupAhp.aggregateJudgements(PRIZE, new double[] {45, 30, 10, 15});
    double[][] given = GroupAhp.aggregateJudgements(PRIZE, PRIZE_WEIGHTS);
    for (int i = 0; i < 4; i++) {
      assertThat(scaled[i]).containsExactly(given[i], within(1e-12));
    }
  }

  @Test
  void aZeroWeightLeavesAMemberOut() {
    assertThat(GroupAhp.aggregatePriorities(
            List.of(new double[] {1, 0}, new double[] {0, 1}), new double[] {1, 0}))
        .containsExactly(1, 0);
  }

  @Test
  void aipIsTheMeanOfNormalisedPriorities() {
    // Sliders 80/20 and 30/30/ normalise to .8/.2 and .5/.5; their mean is .65/.35.
    assertThat(GroupAhp.aggregatePriorities(List.of(new double[] {80, 20}, new double[] {30, 30}), null))
        .containsExactly(new double[] {0.65, 0.35}, within(1e-12));
  }

  /** Goepel 2018 validation rule: identical members give S* = 1. */
  @Test
  void identicalMembersAgreeFully() {
    double[] p = {0.4, 0.3, 0.2, 0.1};
    assertThat(GroupAhp.consensus(List.of(p, p.clone(), p.clone()))).isCloseTo(1, within(1e-12));
  }

  /**
   * Goepel 2018 validation rule: one criterion judged 9 times as important as each of the others
   * has weight 9/(9+n-1) (n = 4: 0.75), and K = n members each favouring a different criterion
   * that way give S* = 0.
   */
  @Test
  void membersEachFavouringADifferentGoalExtremelyAgreeNotAtAll() {
    int n = 4;
    List<double[]> members = new ArrayList<>();
    for (int favourite = 0; favourite < n; favourite++) {
      double[][] m = new double[n][n];
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < n; j++) {
          m[i][j] = i == j ? 1 : i == favourite ? 9 : j == favourite ? 1 / 9.0 : 1;
        }
      }
      double[] w = Ahp.eigenvector(m).weights();
      assertThat(w[favourite]).isCloseTo(0.75, within(1e-9));
      members.add(w);
    }
    assertThat(GroupAhp.consensus(members)).isCloseTo(0, within(1e-9));
  }

  @Test
  void minimumAlphaEntropyFollowsGoepel() {
    // n = 4, M = 9: weights .75 and three of 1/12.
    double expected = -0.75 * Math.log(0.75) - 3 * (1 / 12.0) * Math.log(1 / 12.0);
    assertThat(GroupAhp.minimumAlphaEntropy(4, 9)).isCloseTo(expected, within(1e-12));
  }

  /**
   * S* by hand for two members over three goals, (.6 .3 .1) and (.2 .3 .5): H-alpha, H-gamma of
   * (.4 .3 .3), beta diversity and Goepel's correction with M = 9.
   */
  @Test
  void consensusFollowsGoepelsFormula() {
    double[] a = {0.6, 0.3, 0.1};
    double[] b = {0.2, 0.3, 0.5};
    double ha = (h(a) + h(b)) / 2;
    double hg = h(new double[] {0.4, 0.3, 0.3});
    double db = Math.exp(hg - ha);
    double hmin = -(9 / 11.0) * Math.log(9 / 11.0) - 2 * (1 / 11.0) * Math.log(1 / 11.0);
    double cor = Math.exp(Math.log(3) - hmin);
    double expected = (1 / db - 1 / cor) / (1 - 1 / cor);
    assertThat(GroupAhp.consensus(List.of(a, b))).isCloseTo(expected, within(1e-12));
    assertThat(expected).isBetween(0.5, 0.9);
  }

  @Test
  void consensusStaysWithinZeroAndOneForMembersBeyondTheScale() {
    // Sliders can put all weight on one goal: more extreme than 1-9 allows.
    assertThat(GroupAhp.consensus(List.of(new double[] {1, 0, 0}, new double[] {0, 1, 0}, new double[] {0, 0, 1})))
        .isZero();
  }

  @Test
  void oneMemberOrOneGoalCannotDisagree() {
    assertThat(GroupAhp.consensus(List.<double[]>of(new double[] {0.7, 0.3}))).isEqualTo(1);
    assertThat(GroupAhp.consensus(List.of(new double[] {1}, new double[] {2}))).isEqualTo(1);
  }

  @Test
  void consensusIgnoresScaleOfEachMembersVector() {
    assertThat(GroupAhp.consensus(List.of(new double[] {80, 20}, new double[] {40, 60})))
        .isCloseTo(GroupAhp.consensus(List.of(new double[] {0.8, 0.2}, new double[] {0.4, 0.6})), within(1e-12));
  }

  static Stream<Arguments> badInput() {
    double[][] ok = {{1, 2}, {0.5, 1}};
    double[][] three = reciprocal(new double[][] {{1, 2, 3}, {0, 1, 2}, {0, 0, 1}});
    return Stream.of(
        Arguments.of("empty list of matrices", call(() -> GroupAhp.aggregateJudgements(List.of(), null)), "empty"),
        Arguments.of("null list of matrices", call(() -> GroupAhp.aggregateJudgements(null, null)), "empty"),
        Arguments.of("matrices of different sizes", call(() -> GroupAhp.aggregateJudgements(List.of(ok, three), null)), "matrices[1]: has 3 rows but matrices[0] has 2"),
        Arguments.of("zero entry", call(() -> GroupAhp.aggregateJudgements(List.of(ok, new double[][] {{1, 0}, {0, 1}}), null)), "matrices[1]: pairwise matrix entry [0][1] is not positive"),
        Arguments.of("negative entry", call(() -> GroupAhp.aggregateJudgements(List.<double[][]>of(new double[][] {{1, -2}, {-0.5, 1}}), null)), "not positive"),
        Arguments.of("NaN entry", call(() -> GroupAhp.aggregateJudgements(List.<double[][]>of(new double[][] {{1, Double.NaN}, {1, 1}}), null)), "not a finite number"),
        Arguments.of("not reciprocal", call(() -> GroupAhp.aggregateJudgements(List.of(ok, new double[][] {{1, 2}, {2, 1}}), null)), "matrices[1]: pairwise matrix is not reciprocal"),
        Arguments.of("not square", call(() -> GroupAhp.aggregateJudgements(List.<double[][]>of(new double[][] {{1, 2}}), null)), "not square"),
        Arguments.of("weights of wrong length", call(() -> GroupAhp.aggregateJudgements(List.of(ok, ok), new double[] {1})), "weights: has 1 entries but there are 2 members"),
        Arguments.of("negative weight", call(() -> GroupAhp.aggregateJudgements(List.of(ok, ok), new double[] {1, -1})), "weights[1] is negative"),
        Arguments.of("NaN weight", call(() -> GroupAhp.aggregatePriorities(List.of(new double[] {1}, new double[] {1}), new double[] {Double.NaN, 1})), "weights[0] is not a finite number"),
        Arguments.of("all-zero weights", call(() -> GroupAhp.aggregatePriorities(List.of(new double[] {1}, new double[] {1}), new double[] {0, 0})), "weights: all are zero"),
        Arguments.of("empty list of priorities", call(() -> GroupAhp.aggregatePriorities(List.of(), null)), "priorities: the list is empty"),
        Arguments.of("priorities of different lengths", call(() -> GroupAhp.aggregatePriorities(List.of(new double[] {1, 2}, new double[] {1}), null)), "priorities[1]: has 1 entries but priorities[0] has 2"),
        Arguments.of("negative priority", call(() -> GroupAhp.aggregatePriorities(List.of(new double[] {1, -2}), null)), "priorities[0][1] is negative"),
        Arguments.of("NaN priority", call(() -> GroupAhp.consensus(List.of(new double[] {Double.NaN, 1}))), "priorities[0][0] is not a finite number"),
        Arguments.of("all-zero priorities", call(() -> GroupAhp.consensus(List.of(new double[] {1, 1}, new double[] {0, 0}))), "priorities[1]: every entry is zero"),
        Arguments.of("empty list for consensus", call(() -> GroupAhp.consensus(List.of())), "priorities: the list is empty"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badInput")
  void refusesBadInputSayingWhatIsWrong(String what, ThrowingCallable call, String message) {
    assertThatThrownBy(call).isInstanceOf(IllegalArgumentException.class).hasMessageContaining(message);
  }

  private static ThrowingCallable call(ThrowingCallable c) {
    return c;
  }

  private static double h(double[] p) {
    double s = 0;
    for (double v : p) {
      s -= v * Math.log(v);
    }
    return s;
  }

  /** Random reciprocal matrices with judgements on Saaty's 1/9-9 scale, not consistent. */
  static List<double[][]> randomMatrices(SplittableRandom rnd, int count, int n) {
    List<double[][]> out = new ArrayList<>();
    for (int c = 0; c < count; c++) {
      double[][] m = new double[n][n];
      for (int i = 0; i < n; i++) {
        m[i][i] = 1;
        for (int j = i + 1; j < n; j++) {
          int v = 1 + rnd.nextInt(9);
          m[i][j] = rnd.nextBoolean() ? v : 1.0 / v;
          m[j][i] = 1 / m[i][j];
        }
      }
      out.add(m);
    }
    return out;
  }
}
