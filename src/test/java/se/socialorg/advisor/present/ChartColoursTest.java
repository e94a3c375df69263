package se.socialorg.advisor.present;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import se.socialorg.advisor.model.Alternative;
import se.socialorg.advisor.model.Goal;

/** One colour per model and per goal: distinct, readable in both themes, the same on screen. */
class ChartColoursTest {

  /** Backgrounds of AtlantaFX Primer: light default and subtle, dark default and subtle. */
  static final List<String> BACKGROUNDS = List.of("#ffffff", "#f6f8fa", "#0d1117", "#161b22");

  static Stream<String> colours() {
    return Stream.concat(Stream.of(Alternative.values()).map(ChartColours::modelColour),
        Stream.of(Goal.values()).map(ChartColours::goalColour));
  }

  @Test
  void everyModelHasItsOwnColour() {
    assertThat(Stream.of(Alternative.values()).map(ChartColours::modelColour)).doesNotHaveDuplicates();
  }

  @Test
  void everyGoalHasItsOwnColour() {
    assertThat(Stream.of(Goal.values()).map(ChartColours::goalColour)).doesNotHaveDuplicates();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("colours")
  void colourHasThreeToOneContrastInTheLightAndTheDarkTheme(String colour) {
    // WCAG 2.1, success criterion 1.4.11: graphical objects need 3:1 against what is beside them.
    for (String background : BACKGROUNDS) {
      assertThat(contrast(colour, background)).as("%s on %s", colour, background)
          .isGreaterThanOrEqualTo(3.0);
    }
  }

  @Test
  void theStylesheetGivesEachClassThePalettesColour() throws IOException {
    String css;
    try (InputStream in = ChartColours.class.getResourceAsStream("/se/socialorg/advisor/ui/app.css")) {
      css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    List<String> expected = new ArrayList<>();
    for (Alternative a : Alternative.values()) {
      expected.add("-app-" + ChartColours.modelClass(a) + ": " + ChartColours.modelColour(a) + ";");
      expected.add("." + ChartColours.modelClass(a) + ".chart-bar");
    }
    for (Goal g : Goal.values()) {
      expected.add("-app-" + ChartColours.goalClass(g) + ": " + ChartColours.goalColour(g) + ";");
      expected.add("." + ChartColours.goalClass(g) + ".chart-bar");
    }
    assertThat(css).contains(expected);
  }

  @Test
  void classesAreNamedAfterTheModelAndTheGoal() {
    assertThat(ChartColours.modelClass(Alternative.HUB_AND_SPOKE)).isEqualTo("model-hub-and-spoke");
    assertThat(ChartColours.goalClass(Goal.CRISIS_READINESS)).isEqualTo("goal-crisis-readiness");
  }

  @Test
  void aPictureTakesTheColourOfTheClassAsTheScreenDoes() {
    assertThat(ChartColours.colourOf(ChartColours.projectionClasses(Alternative.HOLISTIC,
        se.socialorg.advisor.engine.ProjectionCase.VENDOR)))
        .isEqualTo(ChartColours.modelColour(Alternative.HOLISTIC));
    assertThat(ChartColours.colourOf(ChartColours.goalClass(Goal.MEASURABLE_ROI)))
        .isEqualTo(ChartColours.goalColour(Goal.MEASURABLE_ROI));
    assertThat(ChartColours.colourOf("default-color0")).isNull();
  }

  static double contrast(String a, String b) {
    double la = luminance(a);
    double lb = luminance(b);
    return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
  }

  /** Relative luminance as WCAG 2.1 defines it. */
  static double luminance(String hex) {
    double[] c = new double[3];
    for (int i = 0; i < 3; i++) {
      double v = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
      c[i] = v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }
    return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
  }
}
