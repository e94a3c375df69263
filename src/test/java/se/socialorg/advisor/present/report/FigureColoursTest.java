package se.socialorg.advisor.present.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.socialorg.advisor.i18n.I18n;
import se.socialorg.advisor.model.Alternative;
import se.socialorg.advisor.model.Goal;
import se.socialorg.advisor.present.ChartColours;
import se.socialorg.advisor.present.ChartPoint;
import se.socialorg.advisor.store.report.Figure;

/** The report's figures paint each model and goal in its own colour, as the screen does. */
class FigureColoursTest {

  private final FigureCharts charts = new FigureCharts(I18n.forLanguage("en"));

  private static List<Integer> barColours(Figure f) {
    return f.marks().stream().filter(m -> m instanceof Figure.Box b && b.w() > 10)
        .map(m -> ((Figure.Box) m).rgb()).toList();
  }

  private static int rgb(String hex) {
    return Integer.parseInt(hex.substring(1), 16);
  }

  @Test
  void eachModelsBarHasTheModelsColour() {
    Figure f = charts.colouring(Map.of(
            "Central", ChartColours.modelColour(Alternative.CENTRALISED),
            "Hub", ChartColours.modelColour(Alternative.HUB_AND_SPOKE)))
        .bars("Chance", "%", List.of(ChartPoint.of("Central", "Chance", 30, "30 %", ""),
            ChartPoint.of("Hub", "Chance", 70, "70 %", "")), 250, false);
    assertThat(barColours(f)).containsExactly(
        rgb(ChartColours.modelColour(Alternative.CENTRALISED)),
        rgb(ChartColours.modelColour(Alternative.HUB_AND_SPOKE)));
  }

  @Test
  void eachGoalsPartOfAStackedBarHasTheGoalsColourAndSoDoesItsLegendSwatch() {
    Figure f = charts.colouring(Map.of(
            "Trust", ChartColours.goalColour(Goal.TRUST_CREDIBILITY),
            "ROI", ChartColours.goalColour(Goal.MEASURABLE_ROI)))
        .stacked("Scores", "Points", List.of(ChartPoint.of("A", "Trust", 30, "30", ""),
            ChartPoint.of("A", "ROI", 20, "20", "")), 282);
    List<Integer> all = f.marks().stream().filter(m -> m instanceof Figure.Box)
        .map(m -> ((Figure.Box) m).rgb()).toList();
    assertThat(barColours(f)).containsExactly(
        rgb(ChartColours.goalColour(Goal.TRUST_CREDIBILITY)),
        rgb(ChartColours.goalColour(Goal.MEASURABLE_ROI)));
    assertThat(all).contains(rgb(ChartColours.goalColour(Goal.TRUST_CREDIBILITY)),
        rgb(ChartColours.goalColour(Goal.MEASURABLE_ROI)));
  }
}
