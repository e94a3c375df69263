package se.socialorg.advisor.present.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.socialorg.advisor.i18n.I18n;
import se.socialorg.advisor.present.ChartPoint;
import se.socialorg.advisor.present.LinePoint;
import se.socialorg.advisor.present.TornadoRow;
import se.socialorg.advisor.store.report.Figure;
import se.socialorg.advisor.store.report.Figure.Align;
import se.socialorg.advisor.store.report.Figure.Box;
import se.socialorg.advisor.store.report.Figure.Label;
import se.socialorg.advisor.store.report.Figure.Line;
import se.socialorg.advisor.store.report.Figure.Mark;

/**
 * The report's charts as {@link Figure}s: the same points, texts, series colours and order as the
 * app's charts, drawn for paper (title, axes with the locale's numbers, grid, bars or lines, and a
 * legend under the plot when there is more than one series). No JavaFX: a report needs no
 * toolkit (decision 0019).
 */
final class FigureCharts {

  /** A figure's width in points, about the report's text width. */
  static final float WIDTH = 480;

  /** The series colours of the app's charts, in order (JavaFX's chart palette). */
  static final int[] PALETTE = {
    0xf3622d, 0xfba71b, 0x57b757, 0x41a9c9, 0x4258c9, 0x9a42c8, 0xc84164, 0x888888
  };

  private static final int INK = 0x333333;
  private static final int GREY = 0x666666;
  private static final int GRID = 0xe4e4e4;
  private static final int AXIS = 0x9a9a9a;
  private static final float TITLE = 10f;
  private static final float AXIS_LABEL = 7.5f;
  private static final float TICK = 7f;
  private static final float LEGEND = 7.5f;
  private static final float PAD = 6f;

  private final I18n i18n;
  private java.util.Map<String, Integer> colours = java.util.Map.of();

  FigureCharts(I18n i18n) {
    this.i18n = i18n;
  }

  /**
   * The same charts with a model's or goal's own colour ({@link
   * se.socialorg.advisor.present.ChartColours}) for each series or category named here, as on
   * screen; anything else takes the palette colour of its position.
   */
  FigureCharts colouring(java.util.Map<String, String> hexByName) {
    FigureCharts c = new FigureCharts(i18n);
    java.util.Map<String, Integer> rgb = new java.util.HashMap<>();
    hexByName.forEach((name, hex) -> rgb.put(name, Integer.parseInt(hex.substring(1), 16)));
    c.colours = rgb;
    return c;
  }

  /** The colour of a series or category: its own, else the palette's at {@code index}. */
  private int colour(String name, int index) {
    return colours.getOrDefault(name, PALETTE[index % PALETTE.length]);
  }

  // ---- charts ---------------------------------------------------------------------------------

  /** Vertical bars per category, series side by side; {@code slanted} category names at 45°. */
  Figure bars(String title, String axisLabel, List<ChartPoint> points, float height,
      boolean slanted) {
    return categoryChart(title, axisLabel, points, height, slanted, false);
  }

  /** Vertical bars per category, series stacked. */
  Figure stacked(String title, String axisLabel, List<ChartPoint> points, float height) {
    return categoryChart(title, axisLabel, points, height, false, true);
  }

  /** Per row a bar from zero to the low end and one to the high end, largest swing on top. */
  Figure tornado(String title, String axisLabel, List<TornadoRow> rows, float height) {
    List<Mark> marks = new ArrayList<>();
    title(marks, title);
    String low = i18n.t("chart.tornado.low");
    String high = i18n.t("chart.tornado.high");
    float legendTop = legend(this, marks, List.of(low, high), height);
    double min = 0;
    double max = 0;
    for (TornadoRow r : rows) {
      min = Math.min(min, Math.min(r.low(), r.high()));
      max = Math.max(max, Math.max(r.low(), r.high()));
    }
    Scale scale = Scale.of(min, max, true, false);
    float labelWidth = 0;
    for (TornadoRow r : rows) {
      labelWidth = Math.max(labelWidth, estimate(r.label(), TICK));
    }
    float left = PAD + Math.min(labelWidth, WIDTH * 0.45f) + 6;
    float right = WIDTH - PAD - 8;
    float top = 26;
    float bottom = legendTop - AXIS_LABEL - TICK - 12;
    valueAxisBelow(marks, scale, left, right, top, bottom, axisLabel);
    int n = Math.max(1, rows.size());
    float band = (bottom - top) / n;
    for (int i = 0; i < rows.size(); i++) {
      TornadoRow r = rows.get(i);
      float centre = top + band * (i + 0.5f);
      marks.add(label(left - 5, centre + TICK * 0.35f, r.label(), TICK, INK, Align.END,
          left - PAD - 5));
      float h = band * 0.62f;
      hbar(marks, scale, left, right, r.low(), centre - h / 2, h, PALETTE[0]);
      hbar(marks, scale, left, right, r.high(), centre - h / 2, h, PALETTE[1]);
    }
    float zero = x(scale, 0, left, right);
    marks.add(line(INK, 0.6f, zero, top, zero, bottom));
    return new Figure(WIDTH, height, marks);
  }

  /** Lines through the points of each series; x is a count (e.g. months). */
  Figure lines(String title, String xLabel, String yLabel, List<LinePoint> points,
      float height) {
    List<Mark> marks = new ArrayList<>();
    title(marks, title);
    Map<String, List<LinePoint>> bySeries = new LinkedHashMap<>();
    for (LinePoint p : points) {
      bySeries.computeIfAbsent(p.series(), k -> new ArrayList<>()).add(p);
    }
    float legendTop = bySeries.size() > 1
        ? legend(this, marks, List.copyOf(bySeries.keySet()), height) : height - PAD;
    double xMin = points.stream().mapToDouble(LinePoint::x).min().orElse(0);
    double xMax = points.stream().mapToDouble(LinePoint::x).max().orElse(1);
    double yMin = Math.min(0, points.stream().mapToDouble(LinePoint::y).min().orElse(0));
    double yMax = Math.max(0, points.stream().mapToDouble(LinePoint::y).max().orElse(1));
    Scale xs = Scale.of(xMin, xMax, false, points.stream().allMatch(p -> whole(p.x())));
    Scale ys = Scale.of(yMin, yMax, true, points.stream().allMatch(p -> whole(p.y())));
    float top = 26;
    float bottom = legendTop - AXIS_LABEL - TICK - 12;
    float left = valueAxisLeft(marks, ys, top, bottom, yLabel);
    float right = WIDTH - PAD - 8;
    // The x axis: its ticks and grid lines, its label.
    for (double t : xs.ticks()) {
      float x = x(xs, t, left, right);
      marks.add(line(GRID, 0.5f, x, top, x, bottom));
      marks.add(label(x, bottom + TICK + 3, format(xs, t), TICK, GREY, Align.CENTRE, 0));
    }
    marks.add(label((left + right) / 2, bottom + TICK + AXIS_LABEL + 8, xLabel, AXIS_LABEL, INK,
        Align.CENTRE, right - left));
    marks.add(line(AXIS, 0.6f, left, bottom, right, bottom));
    int s = 0;
    for (List<LinePoint> series : bySeries.values()) {
      List<Float> xy = new ArrayList<>();
      for (LinePoint p : series) {
        xy.add(x(xs, p.x(), left, right));
        xy.add(y(ys, p.y(), top, bottom));
      }
      if (xy.size() == 2) {
        xy.add(xy.get(0) + 0.5f);
        xy.add(xy.get(1));
      }
      marks.add(new Line(xy, colour(List.copyOf(bySeries.keySet()).get(s), s), 1.4f));
      s++;
    }
    return new Figure(WIDTH, height, marks);
  }

  private Figure categoryChart(String title, String axisLabel, List<ChartPoint> points,
      float height, boolean slanted, boolean stacked) {
    List<Mark> marks = new ArrayList<>();
    title(marks, title);
    List<String> categories = new ArrayList<>();
    List<String> series = new ArrayList<>();
    for (ChartPoint p : points) {
      if (!categories.contains(p.category())) {
        categories.add(p.category());
      }
      if (!series.contains(p.series())) {
        series.add(p.series());
      }
    }
    float legendTop = series.size() > 1 ? legend(this, marks, series, height) : height - PAD;
    double min = 0;
    double max = 0;
    if (stacked) {
      for (String c : categories) {
        double up = 0;
        double down = 0;
        for (ChartPoint p : points) {
          if (p.category().equals(c)) {
            up += Math.max(0, p.value());
            down += Math.min(0, p.value());
          }
        }
        max = Math.max(max, up);
        min = Math.min(min, down);
      }
    } else {
      for (ChartPoint p : points) {
        max = Math.max(max, p.value());
        min = Math.min(min, p.value());
      }
    }
    Scale scale = Scale.of(min, max, true,
        points.stream().allMatch(p -> whole(p.value())) && !stacked);
    float longest = 0;
    for (String c : categories) {
      longest = Math.max(longest, estimate(c, TICK));
    }
    float names = slanted ? Math.min(longest, 120) * 0.72f + TICK + 4 : 2 * TICK * 1.25f + 4;
    float top = 26;
    float bottom = legendTop - names - 6;
    float left = valueAxisLeft(marks, scale, top, bottom, axisLabel);
    float right = WIDTH - PAD - 8;
    marks.add(line(AXIS, 0.6f, left, bottom, right, bottom));
    int n = Math.max(1, categories.size());
    float band = (right - left) / n;
    float group = band * (series.size() > 1 && !stacked ? 0.84f : 0.72f);
    for (int i = 0; i < categories.size(); i++) {
      String c = categories.get(i);
      float centre = left + band * (i + 0.5f);
      if (slanted) {
        marks.add(new Label(centre + TICK * 0.3f, bottom + TICK + 2, c, TICK, INK, Align.END,
            false, 45, 120));
      } else {
        List<String> lines = twoLines(c, TICK, band - 4);
        for (int k = 0; k < lines.size(); k++) {
          marks.add(label(centre, bottom + TICK + 3 + k * TICK * 1.25f, lines.get(k), TICK, INK,
              Align.CENTRE, band - 2));
        }
      }
      double up = 0;
      double down = 0;
      for (ChartPoint p : points) {
        if (!p.category().equals(c)) {
          continue;
        }
        int s = series.indexOf(p.series());
        int colour = colours.containsKey(p.category()) ? colour(p.category(), s)
            : colour(p.series(), s);
        if (stacked) {
          double from = p.value() >= 0 ? up : down;
          double to = from + p.value();
          vbar(marks, scale, top, bottom, from, to, centre - group / 2, group, colour);
          if (p.value() >= 0) {
            up = to;
          } else {
            down = to;
          }
        } else {
          float w = group / series.size();
          float x = centre - group / 2 + s * w;
          vbar(marks, scale, top, bottom, 0, p.value(), x + w * 0.04f, w * 0.92f, colour);
        }
      }
    }
    return new Figure(WIDTH, height, marks);
  }

  // ---- parts ----------------------------------------------------------------------------------

  private static void title(List<Mark> marks, String title) {
    marks.add(new Label(WIDTH / 2, 14, title, TITLE, INK, Align.CENTRE, true, 0,
        WIDTH - 2 * PAD));
  }

  /**
   * A legend under the plot: a colour swatch and the series' name, in rows centred on the
   * figure. Returns the y where the legend begins.
   */
  private static float legend(FigureCharts owner, List<Mark> marks, List<String> series, float height) {
    float room = WIDTH - 2 * PAD;
    List<List<Integer>> rows = new ArrayList<>();
    List<Float> widths = new ArrayList<>();
    List<Integer> row = new ArrayList<>();
    float used = 0;
    for (int i = 0; i < series.size(); i++) {
      float w = Math.min(room, item(series.get(i)));
      if (!row.isEmpty() && used + w > room) {
        rows.add(row);
        widths.add(used);
        row = new ArrayList<>();
        used = 0;
      }
      row.add(i);
      used += w;
    }
    rows.add(row);
    widths.add(used);
    float lineHeight = LEGEND * 1.6f;
    float top = height - PAD - rows.size() * lineHeight;
    for (int r = 0; r < rows.size(); r++) {
      float x = (WIDTH - widths.get(r)) / 2;
      float baseline = top + r * lineHeight + LEGEND;
      for (int i : rows.get(r)) {
        String name = series.get(i);
        marks.add(new Box(x, baseline - LEGEND * 0.8f, LEGEND * 0.8f, LEGEND * 0.8f,
            owner.colour(name, i)));
        float w = Math.min(room, item(name));
        marks.add(label(x + LEGEND * 0.8f + 3, baseline, name, LEGEND, INK, Align.START,
            w - LEGEND * 0.8f - 12));
        x += w;
      }
    }
    return top - 2;
  }

  private static float item(String name) {
    return LEGEND * 0.8f + 3 + estimate(name, LEGEND) + 12;
  }

  /** A vertical value axis with grid lines; returns the plot's left edge. */
  private float valueAxisLeft(List<Mark> marks, Scale scale, float top, float bottom,
      String axisLabel) {
    float tickWidth = 0;
    for (double t : scale.ticks()) {
      tickWidth = Math.max(tickWidth, estimate(format(scale, t), TICK));
    }
    float left = PAD + AXIS_LABEL + 6 + tickWidth + 4;
    marks.add(new Label(PAD + AXIS_LABEL, (top + bottom) / 2, axisLabel, AXIS_LABEL, INK,
        Align.CENTRE, false, 90, bottom - top));
    float right = WIDTH - PAD - 8;
    for (double t : scale.ticks()) {
      float y = y(scale, t, top, bottom);
      marks.add(line(t == 0 ? AXIS : GRID, 0.5f, left, y, right, y));
      marks.add(label(left - 4, y + TICK * 0.35f, format(scale, t), TICK, GREY, Align.END, 0));
    }
    return left;
  }

  /** A horizontal value axis under the plot, with grid lines and its label. */
  private void valueAxisBelow(List<Mark> marks, Scale scale, float left, float right, float top,
      float bottom, String axisLabel) {
    for (double t : scale.ticks()) {
      float x = x(scale, t, left, right);
      marks.add(line(GRID, 0.5f, x, top, x, bottom));
      marks.add(label(x, bottom + TICK + 3, format(scale, t), TICK, GREY, Align.CENTRE, 0));
    }
    marks.add(line(AXIS, 0.6f, left, bottom, right, bottom));
    marks.add(label((left + right) / 2, bottom + TICK + AXIS_LABEL + 8, axisLabel, AXIS_LABEL,
        INK, Align.CENTRE, right - left));
  }

  private static void vbar(List<Mark> marks, Scale scale, float top, float bottom, double from,
      double to, float x, float w, int colour) {
    float y0 = y(scale, from, top, bottom);
    float y1 = y(scale, to, top, bottom);
    if (Math.abs(y1 - y0) > 0.01f) {
      marks.add(new Box(x, Math.min(y0, y1), w, Math.abs(y1 - y0), colour));
    }
  }

  private static void hbar(List<Mark> marks, Scale scale, float left, float right, double value,
      float y, float h, int colour) {
    float x0 = x(scale, 0, left, right);
    float x1 = x(scale, value, left, right);
    if (Math.abs(x1 - x0) > 0.01f) {
      marks.add(new Box(Math.min(x0, x1), y, Math.abs(x1 - x0), h, colour));
    }
  }

  private static float x(Scale s, double v, float left, float right) {
    return (float) (left + (v - s.lo()) / (s.hi() - s.lo()) * (right - left));
  }

  private static float y(Scale s, double v, float top, float bottom) {
    return (float) (bottom - (v - s.lo()) / (s.hi() - s.lo()) * (bottom - top));
  }

  private static Line line(int rgb, float width, float x0, float y0, float x1, float y1) {
    return new Line(List.of(x0, y0, x1, y1), rgb, width);
  }

  private static Label label(float x, float y, String text, float size, int rgb, Align align,
      float maxWidth) {
    return new Label(x, y, text, size, rgb, align, false, 0, Math.max(0, maxWidth));
  }

  /** A tick's text: the locale's digits, as many decimals as the step needs. */
  private String format(Scale s, double v) {
    double rounded = Math.abs(v) < s.step() * 1e-9 ? 0 : v;
    return i18n.number(rounded, s.decimals());
  }

  /** A category's name in at most two lines of {@code max} points (the second may be cut). */
  static List<String> twoLines(String s, float size, float max) {
    int br = s.indexOf('\n');
    if (br >= 0) {
      return List.of(s.substring(0, br).trim(), s.substring(br + 1).replace('\n', ' ').trim());
    }
    if (estimate(s, size) <= max) {
      return List.of(s);
    }
    String[] words = s.trim().split(" +");
    StringBuilder first = new StringBuilder();
    int i = 0;
    while (i < words.length) {
      String candidate = first.length() == 0 ? words[i] : first + " " + words[i];
      if (first.length() > 0 && estimate(candidate, size) > max) {
        break;
      }
      first.setLength(0);
      first.append(candidate);
      i++;
    }
    if (i >= words.length) {
      return List.of(first.toString());
    }
    return List.of(first.toString(), String.join(" ", List.of(words).subList(i, words.length)));
  }

  /**
   * About how wide a text is in the report's sans-serif face, for laying out a chart; the writer
   * measures exactly when it draws and cuts what would not fit.
   */
  static float estimate(String s, float size) {
    float em = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      if (cp >= 0x2E80) {
        em += 1.0f; // Chinese, Japanese, Korean: square
      } else if (" .,:;'|!ilIjft()[]".indexOf(cp) >= 0) {
        em += 0.33f;
      } else if (Character.isUpperCase(cp) || cp == 'm' || cp == 'w') {
        em += 0.72f;
      } else {
        em += 0.6f;
      }
    }
    return em * size;
  }

  private static boolean whole(double v) {
    return Math.rint(v) == v;
  }

  /** A value range with round ends and about six round steps. */
  record Scale(double lo, double hi, double step, int decimals) {

    static Scale of(double min, double max, boolean withZero, boolean whole) {
      if (withZero) {
        min = Math.min(0, min);
        max = Math.max(0, max);
      }
      if (!(max > min)) {
        max = min + 1;
      }
      double step = niceStep((max - min) / 6);
      if (whole && step < 1) {
        step = 1;
      }
      double lo = Math.floor(min / step + 1e-9) * step;
      double hi = Math.ceil(max / step - 1e-9) * step;
      int decimals = step >= 1 && whole(step) ? 0 : decimalsOf(step);
      return new Scale(lo, hi, step, decimals);
    }

    List<Double> ticks() {
      List<Double> out = new ArrayList<>();
      long n = Math.round((hi - lo) / step);
      for (long i = 0; i <= n; i++) {
        out.add(lo + i * step);
      }
      return out;
    }

    private static double niceStep(double raw) {
      double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
      double f = raw / magnitude;
      double nice = f <= 1 ? 1 : f <= 2 ? 2 : f <= 2.5 ? 2.5 : f <= 5 ? 5 : 10;
      return nice * magnitude;
    }

    private static int decimalsOf(double step) {
      for (int d = 1; d < 6; d++) {
        double scaled = step * Math.pow(10, d);
        if (Math.abs(scaled - Math.rint(scaled)) < 1e-6) {
          return d;
        }
      }
      return 6;
    }
  }
}
