package se.socialorg.advisor.ui;

import java.util.function.UnaryOperator;
import javafx.scene.control.Label;
import javafx.scene.control.TextFormatter;
import javafx.scene.control.TextInputControl;
import se.socialorg.advisor.i18n.I18n;

/**
 * A length limit on a text field with a visible count ("1 234 of 100 000 characters"): typing or
 * pasting beyond it is cut at the limit, so the scenario never holds a text its file could not
 * keep (the file reader refuses strings over 1,000,000 characters; the writer refuses to write
 * them, issue 14). Characters the report cannot show (most emoji) are left out at entry, and the
 * count says which.
 */
public final class TextLimit {

  /**
   * Longest decision notes: the scenario file's limit for one text, so no file that opens is ever
   * cut when it is shown, and nothing typed is refused when it is saved.
   */
  public static final int NOTES = se.socialorg.advisor.store.scenario.ScenarioFiles.MAX_STRING_LENGTH;

  private TextLimit() {}

  /**
   * Limits {@code field} to {@code max} characters and returns the label showing the count, id
   * {@code <field id>Count}.
   */
  public static Label apply(TextInputControl field, int max, I18n t) {
    Label count = new Label();
    count.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
    String[] refused = {""};
    Runnable update = () -> count.setText(t.t("text.count",
        t.number(field.getLength(), 0), t.number(max, 0))
        + (refused[0].isEmpty() ? "" : " " + t.t("text.undrawable", refused[0])));
    UnaryOperator<TextFormatter.Change> filter = change -> {
      refused[0] = "";
      String missing = se.socialorg.advisor.store.report.ReportWriter.undrawable(change.getText());
      if (!missing.isEmpty()) {
        // Characters the report cannot show (most emoji) are left out, and the count says so.
        refused[0] = missing.codePoints().mapToObj(Character::toString)
            .collect(java.util.stream.Collectors.joining(" "));
        String kept = change.getText().codePoints()
            .filter(cp -> missing.indexOf(Character.toString(cp)) < 0)
            .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
            .toString();
        change.setText(kept);
        change.setCaretPosition(change.getRangeStart() + kept.length());
        change.setAnchor(change.getRangeStart() + kept.length());
        update.run();
      }
      int newLength = change.getControlNewText().length();
      if (newLength <= max) {
        return change;
      }
      int room = max - (change.getControlText().length() - (change.getRangeEnd() - change.getRangeStart()));
      if (room <= 0) {
        return null;
      }
      String text = change.getText();
      int cut = Math.min(room, text.length());
      if (cut > 0 && Character.isHighSurrogate(text.charAt(cut - 1))) {
        cut--;
      }
      change.setText(text.substring(0, cut));
      change.setCaretPosition(change.getRangeStart() + cut);
      change.setAnchor(change.getRangeStart() + cut);
      return change;
    };
    if (field.getText() != null && field.getText().length() > max) {
      field.setText(field.getText().substring(0, max));
    }
    field.setTextFormatter(new TextFormatter<>(filter));
    count.setId(field.getId() + "Count");
    count.getStyleClass().add("text-muted");
    update.run();
    field.textProperty().addListener((o, a, b) -> update.run());
    return count;
  }
}
