package se.socialorg.advisor.ui.followup;

import java.time.LocalDate;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;
import se.socialorg.advisor.engine.KpiStatus;
import se.socialorg.advisor.i18n.I18n;

/** The follow-up screen's small node factories, shared by its parts. */
final class FollowUpNodes {

  /** Space between the screen's parts. */
  static final double GAP = 10;

  private FollowUpNodes() {}

  /** A KPI's status in words. */
  static String statusText(I18n t, KpiStatus s) {
    return t.t("followup.status." + s.name().toLowerCase(Locale.ROOT));
  }

  static Label section(I18n t, String key) {
    Label l = new Label(t.t(key));
    l.getStyleClass().add("section-title");
    return l;
  }

  static Label label(String id) {
    Label l = new Label();
    l.setId(id);
    l.setWrapText(true);
    l.setMinHeight(Region.USE_PREF_SIZE);
    return l;
  }

  static Label wrapped(String text) {
    Label l = new Label(text);
    l.setWrapText(true);
    l.setMinHeight(Region.USE_PREF_SIZE);
    return l;
  }

  static Label labelFor(String text, Node control) {
    Label l = new Label(text);
    l.setLabelFor(control);
    return l;
  }

  static Button button(String id, String text) {
    Button b = new Button(text);
    b.setId(id);
    return b;
  }

  static GridPane grid() {
    GridPane g = new GridPane();
    g.setHgap(GAP);
    g.setVgap(6);
    return g;
  }

  /** Dates as 2027-03-01 in both languages, like the review dates typed beside them. */
  static StringConverter<LocalDate> isoDates() {
    return new StringConverter<>() {
      @Override
      public String toString(LocalDate d) {
        return d == null ? "" : d.toString();
      }

      @Override
      public LocalDate fromString(String s) {
        try {
          return s == null || s.isBlank() ? null : LocalDate.parse(s.strip());
        } catch (java.time.format.DateTimeParseException e) {
          return null;
        }
      }
    };
  }

  static <T> StringConverter<T> converter(java.util.function.Function<T, String> text) {
    return new StringConverter<>() {
      @Override
      public String toString(T value) {
        return value == null ? "" : text.apply(value);
      }

      @Override
      public T fromString(String s) {
        return null;
      }
    };
  }
}
