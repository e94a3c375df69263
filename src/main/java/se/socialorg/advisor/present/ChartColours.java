package se.socialorg.advisor.present;

import java.util.Locale;
import se.socialorg.advisor.engine.ProjectionCase;
import se.socialorg.advisor.model.Alternative;
import se.socialorg.advisor.model.Goal;

/**
 * One colour per model and one per goal, the same in every chart: the wizard's, the data
 * library's, Compare, the follow-up and the pictures of the PDF report and the deck. On screen
 * the colour comes from the style class ({@code .model-hub-and-spoke}, {@code .goal-crisis-readiness}
 * in {@code app.css}, which holds the same values); a picture or a document that is not drawn by
 * JavaFX takes the hexadecimal value here.
 *
 * <p>Every colour has a contrast of at least 3:1 (WCAG 2.1, 1.4.11, graphical objects) against
 * the light theme's white and the dark theme's background, so one value serves both themes.
 *
 * <p>A highlight means one thing everywhere: an outline ({@link #HIGHLIGHT}) on the bar that is
 * about the reader's own case (the model recommended to them, their industry, their group); the
 * bar keeps its colour, and the legend says what the outline marks.
 */
public final class ChartColours {

  /** Style class of an outlined bar: the one about the reader's own case. */
  public static final String HIGHLIGHT = "highlighted";

  /** Style class added to the lines of the case built on vendors' figures: dashed. */
  public static final String VENDOR_CASE = "case-vendor";

  private ChartColours() {}

  /** The style class of a model's colour, e.g. {@code model-hub-and-spoke}. */
  public static String modelClass(Alternative model) {
    return "model-" + slug(model.name());
  }

  /** The style class of a goal's colour, e.g. {@code goal-crisis-readiness}. */
  public static String goalClass(Goal goal) {
    return "goal-" + slug(goal.name());
  }

  /** A projection line's classes: its model's colour, dashed for the vendor case. */
  public static String projectionClasses(Alternative model, ProjectionCase c) {
    return c == ProjectionCase.VENDOR ? modelClass(model) + " " + VENDOR_CASE : modelClass(model);
  }

  /** A model's colour as {@code #rrggbb}. */
  public static String modelColour(Alternative model) {
    return switch (model) {
      case CENTRALISED -> "#3b75c4";
      case HUB_AND_SPOKE -> "#d0632a";
      case DISTRIBUTED_ADVOCACY -> "#2e9a55";
      case MULTIPLE_HUB_AND_SPOKE -> "#9b59b6";
      case HOLISTIC -> "#c0407a";
    };
  }

  /** A goal's colour as {@code #rrggbb}. */
  public static String goalColour(Goal goal) {
    return switch (goal) {
      case TRUST_CREDIBILITY -> "#1f8a8a";
      case THOUGHT_LEADERSHIP -> "#7a6ad8";
      case LEAD_GENERATION -> "#b8860b";
      case CUSTOMER_SERVICE -> "#5b8f29";
      case CRISIS_READINESS -> "#d14545";
      case EMPLOYER_BRANDING -> "#c25e9e";
      case MEASURABLE_ROI -> "#4f7fa8";
    };
  }

  /**
   * The colour of a model's or goal's style class (the first of {@code styleClasses}), for what
   * JavaFX does not draw (the report's figures); null for any other class.
   */
  public static String colourOf(String styleClasses) {
    String first = styleClasses.split(" ")[0];
    for (Alternative a : Alternative.values()) {
      if (modelClass(a).equals(first)) {
        return modelColour(a);
      }
    }
    for (Goal g : Goal.values()) {
      if (goalClass(g).equals(first)) {
        return goalColour(g);
      }
    }
    return null;
  }

  private static String slug(String name) {
    return name.toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
