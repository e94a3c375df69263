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
    assertThat(robot.lookup("#helpPageContent").query().getScene().getWindow().getWidth())
        .as("wider than the theme's 600 px for dialogs").isGreaterThan(800);
    assertThat(shown(robot, "#introModels")).as("the three models always offered").isTrue();
    robot.clickOn("#introNext");
    assertThat(text(robot, "#introTitle")).isEqualTo("Six short steps");
    assertThat(shown(robot, "#introModels")).isFalse();

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

  /** As the app shows it: over the main window, so it hears of a language switch there. */
  @Test
  void anOpenHelpWindowFollowsALanguageSwitchAtTheSamePage(FxRobot robot) throws Exception {
    robot.interact(() -> {
      stage = new javafx.stage.Stage();
      node = se.socialorg.advisor.ui.TestServices.freshNode();
      dialogs = new se.socialorg.advisor.ui.RecordingDialogs();
      services = se.socialorg.advisor.ui.TestServices.create(dataDir(), node);
      window = new se.socialorg.advisor.ui.MainWindow(stage, services, new OverWindow(dialogs));
      window.show();
    });
    awaitMenu();
    choose(robot, "helpHowMenuItem");
    assertThat(robot.lookup("#howPage .help-title").queryAs(Label.class).getText())
        .isEqualTo("How the advice is made");
    robot.interact(() -> window.setLanguage("sv"));
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(robot.lookup("#howPage .help-title").queryAs(Label.class).getText())
        .isEqualTo("Så tas rådet fram");
    assertThat(robot.lookup("#helpCloseButton").queryButton().getText()).isEqualTo("Stäng");
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

  /** Recorded dialogs shown over the main window, as the app's own dialogs are. */
  private final class OverWindow implements se.socialorg.advisor.ui.Dialogs {
    private final se.socialorg.advisor.ui.Dialogs recorded;

    OverWindow(se.socialorg.advisor.ui.Dialogs recorded) {
      this.recorded = recorded;
    }

    @Override
    public void error(String title, String message) {
      recorded.error(title, message);
    }

    @Override
    public void info(String title, String message) {
      recorded.info(title, message);
    }

    @Override
    public boolean confirm(String title, String message) {
      return recorded.confirm(title, message);
    }

    @Override
    public SaveChoice askSaveChanges(String scenarioName) {
      return recorded.askSaveChanges(scenarioName);
    }

    @Override
    public java.util.Optional<java.nio.file.Path> chooseOpen(String title, String filterName,
        String... extensions) {
      return recorded.chooseOpen(title, filterName, extensions);
    }

    @Override
    public java.util.Optional<java.nio.file.Path> chooseSave(String title, String initialName,
        String filterName, String... extensions) {
      return recorded.chooseSave(title, initialName, filterName, extensions);
    }

    @Override
    public <R> void showCustom(javafx.scene.control.Dialog<R> dialog,
        java.util.function.Consumer<R> onResult) {
      if (dialog.getOwner() == null) {
        dialog.initOwner(stage);
      }
      recorded.showCustom(dialog, onResult);
    }
  }
}
