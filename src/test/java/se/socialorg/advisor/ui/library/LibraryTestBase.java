package se.socialorg.advisor.ui.library;

import javafx.scene.Node;
import javafx.scene.control.Labeled;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import se.socialorg.advisor.ui.WindowTestBase;

/** A main window over a fresh data library in a temporary folder, same-thread tasks. */
abstract class LibraryTestBase extends WindowTestBase {

  void openLibrary(FxRobot robot) {
    robot.clickOn("#libraryNav");
    WaitForAsyncUtils.waitForFxEvents();
  }

  void openDataset(FxRobot robot, String id) {
    clickEntry(robot, "#dataset_" + id);
  }

  /**
   * Clicks an entry of the dataset list with the list scrolled to the entry's section: the
   * shipped datasets at the top, the user's own figures and surveys at the end.
   */
  void clickEntry(FxRobot robot, String entryId) {
    javafx.scene.control.ListView<?> list =
        robot.lookup("#datasetList").queryAs(javafx.scene.control.ListView.class);
    int at = entryId.startsWith("#dataset_") ? 0 : list.getItems().size() - 1;
    robot.interact(() -> list.scrollTo(at));
    WaitForAsyncUtils.waitForFxEvents();
    robot.clickOn(entryId);
    WaitForAsyncUtils.waitForFxEvents();
  }

  /**
   * Opens a combo box and clicks the entry with this text in its own pop-up, scrolled to it first
   * (long lists such as the years show only part of their entries).
   */
  void choose(FxRobot robot, String comboId, String entry) {
    javafx.scene.control.ComboBox<?> combo =
        robot.lookup(comboId).queryAs(javafx.scene.control.ComboBox.class);
    robot.clickOn(comboId);
    WaitForAsyncUtils.waitForFxEvents();
    Node popup = ((javafx.scene.control.skin.ComboBoxListViewSkin<?>) combo.getSkin())
        .getPopupContent();
    for (int i = 0; i < combo.getItems().size(); i++) {
      Object item = combo.getItems().get(i);
      @SuppressWarnings({"unchecked", "rawtypes"})
      String shown = combo.getConverter() == null ? String.valueOf(item)
          : ((javafx.util.StringConverter) combo.getConverter()).toString(item);
      if (entry.equals(shown)) {
        int at = i;
        robot.interact(() -> ((javafx.scene.control.ListView<?>) popup).scrollTo(at));
        break;
      }
    }
    WaitForAsyncUtils.waitForFxEvents();
    Node cell = robot.from(popup).lookup(".list-cell")
        .match((Node n) -> n instanceof Labeled l && entry.equals(l.getText()))
        .query();
    robot.clickOn(cell);
    WaitForAsyncUtils.waitForFxEvents();
  }

  /** Clicks the table row showing the {@code index}th item. */
  void clickRow(FxRobot robot, String tableId, int index) {
    javafx.scene.control.TableView<?> table =
        robot.lookup(tableId).queryAs(javafx.scene.control.TableView.class);
    Object item = table.getItems().get(index);
    Node row = robot.lookup(tableId + " .table-row-cell")
        .match((Node n) -> n.isVisible() && n instanceof javafx.scene.control.TableRow<?> r
            && r.getItem() == item)
        .query();
    robot.clickOn(row);
    WaitForAsyncUtils.waitForFxEvents();
  }

  static String text(FxRobot robot, String id) {
    return robot.lookup(id).queryLabeled().getText();
  }
}
