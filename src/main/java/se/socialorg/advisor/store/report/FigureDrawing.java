package se.socialorg.advisor.store.report;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.util.Matrix;
import se.socialorg.advisor.store.report.Figure.Box;
import se.socialorg.advisor.store.report.Figure.Label;
import se.socialorg.advisor.store.report.Figure.Line;
import se.socialorg.advisor.store.report.Figure.Mark;

/**
 * Draws a {@link Figure} into a chart's content stream: PDF's y runs up, the figure's down, so
 * every y is turned round; text is in the report's faces, with their fallbacks.
 */
final class FigureDrawing {

  private final PDPageContentStream out;
  private final Figure figure;
  private final FontFace regular;
  private final FontFace bold;

  FigureDrawing(PDPageContentStream out, Figure figure, FontFace regular, FontFace bold) {
    this.out = out;
    this.figure = figure;
    this.regular = regular;
    this.bold = bold;
  }

  void draw() throws IOException {
    for (Mark m : figure.marks()) {
      if (m instanceof Box b) {
        colour(b.rgb(), false);
        out.addRect(b.x(), up(b.y() + b.h()), b.w(), b.h());
        out.fill();
      } else if (m instanceof Line l) {
        line(l);
      } else if (m instanceof Label t) {
        label(t);
      }
    }
  }

  private float up(float y) {
    return figure.height() - y;
  }

  private void line(Line l) throws IOException {
    colour(l.rgb(), true);
    out.setLineWidth(l.width());
    List<Float> xy = l.xy();
    out.moveTo(xy.get(0), up(xy.get(1)));
    for (int i = 2; i < xy.size(); i += 2) {
      out.lineTo(xy.get(i), up(xy.get(i + 1)));
    }
    out.stroke();
  }

  private void label(Label t) throws IOException {
    FontFace face = t.bold() ? bold : regular;
    String s = face.clean(t.text());
    if (t.maxWidth() > 0) {
      s = Layout.fitted(s, face, t.size(), t.maxWidth());
    }
    if (s.isEmpty()) {
      return;
    }
    s = Layout.visualOrder(s);
    float w = Layout.textWidth(s, face, t.size());
    float shift = switch (t.align()) {
      case START -> 0;
      case CENTRE -> -w / 2;
      case END -> -w;
    };
    double theta = Math.toRadians(t.angle());
    Matrix m = Matrix.getRotateInstance(theta, t.x(), up(t.y()));
    m.translate(shift, 0);
    out.saveGraphicsState();
    colour(t.rgb(), false);
    out.beginText();
    out.setTextMatrix(m);
    face.show(out, t.size(), s, rgb(t.rgb()));
    out.endText();
    out.restoreGraphicsState();
  }

  private static float[] rgb(int rgb) {
    return new float[] {((rgb >> 16) & 0xff) / 255f, ((rgb >> 8) & 0xff) / 255f, (rgb & 0xff) / 255f};
  }

  private void colour(int rgb, boolean stroke) throws IOException {
    float[] c = rgb(rgb);
    if (stroke) {
      out.setStrokingColor(c[0], c[1], c[2]);
    } else {
      out.setNonStrokingColor(c[0], c[1], c[2]);
    }
  }
}
