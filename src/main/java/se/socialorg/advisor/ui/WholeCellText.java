package se.socialorg.advisor.ui;

import javafx.scene.Node;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Text;
import javafx.util.Callback;

/**
 * Table cells that show their whole text as a tooltip when the column is too narrow for it and
 * JavaFX draws it shortened with "…"; a text that fits gets no tooltip.
 */
public final class WholeCellText {

  private WholeCellText() {}

  /** A cell factory for a column of texts. */
  public static <S> Callback<TableColumn<S, String>, TableCell<S, String>> cells() {
    return column -> new Cell<>();
  }

  /** Puts such cells in {@code column}. */
  public static <S> TableColumn<S, String> on(TableColumn<S, String> column) {
    column.setCellFactory(cells());
    return column;
  }

  /** A text cell that checks after each layout whether its whole text is drawn. */
  public static class Cell<S> extends TableCell<S, String> {

    @Override
    protected void updateItem(String item, boolean empty) {
      super.updateItem(item, empty);
      setText(empty || item == null ? null : item);
      if (empty || item == null) {
        setTooltip(null);
      }
    }

    @Override
    protected void layoutChildren() {
      super.layoutChildren();
      String full = getText();
      Node drawn = lookup(".text");
      boolean cut = full != null && drawn instanceof Text shown && shown.getParent() == this
          && !full.equals(shown.getText());
      if (!cut) {
        if (getTooltip() != null) {
          setTooltip(null);
        }
      } else if (getTooltip() == null || !full.equals(getTooltip().getText())) {
        setTooltip(new Tooltip(full));
      }
    }
  }
}
