package se.socialorg.advisor.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import se.socialorg.advisor.model.Goal;
import se.socialorg.advisor.model.Readiness;
import se.socialorg.advisor.model.ScenarioInputs;

class SensitivityTest {

  private final Sensitivity sensitivity = new Sensitivity();
  private final DecisionEngine engine = new DecisionEngine();

  @Test
  void coversEveryParameterAndEveryGoalWeight() {
    SensitivityResult r = sensitivity.analyse(Fixtures.defaults());
    assertThat(r.bars()).extracting(TornadoBar::parameter)
        .containsAll(Arrays.stream(Parameter.values()).map(Parameter::id).toList())
        .contains("weight." + Goal.TRUST_CREDIBILITY.name(), "weight." + Goal.MEASURABLE_ROI.name())
        .hasSize(Parameter.values().length + Goal.values().length);
  }

  @Test
  void barsAreSortedByDescendingSwing() {
    SensitivityResult r = sensitivity.analyse(Fixtures.defaults());
    for (int i = 1; i < r.bars().size(); i++) {
      assertThat(r.bars().get(i).swing()).isLessThanOrEqualTo(r.bars().get(i - 1).swing());
    }
  }

  @Test
  void barRangesStayWithinValidRange() {
    for (TornadoBar b : sensitivity.analyse(Fixtures.defaults()).bars()) {
      assertThat(b.low()).isLessThanOrEqualTo(b.current());
      assertThat(b.high()).isGreaterThanOrEqualTo(b.current());
    }
  }

  @Test
  void willingShareFlipPointChangesTheWinnerThere() {
    ScenarioInputs in = Fixtures.defaults();
    SensitivityResult r = sensitivity.analyse(in);
    FlipPoint fp =
        r.flipPoints().stream().filter(f -> f.parameter().equals("WILLING_SHARE")).findFirst().orElseThrow();
    assertThat(fp.flips()).isTrue();
    Readiness d = in.readiness();
    ScenarioInputs at =
        in.withReadiness(new Readiness(d.activeShare(), fp.flipValue(), d.averageNetwork(), d.postsPerWeek(), "", 0));
    assertThat(engine.evaluate(at).recommended()).isEqualTo(fp.newWinner());
  }

  @Test
  void flipPointIsTheNearestChange() {
    ScenarioInputs in = Fixtures.defaults();
    FlipPoint fp =
        sensitivity.analyse(in).flipPoints().stream()
            .filter(f -> f.parameter().equals("WILLING_SHARE"))
            .findFirst()
            .orElseThrow();
    double justBefore = fp.current() + (fp.flipValue() - fp.current()) * 0.98;
    Readiness d = in.readiness();
    ScenarioInputs before =
        in.withReadiness(new Readiness(d.activeShare(), justBefore, d.averageNetwork(), d.postsPerWeek(), "", 0));
    assertThat(engine.evaluate(before).recommended()).isEqualTo(engine.evaluate(in).recommended());
  }

  @Test
  void parameterThatCannotFlipReportsNoFlip() {
    // with every weight on crisis readiness the winner is clear; credibility figures move
    // only trust, thought leadership and employer branding scores, which then weigh nothing
    SensitivityResult r = sensitivity.analyse(Fixtures.onlyGoal(Goal.CRISIS_READINESS));
    FlipPoint fp =
        r.flipPoints().stream().filter(f -> f.parameter().equals("CREDIBILITY_CEO")).findFirst().orElseThrow();
    assertThat(fp.flips()).isFalse();
    assertThat(fp.flipValue()).isNaN();
    assertThat(fp.newWinner()).isNull();
  }

  @Test
  void sameInputsGiveTheSameAnalysis() {
    assertThat(sensitivity.analyse(Fixtures.defaults())).isEqualTo(sensitivity.analyse(Fixtures.defaults()));
  }
}
