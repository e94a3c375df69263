package se.socialorg.advisor.ui.charts;

import java.util.Collection;
import javafx.scene.chart.NumberAxis;
import javafx.util.StringConverter;
import se.socialorg.advisor.i18n.I18n;

/**
 * Value axes that write their ticks in the user's language ("2,5" and "3 000 000" in Swedish,
 * "2.5" and "3,000,000" in English), and that show only whole ticks while every value drawn on
 * them is whole (months, respondents): no "2.5 respondents".
 */
final class LocaleAxis {

  private static final String WHOLE_KEY = LocaleAxis.class.getName() + ".whole";

  private LocaleAxis() {}

  /** A value axis with {@code label} and ticks formatted by {@code i18n}. */
  static NumberAxis create(I18n i18n, String label) {
    NumberAxis axis = new NumberAxis();
    axis.setLabel(label);
    axis.setTickLabelFormatter(formatter(i18n, axis));
    return axis;
  }

  /** The tick formatter of {@code axis}: the locale's digits, at most the decimals needed. */
  static StringConverter<Number> formatter(I18n i18n, NumberAxis axis) {
    return new StringConverter<>() {
      @Override
      public String toString(Number n) {
        double v = n.doubleValue();
        boolean whole = Math.rint(v) == v;
        if (!whole && Boolean.TRUE.equals(axis.getProperties().get(WHOLE_KEY))) {
          return "";
        }
        return i18n.number(v, decimals(v, axis.getTickUnit()));
      }

      @Override
      public Number fromString(String s) {
        try {
          return java.text.NumberFormat.getNumberInstance(i18n.locale()).parse(s.trim());
        } catch (java.text.ParseException e) {
          return 0;
        }
      }
    };
  }

  /** Marks {@code axis} as counting whole things when every value is whole. */
  static void wholeWhenAllWhole(Object axis, Collection<? extends Number> values) {
    if (axis instanceof NumberAxis number) {
      boolean whole = !values.isEmpty()
          && values.stream().allMatch(v -> Math.rint(v.doubleValue()) == v.doubleValue());
      number.getProperties().put(WHOLE_KEY, whole);
      number.setMinorTickVisible(!whole);
    }
  }

  /** Marks {@code axis} by the values of {@code points}; returns the points. */
  static java.util.List<se.socialorg.advisor.present.ChartPoint> whole(
      NumberAxis axis, java.util.List<se.socialorg.advisor.present.ChartPoint> points) {
    wholeWhenAllWhole(axis, points.stream().map(se.socialorg.advisor.present.ChartPoint::value)
        .filter(v -> !Double.isNaN(v)).toList());
    return points;
  }

  /** Decimals that show a tick exactly: none for whole ticks, else those of the tick unit. */
  static int decimals(double value, double tickUnit) {
    if (Math.rint(value) == value) {
      return 0;
    }
    for (int d = 1; d < 4; d++) {
      double scaled = value * Math.pow(10, d);
      if (Math.abs(scaled - Math.rint(scaled)) < 1e-6) {
        return d;
      }
    }
    return tickUnit >= 0.01 ? 2 : 3;
  }
}
