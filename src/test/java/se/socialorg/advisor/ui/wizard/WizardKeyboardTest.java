package se.socialorg.advisor.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;
import se.socialorg.advisor.ui.WindowTestBase;

/**
 * The wizard by keyboard: each step starts with focus on its first field, Tab goes from field to
 * field in the order the step is read (top to bottom, left to right within a row).
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class WizardKeyboardTest extends WindowTestBase {

  private void openNewScenario(FxRobot robot) {
    robot.interact(() -> startWindow("en"));
    try {
      awaitMenu();
    } catch (TimeoutException e) {
      throw new AssertionError("The main menu did not arrive", e);
    }
    robot.clickOn("#newScenarioButton");
    WaitForAsyncUtils.waitForFxEvents();
  }

  private Node content(FxRobot robot) {
    return robot.lookup("#stepScroll").queryAs(ScrollPane.class).getContent();
  }

  private Node focusOwner() {
    return stage.getScene().getFocusOwner();
  }

  /** Where a node sits in the step's content (stable while the step scrolls). */
  private Bounds place(FxRobot robot, Node n) {
    return content(robot).sceneToLocal(n.localToScene(n.getLayoutBounds()));
  }

  private boolean inStep(FxRobot robot, Node n) {
    for (Node p = n; p != null; p = p.getParent()) {
      if (p == content(robot)) {
        return true;
      }
    }
    return false;
  }

  private void goToStep(FxRobot robot, int step) {
    for (int i = 0; i < step; i++) {
      robot.clickOn("#nextButton");
      WaitForAsyncUtils.waitForFxEvents();
    }
    WaitForAsyncUtils.waitForFxEvents();
  }

  @ParameterizedTest(name = "step {0}")
  @ValueSource(ints = {0, 1, 2, 3, 4})
  void eachStepStartsWithFocusOnItsFirstField(int step, FxRobot robot) {
    openNewScenario(robot);
    goToStep(robot, step);
    Node focused = focusOwner();
    assertThat(focused).isNotNull();
    assertThat(inStep(robot, focused)).as("focus %s is in the step", focused).isTrue();
    // No control of the step that takes the focus comes before it in reading order.
    Bounds first = place(robot, focused);
    for (Control c : StepFocus.fields(content(robot))) {
      Bounds b = place(robot, c);
      assertThat(b.getMinY() < first.getMinY() - 2).as("%s above the focused field", c.getId())
          .isFalse();
    }
  }

  @ParameterizedTest(name = "step {0}")
  @ValueSource(ints = {1, 4})
  void tabMovesFieldToFieldInReadingOrder(int step, FxRobot robot) {
    openNewScenario(robot);
    goToStep(robot, step);
    List<Node> visited = new ArrayList<>();
    visited.add(focusOwner());
    for (int i = 0; i < 8; i++) {
      robot.press(KeyCode.TAB).release(KeyCode.TAB);
      WaitForAsyncUtils.waitForFxEvents();
      Node now = focusOwner();
      if (!inStep(robot, now)) {
        break;
      }
      visited.add(now);
    }
    assertThat(visited).as("Tab stays in the step for several fields").hasSizeGreaterThan(2);
    for (int i = 1; i < visited.size(); i++) {
      Bounds before = place(robot, visited.get(i - 1));
      Bounds after = place(robot, visited.get(i));
      boolean below = after.getMinY() >= before.getMaxY() - 4;
      boolean sameRowToTheRight = after.getMinX() >= before.getMaxX() - 4
          && after.getMinY() < before.getMaxY() && after.getMaxY() > before.getMinY();
      assertThat(below || sameRowToTheRight)
          .as("%s (%s) after %s (%s)", visited.get(i).getId(), after,
              visited.get(i - 1).getId(), before)
          .isTrue();
    }
  }

  @Test
  void stepTitleSaysWhereEnterLed(FxRobot robot) {
    openNewScenario(robot);
    goToStep(robot, 1);
    String title = robot.lookup("#stepTitle").queryAs(Label.class).getText();
    robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(robot.lookup("#stepTitle").queryAs(Label.class).getText()).isNotEqualTo(title);
    assertThat(inStep(robot, focusOwner())).isTrue();
  }

  @Test
  void enterWithAnInvalidFieldStaysAndMarksTheReason(FxRobot robot) {
    openNewScenario(robot);
    goToStep(robot, 1);
    String title = robot.lookup("#stepTitle").queryAs(Label.class).getText();
    robot.doubleClickOn("#employeesField");
    robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
    robot.write("-5");
    robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
    WaitForAsyncUtils.waitForFxEvents();
    Label reason = robot.lookup("#nextReason").queryAs(Label.class);
    assertThat(robot.lookup("#stepTitle").queryAs(Label.class).getText()).isEqualTo(title);
    assertThat(reason.getText()).contains("Employees");
    assertThat(reason.getPseudoClassStates()).contains(WizardController.ATTENTION);
  }
}
