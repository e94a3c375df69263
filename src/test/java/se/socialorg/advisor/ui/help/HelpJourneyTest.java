package se.socialorg.advisor.ui.help;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.Region;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;
import se.socialorg.advisor.model.Alternative;
import se.socialorg.advisor.ui.WindowTestBase;

/** Help as a manager finds it: from the menu, from the home screen and beside the advice. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class HelpJourneyTest extends WindowTestBase {

  private void open(FxRobot robot, String language) {
    robot.interact(() -> startWindow(language));
    try {
      awaitMenu();
    } catch (TimeoutException e) {
      throw new AssertionError("The main menu did not arrive", e);
    }
  }

  /** Chooses a menu item by its id, as a click on it does. */
  private void choose(FxRobot robot, String id) {
    MenuBar bar = robot.lookup("#menuBar").queryAs(MenuBar.class);
    MenuItem item = bar.getMenus().stream().flatMap(m -> m.getItems().stream())
        .filter(i -> id.equals(i.getId())).findFirst()
        .orElseThrow(() -> new AssertionError("no menu item " + id));
    assertThat(item.getParentMenu()).extracting(Menu::getId).isEqualTo("helpMenu");
    robot.interact(item::fire);
    WaitForAsyncUtils.waitForFxEvents();
  }

  private String text(FxRobot robot, String id) {
    return robot.lookup(id).queryAs(Label.class).getText();
  }

  private boolean shown(FxRobot robot, String id) {
    return robot.lookup(id).tryQuery().map(Node::isVisible).orElse(false);
  }

  @Test
  void eachHelpPageOpensFromTheHelpMenu(FxRobot robot) {
    open(robot, "en");
    assertThat(shown(robot, "#introPage")).as("no introduction in a test window").isFalse();

    choose(robot, "helpIntroMenuItem");
    assertThat(text(robot, "#introTitle")).isEqualTo("What the app answers");
    assertThat(text(robot, "#introPosition")).isEqualTo("1 of 4");
    robot.clickOn("#introNext");
    assertThat(text(robot, "#introTitle")).isEqualTo("Six short steps");

    choose(robot, "helpModelsMenuItem");
    for (Alternative a : Alternative.values()) {
      Region diagram = robot.lookup("#modelDiagram_" + a.name()).queryAs(Region.class);
      assertThat(diagram.getChildrenUnmodifiable()).as(a.name()).isNotEmpty();
    }

    choose(robot, "helpGlossaryMenuItem");
    assertThat(shown(robot, "#glossary_emv")).isTrue();
    robot.clickOn("#glossarySearch").write("flip");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(shown(robot, "#glossary_flipPoint")).isTrue();
    assertThat(shown(robot, "#glossary_emv")).isFalse();

    choose(robot, "helpHowMenuItem");
    assertThat(shown(robot, "#howPage")).isTrue();
    assertThat(shown(robot, "#how_confidence")).isTrue();
    assertThat(shown(robot, "#glossaryPage")).as("one Help window, one page at a time").isFalse();
  }

  @Test
  void theFiveModelsOpenFromTheHomeScreenBeforeStepOne(FxRobot robot) {
    open(robot, "sv");
    robot.clickOn("#homeModelsLink");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(shown(robot, "#modelsPage")).isTrue();
    assertThat(robot.lookup("#modelCard_HUB_AND_SPOKE").queryAs(Region.class)
        .lookupAll(".help-heading")).extracting(n -> ((Label) n).getText())
        .containsExactly("Hub-and-spoke");
  }

  @Test
  void theFiveModelsOpenFromTheResultAtTheRecommendedModel(FxRobot robot) {
    open(robot, "en");
    robot.clickOn("#sample_regional-bank");
    WaitForAsyncUtils.waitForFxEvents();
    robot.clickOn("#stepButton5");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(text(robot, "#recommendationText")).startsWith("Centralised team");
    robot.clickOn("#resultModelsLink");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(shown(robot, "#modelsPage")).isTrue();
    assertThat(robot.lookup("#modelCard_CENTRALISED").query().getStyleClass())
        .contains("help-card-selected");
    assertThat(robot.lookup("#modelCard_HOLISTIC").query().getStyleClass())
        .doesNotContain("help-card-selected");
  }

  @Test
  void theIntroductionOpensByItselfOnTheFirstStartOnly(FxRobot robot) {
    open(robot, "en");
    robot.interact(() -> HelpWindow.offerIntroduction(window));
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(shown(robot, "#introPage")).isTrue();
    robot.clickOn("#helpCloseButton");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(shown(robot, "#introPage")).isFalse();
    robot.interact(() -> HelpWindow.offerIntroduction(window));
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(shown(robot, "#introPage")).as("the second start").isFalse();
  }
}
