package se.socialorg.advisor.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;
import se.socialorg.advisor.ui.WindowTestBase;

/**
 * Nothing cut off at 1024 x 700 in either language: walking the wizard on a sample, through
 * every step and every tab of the recommendation, each shown label, button and check box draws
 * its whole text (JavaFX shortens a text that does not fit with "…").
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class NothingCutOffTest extends WindowTestBase {

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"en", "sv"})
  void noLabelIsTruncatedAt1024x700(String language, FxRobot robot) {
    startWindowAtSmallestSize(robot, language);
    List<String> cut = new ArrayList<>();
    collect(robot, "home", cut);
    var sample = robot.lookup("#sample_swedish-b2b-tech").queryAs(ButtonBase.class);
    robot.interact(sample::fire);
    WaitForAsyncUtils.waitForFxEvents();
    for (int step = 0; step < 6; step++) {
      var stepButton = robot.lookup("#stepButton" + step).queryAs(ButtonBase.class);
      robot.interact(stepButton::fire);
      WaitForAsyncUtils.waitForFxEvents();
      collect(robot, "step " + step, cut);
    }
    TabPane tabs = robot.lookup("#resultTabs").queryAs(TabPane.class);
    for (Tab tab : tabs.getTabs()) {
      robot.interact(() -> tabs.getSelectionModel().select(tab));
      WaitForAsyncUtils.waitForFxEvents();
      collect(robot, "tab " + tab.getId(), cut);
    }
    assertThat(cut).as("texts cut short at 1024x700 in %s", language).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"en", "sv"})
  void whyTabScrollsToItsLastLineAt1024x700(String language, FxRobot robot) {
    startWindowAtSmallestSize(robot, language);
    var sample = robot.lookup("#sample_multinational").queryAs(ButtonBase.class);
    robot.interact(sample::fire);
    WaitForAsyncUtils.waitForFxEvents();
    var result = robot.lookup("#stepButton5").queryAs(ButtonBase.class);
    robot.interact(result::fire);
    WaitForAsyncUtils.waitForFxEvents();
    // As a reader does: the step scrolled down to the tabs, then the Why tab to its end.
    scrollStepTo(robot, "#resultTabs");
    javafx.scene.control.ScrollPane why =
        robot.lookup("#tabWhyScroll").queryAs(javafx.scene.control.ScrollPane.class);
    robot.interact(() -> why.setVvalue(why.getVmax()));
    WaitForAsyncUtils.waitForFxEvents();
    Parent excluded = robot.lookup("#excludedList").queryAs(Parent.class);
    Node last = excluded.getChildrenUnmodifiable().get(excluded.getChildrenUnmodifiable().size() - 1);
    javafx.geometry.Bounds shown = why.localToScene(why.getLayoutBounds());
    javafx.geometry.Bounds line = last.localToScene(last.getLayoutBounds());
    assertThat(line.getMaxY()).as("last line of Why").isLessThanOrEqualTo(shown.getMaxY() + 1);
    assertThat(line.getMinY()).isGreaterThanOrEqualTo(shown.getMinY());
    javafx.geometry.Bounds window = stage.getScene().getRoot().localToScene(
        stage.getScene().getRoot().getLayoutBounds());
    assertThat(shown.getMaxY()).as("the tab's end is inside the window")
        .isLessThanOrEqualTo(window.getMaxY());
  }

  private void collect(FxRobot robot, String where, List<String> cut) {
    robot.interact(() -> se.socialorg.advisor.ui.CutTexts.walk(stage.getScene().getRoot(), where, cut));
  }
}
