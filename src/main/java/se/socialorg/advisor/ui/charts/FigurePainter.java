package se.socialorg.advisor.ui.charts;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.geometry.VPos;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import se.socialorg.advisor.present.report.FigurePictures;
import se.socialorg.advisor.store.report.Figure;
import se.socialorg.advisor.ui.FxThread;

/**
 * Paints a report's {@link Figure} on a JavaFX canvas and takes it as a PNG: the board deck's
 * charts are the PDF's charts, as pictures (issue 19, decision 0022). Text is in DejaVu Sans, the
 * PDF's font. Painting happens on the FX thread; callers on other threads wait for it.
 */
public final class FigurePainter implements FigurePictures {

  private static final Logger LOG = Logger.getLogger(FigurePainter.class.getName());

  /** Width of a picture in pixels: sharp on a slide at about 150 dots per inch. */
  static final int WIDTH = 1400;

  private static final String FONTS = "/se/socialorg/advisor/store/report/fonts/";

  private static String family;

  private final Runnable toolkit;

  /** Pictures painted in a running JavaFX application (the window). */
  public FigurePainter() {
    this(() -> {});
  }

  private FigurePainter(Runnable toolkit) {
    this.toolkit = toolkit;
  }

  /**
   * Pictures for the headless {@code report} command: JavaFX starts on the first picture, without
   * a window (Monocle's headless platform when there is no display), so a PDF never waits for it.
   */
  public static FigurePainter withoutWindow() {
    FutureTask<Void> starting = new FutureTask<>(HeadlessToolkit::start, null);
    return new FigurePainter(() -> {
      starting.run(); // once: a FutureTask runs its work a single time
      try {
        starting.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("Interrupted while JavaFX was starting", e);
      } catch (ExecutionException e) {
        throw e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e);
      }
    });
  }

  @Override
  public byte[] png(Figure figure) {
    toolkit.run();
    WritableImage image = FxThread.call(() -> paint(figure));
    return ChartImages.pngBytes(image);
  }

  private static WritableImage paint(Figure f) {
    double scale = WIDTH / f.width();
    Canvas canvas = new Canvas(WIDTH, Math.ceil(f.height() * scale));
    GraphicsContext g = canvas.getGraphicsContext2D();
    g.setFill(Color.WHITE);
    g.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
    g.scale(scale, scale);
    String face = family();
    for (Figure.Mark m : f.marks()) {
      if (m instanceof Figure.Box b) {
        g.setFill(colour(b.rgb()));
        g.fillRect(b.x(), b.y(), b.w(), b.h());
      } else if (m instanceof Figure.Line l) {
        line(g, l);
      } else if (m instanceof Figure.Label t) {
        label(g, t, face);
      }
    }
    SnapshotParameters params = new SnapshotParameters();
    params.setFill(Color.WHITE);
    return canvas.snapshot(params, null);
  }

  private static void line(GraphicsContext g, Figure.Line l) {
    List<Float> xy = l.xy();
    int n = xy.size() / 2;
    double[] xs = new double[n];
    double[] ys = new double[n];
    for (int i = 0; i < n; i++) {
      xs[i] = xy.get(2 * i);
      ys[i] = xy.get(2 * i + 1);
    }
    g.setStroke(colour(l.rgb()));
    g.setLineWidth(l.width());
    g.strokePolyline(xs, ys, n);
  }

  private static void label(GraphicsContext g, Figure.Label t, String face) {
    Font font = Font.font(face, t.bold() ? FontWeight.BOLD : FontWeight.NORMAL, t.size());
    String s = t.maxWidth() > 0 ? fitted(t.text(), font, t.maxWidth()) : t.text();
    if (s.isEmpty()) {
      return;
    }
    g.save();
    g.translate(t.x(), t.y());
    g.rotate(-t.angle()); // counter-clockwise on the page, where y runs down
    g.setFont(font);
    g.setFill(colour(t.rgb()));
    g.setTextBaseline(VPos.BASELINE);
    g.setTextAlign(switch (t.align()) {
      case START -> TextAlignment.LEFT;
      case CENTRE -> TextAlignment.CENTER;
      case END -> TextAlignment.RIGHT;
    });
    g.fillText(s, 0, 0);
    g.restore();
  }

  /** {@code s}, cut with an ellipsis where it is wider than {@code max}, as the PDF cuts it. */
  static String fitted(String s, Font font, double max) {
    if (width(s, font) <= max) {
      return s;
    }
    String cut = s;
    while (!cut.isEmpty() && width(cut + "\u2026", font) > max) {
      cut = cut.substring(0, cut.length() - 1);
    }
    return cut.isEmpty() ? "" : cut.stripTrailing() + "\u2026";
  }

  private static double width(String s, Font font) {
    Text text = new Text(s);
    text.setFont(font);
    return text.getLayoutBounds().getWidth();
  }

  private static Color colour(int rgb) {
    return Color.rgb((rgb >> 16) & 0xff, (rgb >> 8) & 0xff, rgb & 0xff);
  }

  /** DejaVu Sans, regular and bold, loaded once from the report's fonts; else the default. */
  private static synchronized String family() {
    if (family == null) {
      family = Font.getDefault().getFamily();
      for (String file : List.of("DejaVuSans.ttf", "DejaVuSans-Bold.ttf")) {
        try (InputStream in = FigurePainter.class.getResourceAsStream(FONTS + file)) {
          Font loaded = in == null ? null : Font.loadFont(in, 10);
          if (loaded != null && file.equals("DejaVuSans.ttf")) {
            family = loaded.getFamily();
          }
        } catch (IOException e) {
          LOG.log(Level.WARNING, "Could not read the font " + file + " for the deck's charts", e);
        }
      }
    }
    return family;
  }
}
