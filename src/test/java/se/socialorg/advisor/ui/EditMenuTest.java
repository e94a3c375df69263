package se.socialorg.advisor.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Edit &gt; Undo and Redo of inputs, and File's Save and Export only with a scenario open (issue
 * 19 item 6, ADR 0025), as a user at the keyboard.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class EditMenuTest extends WindowTestBase {

  @Start
  void start(Stage primary) {
    startWindow("en");
  }

  private MenuItem item(FxRobot robot, String id) {
    MenuBar bar = robot.lookup("#menuBar").queryAs(MenuBar.class);
    for (Menu m : bar.getMenus()) {
      MenuItem found = find(m, id);
      if (found != null) {
        return found;
      }
    }
    throw new AssertionError("no menu item " + id);
  }

  private static MenuItem find(Menu menu, String id) {
    if (id.equals(menu.getId())) {
      return menu;
    }
    for (MenuItem i : menu.getItems()) {
      if (id.equals(i.getId())) {
        return i;
      }
      if (i instanceof Menu sub && find(sub, id) != null) {
        return find(sub, id);
      }
    }
    return null;
  }

  private String employees(FxRobot robot) {
    return robot.lookup("#employeesField").queryAs(TextField.class).getText();
  }

  /** A new scenario at the organisation step, "1500" typed over the 500 employees. */
  private void type1500(FxRobot robot) {
    robot.clickOn("#newScenarioButton");
    WaitForAsyncUtils.waitForFxEvents();
    robot.clickOn("#nextButton");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(employees(robot)).isEqualTo("500");
    robot.doubleClickOn("#employeesField");
    robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
    robot.write("1500");
    WaitForAsyncUtils.waitForFxEvents();
  }

  private void keys(FxRobot robot, KeyCode... combination) {
    robot.press(combination);
    for (int i = combination.length - 1; i >= 0; i--) {
      robot.release(combination[i]);
    }
    WaitForAsyncUtils.waitForFxEvents();
  }

  @Test
  void ctrlZPutsBackTheTypedValueAndCtrlYBringsItAgain(FxRobot robot) {
    type1500(robot);
    assertThat(window.session().scenario().inputs().organisation().employees()).isEqualTo(1500);

    keys(robot, KeyCode.CONTROL, KeyCode.Z);

    assertThat(employees(robot)).isEqualTo("500");
    assertThat(window.session().scenario().inputs().organisation().employees()).isEqualTo(500);
    // The scenario's history took it back (the field's own undo would be a new edit).
    assertThat(window.session().canRedoProperty().get()).isTrue();

    keys(robot, KeyCode.CONTROL, KeyCode.Y);

    assertThat(employees(robot)).isEqualTo("1,500");
  }

  @Test
  void ctrlShiftZRedoesToo(FxRobot robot) {
    type1500(robot);
    keys(robot, KeyCode.CONTROL, KeyCode.Z);

    keys(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z);

    assertThat(employees(robot)).isEqualTo("1,500");
  }

  @Test
  void theMenuNamesWhatUndoAndRedoWouldChange(FxRobot robot) {
    type1500(robot);
    assertThat(item(robot, "undoMenuItem").getText()).isEqualTo("_Undo change to Employees");
    assertThat(item(robot, "undoMenuItem").isDisable()).isFalse();
    assertThat(item(robot, "redoMenuItem").isDisable()).isTrue();

    robot.clickOn("Edit").clickOn("Undo change to Employees");
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(employees(robot)).isEqualTo("500");
    assertThat(item(robot, "undoMenuItem").isDisable()).isTrue();
    assertThat(item(robot, "redoMenuItem").getText()).isEqualTo("_Redo change to Employees");
  }

  @Test
  void undoBackToTheOpenedStateLeavesNothingUnsaved(FxRobot robot) {
    type1500(robot);
    assertThat(stage.getTitle()).contains("*");

    keys(robot, KeyCode.CONTROL, KeyCode.Z);

    assertThat(window.session().isDirty()).isFalse();
    assertThat(stage.getTitle()).doesNotContain("*");
  }

  @Test
  void saveAndExportWaitForAScenario(FxRobot robot) {
    for (String id : new String[] {"saveItem", "saveAsItem", "exportMenu"}) {
      assertThat(item(robot, id).isDisable()).as(id + " on the home screen").isTrue();
    }
    robot.clickOn("#openLibraryButton");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(item(robot, "exportMenu").isDisable()).as("in the data library").isTrue();

    robot.clickOn("#homeNav");
    robot.clickOn("#sample_regional-bank");
    WaitForAsyncUtils.waitForFxEvents();

    for (String id : new String[] {"saveItem", "saveAsItem", "exportMenu"}) {
      assertThat(item(robot, id).isDisable()).as(id + " with a sample open").isFalse();
    }
  }

  @Test
  void ctrlSOnTheHomeScreenAsksNothing(FxRobot robot) {
    keys(robot, KeyCode.CONTROL, KeyCode.S);

    assertThat(dialogs.last("save")).isEmpty();
  }

  /** Outside the wizard a text field keeps its own Ctrl+Z: the scenario is not touched. */
  @Test
  void ctrlZInTheDataLibrarySearchUndoesTheTypingNotTheScenario(FxRobot robot) {
    type1500(robot);
    robot.clickOn("#libraryNav");
    WaitForAsyncUtils.waitForFxEvents();
    robot.clickOn("#searchField");
    robot.write("bank");
    WaitForAsyncUtils.waitForFxEvents();

    keys(robot, KeyCode.CONTROL, KeyCode.Z);

    assertThat(robot.lookup("#searchField").queryAs(TextField.class).getText()).isEmpty();
    assertThat(window.session().scenario().inputs().organisation().employees()).isEqualTo(1500);
    assertThat(window.session().canRedoProperty().get()).isFalse();
  }

  /** A name being typed is put back by Ctrl+Z though its field still has the focus. */
  @Test
  void ctrlZPutsBackANameInTheFocusedField(FxRobot robot) {
    robot.clickOn("#newScenarioButton");
    WaitForAsyncUtils.waitForFxEvents();
    robot.clickOn("#nextButton");
    robot.clickOn("#organisationNameField");
    robot.write("Nordvik AB");
    WaitForAsyncUtils.waitForFxEvents();

    keys(robot, KeyCode.CONTROL, KeyCode.Z);

    assertThat(robot.lookup("#organisationNameField").queryAs(TextField.class).getText()).isEmpty();
    assertThat(window.session().scenario().organisationName()).isEmpty();
  }

  /** A pairwise answer taken back: its slider shows the answer before. */
  @Test
  void ctrlZPutsBackAPairwiseAnswer(FxRobot robot) {
    robot.clickOn("#newScenarioButton");
    WaitForAsyncUtils.waitForFxEvents();
    robot.clickOn("#pairwiseModeButton");
    WaitForAsyncUtils.waitForFxEvents();
    javafx.scene.control.Slider pair = robot.lookup(n -> n.getId() != null
        && n.getId().startsWith("pair_") && n instanceof javafx.scene.control.Slider)
        .queryAs(javafx.scene.control.Slider.class);
    double before = pair.getValue();
    robot.interact(pair::requestFocus);
    keys(robot, KeyCode.RIGHT);
    assertThat(pair.getValue()).isEqualTo(before + 1);

    keys(robot, KeyCode.CONTROL, KeyCode.Z);

    assertThat(pair.getValue()).isEqualTo(before);
  }
}
