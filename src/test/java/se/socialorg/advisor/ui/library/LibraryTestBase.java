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
    robot.clickOn("#dataset_" + id);
    WaitForAsyncUtils.waitForFxEvents();
  }

  /** Opens a combo box and clicks the entry with this text in its pop-up. */
  void choose(FxRobot robot, String comboId, String entry) {
    robot.clickOn(comboId);
    Node cell = robot.lookup(".combo-box-popup .list-cell")
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
