package se.socialorg.advisor.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import se.socialorg.advisor.store.scenario.Sample;
import se.socialorg.advisor.store.scenario.Samples;
import se.socialorg.advisor.store.scenario.ScenarioFiles;
import se.socialorg.advisor.ui.WindowTestBase;

/**
 * The wizard's state as the views show it after a language switch and after opening a file
 * while the wizard is already built (the view-model tests cover the rules; these check the
 * views follow them).
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class WizardStateTest extends WindowTestBase {

  @Start
  void start(Stage primary) throws Exception {
    ScenarioFiles files = new ScenarioFiles();
    Samples samples = new Samples(files);
    for (Sample s : samples.list()) {
      files.write(samples.open(s), dir.resolve(s.id() + ScenarioFiles.EXTENSION));
    }
  }

  private void open(FxRobot robot) {
    robot.interact(() -> startWindow("en"));
    try {
      awaitMenu();
    } catch (TimeoutException e) {
      throw new AssertionError("The main menu did not arrive", e);
    }
  }

  private String text(FxRobot robot, String id) {
    return robot.lookup(id).queryAs(Label.class).getText();
  }

  /** New scenario (the wizard is built), then a sample opened over it. */
  private void openOverNew(FxRobot robot, String sample) {
    robot.clickOn("#newScenarioButton");
    WaitForAsyncUtils.waitForFxEvents();
    robot.interact(() -> window.fileActions().open(dir.resolve(sample + ScenarioFiles.EXTENSION)));
    WaitForAsyncUtils.waitForFxEvents();
  }

  /**
   * A language switch rebuilds the views over the same state: the leaning at once, and what was
   * typed in the new locale (the rules: {@code StepValidationTest}, {@code LeaningViewModelTest}).
   */
  @Test
  void theLeaningAndWhatWasTypedAreShownAtOnceAfterALanguageSwitch(FxRobot robot) {
    open(robot);
    robot.clickOn("#sample_regional-bank");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(text(robot, "#leaningHeadline")).isNotBlank();
    robot.clickOn("#stepButton1");
    WaitForAsyncUtils.waitForFxEvents();
    typeInto(robot, "#employeesField", "4321");

    robot.interact(() -> window.setLanguage("sv"));
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(text(robot, "#leaningHeadline")).isNotBlank().doesNotStartWith("Leaning");
    assertThat(text(robot, "#stepTitle")).isEqualTo("Er organisation");
    assertThat(robot.lookup("#employeesField").queryAs(javafx.scene.control.TextField.class)
        .getText()).isEqualTo("4\u00a0321");
  }

  @Test
  void openingAFileNamesNoChangeOfTheUser(FxRobot robot) {
    open(robot);
    openOverNew(robot, "multinational");
    assertThat(text(robot, "#leaningHeadline")).isNotBlank();
    assertThat(text(robot, "#leaningMoved")).isEmpty();
  }

  @Test
  void theModeToggleFollowsAnOpenedPairwiseScenario(FxRobot robot) {
    open(robot);
    openOverNew(robot, "multinational");
    robot.clickOn("#stepButton0");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(robot.lookup("#pairwiseModeButton").queryAs(ToggleButton.class).isSelected())
        .isTrue();
    assertThat(robot.lookup("#directModeButton").queryAs(ToggleButton.class).isSelected())
        .isFalse();
  }

  @Test
  void theCaseNamesAreLimitedWithAVisibleCount(FxRobot robot) {
    open(robot);
    robot.clickOn("#newScenarioButton");
    WaitForAsyncUtils.waitForFxEvents();
    robot.clickOn("#stepButton1");
    WaitForAsyncUtils.waitForFxEvents();

    typeInto(robot, "#organisationNameField", "Tech AB");
    assertThat(text(robot, "#organisationNameFieldCount")).isEqualTo("7 of 120 characters");
    assertThat(window.wizardModel().scenario().organisationName()).isEqualTo("Tech AB");

    String tooLong = "x".repeat(CaseNamesViewModel.MAX_LENGTH + 30);
    robot.interact(() -> robot.lookup("#scenarioNameField")
        .queryAs(javafx.scene.control.TextField.class).setText(""));
    robot.interact(() -> robot.lookup("#scenarioNameField")
        .queryAs(javafx.scene.control.TextField.class).replaceSelection(tooLong));
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(robot.lookup("#scenarioNameField").queryAs(javafx.scene.control.TextField.class)
        .getText()).hasSize(CaseNamesViewModel.MAX_LENGTH);
    assertThat(text(robot, "#scenarioNameFieldCount")).isEqualTo("120 of 120 characters");
  }

  private void typeInto(FxRobot robot, String id, String text) {
    robot.doubleClickOn(id);
    robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.A)
        .release(javafx.scene.input.KeyCode.A, javafx.scene.input.KeyCode.CONTROL);
    robot.write(text);
    WaitForAsyncUtils.waitForFxEvents();
  }

  private double trustInMedia() {
    return window.wizardModel().scenario().inputs().trust().trustInMedia();
  }

  /**
   * The trust step's fields bind to its view model: 150 % trust in media shows its problem, keeps
   * Next disabled and drives nothing; "Reset to library figures" clears it and Next is enabled
   * again (the rules: {@code StepValidationTest}, {@code TrustStepViewModelTest}).
   */
  @Test
  void anInvalidValueBlocksNextAndDrivesNothingUntilTheResetClearsIt(FxRobot robot) {
    open(robot);
    robot.clickOn("#sample_regional-bank");
    WaitForAsyncUtils.waitForFxEvents();
    robot.clickOn("#stepButton2");
    WaitForAsyncUtils.waitForFxEvents();
    // The library's figures first, so the second reset changes no value at all.
    robot.interact(() -> robot.lookup("#resetTrustButton").queryButton().fire());
    WaitForAsyncUtils.waitForFxEvents();
    double before = trustInMedia();

    typeInto(robot, "#trustInMediaField", "150");

    assertThat(robot.lookup("#nextButton").queryButton().isDisabled()).isTrue();
    assertThat(text(robot, "#nextReason")).isEqualTo("Trust in media must be between 0 and 100.");
    assertThat(trustInMedia()).isEqualTo(before);
    assertThat(window.wizardModel().evaluation().inputs().trust().trustInMedia())
        .isEqualTo(before);
    assertThat(text(robot, "#leaningMoved")).isEmpty();

    // Below the fold of the test window: pressed as the keyboard would.
    robot.interact(() -> robot.lookup("#resetTrustButton").queryButton().fire());
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(robot.lookup("#nextButton").queryButton().isDisabled()).isFalse();
    assertThat(text(robot, "#nextReason")).isEmpty();
    assertThat(robot.lookup("#trustInMediaField").queryAs(javafx.scene.control.TextField.class)
        .getText()).isNotEqualTo("150").isNotBlank();
  }
}
