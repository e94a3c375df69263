package se.socialorg.advisor.engine;

/**
 * One value per {@link Measure}; NaN where there is nothing to show (a gap, no cost typed in, or
 * engagement, which the projection does not model).
 */
public record Figures(
    double impressions, double clicks, double engagement, double cost, double value) {

  public static final Figures NONE = new Figures(Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);

  public double get(Measure m) {
    return switch (m) {
      case IMPRESSIONS -> impressions;
      case CLICKS -> clicks;
      case ENGAGEMENT -> engagement;
      case COST -> cost;
      case VALUE -> value;
    };
  }
}
