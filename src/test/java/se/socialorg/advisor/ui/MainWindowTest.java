package se.socialorg.advisor.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import javafx.css.PseudoClass;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The app starts, the home screen shows, the menus work, and Swedish replaces English. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class MainWindowTest extends WindowTestBase {

  @Start
  void start(Stage primary) {
    startWindow();
  }

  @Test
  void homeScreenExplainsWhatTheAppIsFor(FxRobot robot) {
    Label promise = robot.lookup("#homePromise").queryAs(Label.class);
    assertThat(promise.getText()).contains("central team").contains("employees");
    assertThat(stage.getTitle()).isEqualTo("Social Org Advisor");
  }

  @Test
  void aboutShowsTheLicence(FxRobot robot) {
    robot.clickOn("Help").clickOn("About");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(dialogs.last("info")).hasValueSatisfying(s -> assertThat(s.message()).contains("Apache"));
  }

  @Test
  void languageSwitchShowsSwedishEverywhere(FxRobot robot) {
    robot.clickOn("View").clickOn("Language").clickOn("Svenska");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(robot.lookup("#homePromise").queryAs(Label.class).getText())
        .contains("centralt team")
        .contains("medarbetarna");
    assertThat(robot.lookup("Arkiv").tryQuery()).isPresent();
    assertThat(new AppPreferences(node).get(AppPreferences.Key.LANGUAGE)).isEqualTo("sv");
  }

  @Test
  void darkThemeIsRemembered(FxRobot robot) {
    robot.clickOn("View").clickOn("Dark theme");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(window.theme()).isEqualTo(Theme.DARK);
    assertThat(new AppPreferences(node).get(AppPreferences.Key.THEME)).isEqualTo("dark");
    robot.clickOn("View").clickOn("Light theme");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(window.theme()).isEqualTo(Theme.LIGHT);
  }

  @Test
  void darkThemeStaysAfterALanguageSwitch(FxRobot robot) {
    robot.clickOn("View").clickOn("Dark theme");
    robot.clickOn("View").clickOn("Language").clickOn("Svenska");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(stage.getScene().getRoot().getPseudoClassStates())
        .contains(PseudoClass.getPseudoClass("dark"));
    robot.clickOn("Visa").clickOn("Ljust tema");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(stage.getScene().getRoot().getPseudoClassStates())
        .doesNotContain(PseudoClass.getPseudoClass("dark"));
  }

  @Test
  void quitAcceleratorClosesTheWindowAndRemembersItsSize(FxRobot robot) {
    robot.interact(() -> stage.setWidth(1111));
    robot.press(KeyCode.CONTROL, KeyCode.Q).release(KeyCode.Q, KeyCode.CONTROL);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(stage.isShowing()).isFalse();
    assertThat(new AppPreferences(node).getDouble(AppPreferences.Key.WINDOW_WIDTH)).isEqualTo(1111);
  }

  @Test
  void theMenuAndScrollingArriveAfterTheFirstFrameWithoutMovingTheScreen(FxRobot robot)
      throws Exception {
    Stage[] second = new Stage[1];
    double[] navBefore = new double[1];
    double[] titleBefore = new double[2];
    boolean[] menuInFirstFrame = new boolean[1];
    boolean[] scrollingInFirstFrame = new boolean[1];
    boolean[] tooltipInFirstFrame = new boolean[1];
    robot.interact(() -> {
      second[0] = new Stage();
      new MainWindow(second[0], TestServices.create(dataDir(), node), dialogs).show();
      Parent root = second[0].getScene().getRoot();
      root.applyCss();
      root.layout();
      menuInFirstFrame[0] = second[0].getScene().lookup("#menuBar") != null;
      scrollingInFirstFrame[0] = second[0].getScene().lookup("#homeScroller") != null;
      tooltipInFirstFrame[0] =
          ((Button) second[0].getScene().lookup("#openLibraryButton")).getTooltip() != null;
      navBefore[0] = second[0].getScene().lookup("#navBar").localToScene(0, 0).getY();
      titleBefore[0] = second[0].getScene().lookup("#homeTitle").localToScene(0, 0).getX();
      titleBefore[1] = second[0].getScene().lookup("#homeTitle").localToScene(0, 0).getY();
    });

    TestServices.awaitMenu(second[0]);
    double[] navAfter = new double[1];
    double[] titleAfter = new double[2];
    robot.interact(() -> {
      Parent root = second[0].getScene().getRoot();
      root.applyCss();
      root.layout();
      navAfter[0] = second[0].getScene().lookup("#navBar").localToScene(0, 0).getY();
      titleAfter[0] = second[0].getScene().lookup("#homeTitle").localToScene(0, 0).getX();
      titleAfter[1] = second[0].getScene().lookup("#homeTitle").localToScene(0, 0).getY();
    });

    assertThat(menuInFirstFrame[0]).as("menu bar in the first frame").isFalse();
    assertThat(navBefore[0]).as("placeholder height").isGreaterThan(20);
    assertThat(navAfter[0]).as("navigation bar after the menu arrived")
        .isCloseTo(navBefore[0], within(0.5));
    assertThat(second[0].getScene().lookup("#menuPlaceholder")).isNull();
    assertThat(scrollingInFirstFrame[0]).as("home scroll pane in the first frame").isFalse();
    assertThat(second[0].getScene().lookup("#homeScroller")).isNotNull();
    assertThat(tooltipInFirstFrame[0]).as("tooltip in the first frame").isFalse();
    assertThat(((Button) second[0].getScene().lookup("#openLibraryButton")).getTooltip())
        .isNotNull();
    assertThat(titleAfter[0]).as("home title x").isCloseTo(titleBefore[0], within(0.5));
    assertThat(titleAfter[1]).as("home title y").isCloseTo(titleBefore[1], within(0.5));
  }
}
