package se.socialorg.advisor.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeoutException;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.chart.Chart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;
import se.socialorg.advisor.model.Goal;
import se.socialorg.advisor.model.Judgement;
import se.socialorg.advisor.model.Scenario;
import se.socialorg.advisor.store.scenario.ScenarioFiles;
import se.socialorg.advisor.ui.WindowTestBase;
import se.socialorg.advisor.ui.charts.Charts;

/** Drives the wizard as a manager would: typing, clicking, and reading what is shown. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class WizardTest extends WindowTestBase {

  /** Opens the window in a language, as a user who chose it earlier, with its menu in place. */
  private void open(FxRobot robot, String language) {
    robot.interact(() -> startWindow(language));
    try {
      awaitMenu();
    } catch (TimeoutException e) {
      throw new AssertionError("The main menu did not arrive", e);
    }
  }

  private void type(FxRobot robot, String id, String text) {
    robot.doubleClickOn(id);
    robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
    robot.write(text);
    WaitForAsyncUtils.waitForFxEvents();
  }

  /** Tab-focuses a field below the visible part of the step (as the keyboard does) and types. */
  private void typeOffScreen(FxRobot robot, String id, String text) {
    TextField field = robot.lookup(id).queryAs(TextField.class);
    robot.interact(() -> {
      field.requestFocus();
      field.selectAll();
    });
    robot.write(text);
    WaitForAsyncUtils.waitForFxEvents();
  }

  private void next(FxRobot robot) {
    robot.clickOn("#nextButton");
    WaitForAsyncUtils.waitForFxEvents();
  }

  private String text(FxRobot robot, String id) {
    return robot.lookup(id).queryAs(Label.class).getText();
  }

  private int data(FxRobot robot, String id) {
    return Charts.dataCount(robot.lookup(id).queryAs(Chart.class));
  }

  private void assertResultShown(FxRobot robot, String recommendWord) {
    assertThat(text(robot, "#recommendationText")).startsWith(recommendWord);
    assertResultDetailsShown(robot);
  }

  /** The recommendation reads as the engine's advice for the scenario in the window. */
  private void assertHeadlineFollowsTheAdvice(FxRobot robot, String language) {
    var s = window.session().scenario();
    String expected = se.socialorg.advisor.present.ExecutiveSummary.of(
        se.socialorg.advisor.present.Analysis.of(new se.socialorg.advisor.engine.DecisionEngine(),
            s.inputs()), s.decision(), se.socialorg.advisor.i18n.I18n.forLanguage(language))
        .headline();
    assertThat(text(robot, "#recommendationText")).isEqualTo(expected);
  }

  private void assertResultDetailsShown(FxRobot robot) {
    assertThat(text(robot, "#confidenceText")).contains("%");
    assertThat(robot.lookup("#executiveSummary").queryAs(VBox.class).isVisible()).isTrue();
    assertThat(robot.lookup("#summaryReasons").queryAs(VBox.class).getChildren()).isNotEmpty();
    assertThat(robot.lookup("#summaryMoney").queryAs(VBox.class).getChildren()).isNotEmpty();
    assertThat(text(robot, "#flipSummary")).isNotBlank();
    // The details sit under the summary: scroll down to their tabs, as a manager would.
    scrollStepTo(robot, "#resultTabs");
    WaitForAsyncUtils.waitForFxEvents();
    VBox reasons = robot.lookup("#reasonsFor").queryAs(VBox.class);
    assertThat(reasons.getChildren()).isNotEmpty();
    assertThat(((Label) reasons.getChildren().get(0)).getText()).isNotBlank();
    String[][] tabs = {{"#tabScores", "#scoreChart"}, {"#tabSensitivity", "#tornadoChart"},
        {"#tabRobustness", "#acceptabilityChart"}, {"#tabProjection", "#projectionChart"}};
    for (String[] tab : tabs) {
      robot.clickOn(robot.lookup(".tab").match(n -> ("#" + n.getId()).equals(tab[0]))
          .queryAs(Node.class));
      WaitForAsyncUtils.waitForFxEvents();
      assertThat(data(robot, tab[1])).as(tab[1]).isPositive();
    }
    robot.clickOn(robot.lookup(".tab").match(n -> "tabPlan".equals(n.getId())).queryAs(Node.class));
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(robot.lookup("#plan_roles").queryAs(Label.class).getText()).isNotBlank();
  }

  @Test
  void newScenarioFromGoalsToRecommendation(FxRobot robot) {
    open(robot, "en");
    robot.clickOn("#newScenarioButton");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(text(robot, "#stepTitle")).contains("achieve");
    robot.clickOn("#goalSlider_CUSTOMER_SERVICE").press(KeyCode.HOME).release(KeyCode.HOME);
    assertThat(data(robot, "#weightsChart")).isEqualTo(Goal.values().length);
    next(robot);

    type(robot, "#employeesField", "800");
    type(robot, "#technicalExpertShareField", "45");
    type(robot, "#businessUnitsField", "3");
    assertThat(window.session().scenario().inputs().organisation().employees()).isEqualTo(800);
    assertThat(window.session().scenario().inputs().organisation().technicalExpertShare())
        .isEqualTo(0.45);
    next(robot);

    assertThat(data(robot, "#institutionsChart")).isPositive();
    assertThat(data(robot, "#industriesChart")).isPositive();
    assertThat(data(robot, "#spokespeopleChart")).isPositive();
    next(robot);

    type(robot, "#willingShareField", "45");
    type(robot, "#activeShareField", "20");
    assertThat(data(robot, "#readinessChart")).isPositive();
    next(robot);

    assertThat(data(robot, "#hiringChart")).isPositive();
    next(robot);

    assertHeadlineFollowsTheAdvice(robot, "en");
    assertResultDetailsShown(robot);
    assertThat(robot.lookup("#nextButton").queryAs(Button.class).isVisible()).isFalse();
  }

  @Test
  void swedishSampleWalkedThroughWithEnter(FxRobot robot) {
    open(robot, "sv");
    robot.clickOn("#sample_swedish-b2b-tech");
    WaitForAsyncUtils.waitForFxEvents();
    robot.clickOn("#stepButton0");
    WaitForAsyncUtils.waitForFxEvents();
    for (String field : List.of("#goalSlider_TRUST_CREDIBILITY", "#employeesField",
        "#trustInBusinessField", "#willingShareField", "#annualBudgetField")) {
      robot.clickOn(field);
      robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
      WaitForAsyncUtils.waitForFxEvents();
    }
    assertThat(text(robot, "#stepTitle")).isEqualTo("Rekommendation");
    assertResultShown(robot, "Vi rekommenderar");
  }

  /**
   * A sample opened at the recommendation: the step shows its advice with reasons and charts. The
   * wording for every sample in both languages is {@code present.SampleHeadlinesTest}'s.
   */
  @Test
  void aSampleShowsItsRecommendation(FxRobot robot) {
    open(robot, "en");
    robot.clickOn("#sample_multinational");
    WaitForAsyncUtils.waitForFxEvents();
    robot.clickOn("#stepButton5");
    WaitForAsyncUtils.waitForFxEvents();
    assertResultShown(robot, "We recommend Multiple hub-and-spoke");
  }

  @Test
  void exportsTheReportFromTheRecommendationStep(FxRobot robot) throws Exception {
    open(robot, "en");
    robot.clickOn("#sample_regional-bank");
    WaitForAsyncUtils.waitForFxEvents();
    robot.clickOn("#stepButton5");
    VBox leaning = robot.lookup("#leaningBox").queryAs(VBox.class);
    assertThat(leaning.getChildren().get(0).getId()).isEqualTo("leaning_CENTRALISED");
    Path pdf = dir.resolve("board.pdf");
    dialogs.saveAnswers.add(pdf);
    robot.clickOn("#exportReportButton");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(pdf).exists();
    assertThat(java.nio.file.Files.readAllBytes(pdf)).startsWith("%PDF".getBytes());
  }

  /** "Report saved as …" is about the recommendation step: it goes with it. */
  @Test
  void theReportSavedMessageDoesNotFollowToOtherScreens(FxRobot robot) throws Exception {
    open(robot, "en");
    robot.clickOn("#sample_regional-bank");
    WaitForAsyncUtils.waitForFxEvents();
    robot.clickOn("#stepButton5");
    Path pdf = dir.resolve("board.pdf");
    dialogs.saveAnswers.add(pdf);
    robot.clickOn("#exportReportButton");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(text(robot, "#statusLabel")).contains("board.pdf");

    robot.clickOn("#compareNav");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(text(robot, "#statusLabel")).doesNotContain("board.pdf");
  }

  @Test
  void exportWarnsBeforeABoardReportFromDefaultsAlone(FxRobot robot) throws Exception {
    open(robot, "en");
    robot.clickOn("#newScenarioButton");
    WaitForAsyncUtils.waitForFxEvents();
    for (int step = 0; step < 5; step++) {
      next(robot);
    }
    Path pdf = dir.resolve("defaults.pdf");
    dialogs.saveAnswers.add(pdf);
    dialogs.confirmAnswer = false;
    robot.clickOn("#exportReportButton");
    WaitForAsyncUtils.waitForFxEvents();
    var en = se.socialorg.advisor.i18n.I18n.forLanguage("en");
    assertThat(dialogs.last("confirm")).hasValueSatisfying(d ->
        assertThat(d.message()).isEqualTo(en.t("advice.export.defaults.text")));
    assertThat(pdf).doesNotExist();
    assertThat(text(robot, "#defaultsNote")).isEqualTo(en.t("advice.defaults.all"));
  }

  @Test
  void exportsTheScenarioAsCsvFromTheFileMenu(FxRobot robot) throws Exception {
    open(robot, "en");
    robot.clickOn("#sample_regional-bank");
    WaitForAsyncUtils.waitForFxEvents();
    Path csv = dir.resolve("bank.csv");
    dialogs.saveAnswers.add(csv);
    // Across into the submenu at its first item's height, then down: a diagonal path would
    // cross the File menu's lower items and close the submenu.
    robot.clickOn("File").clickOn("Export").moveTo("Report (PDF)…").clickOn("Scenario as CSV…");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(java.nio.file.Files.readString(csv)).contains("Employees");
  }



  @Test
  void projectionAssumptionsCanBeOverridden(FxRobot robot) {
    open(robot, "en");
    robot.clickOn("#sample_regional-bank");
    WaitForAsyncUtils.waitForFxEvents();
    robot.clickOn("#stepButton4");
    robot.clickOn("Projection assumptions");
    WaitForAsyncUtils.waitForFxEvents();
    typeOffScreen(robot, "#profile_CENTRALISED_minHires", "4");
    typeOffScreen(robot, "#rampMonthsField", "12");
    var assumptions = window.session().scenario().inputs().assumptions();
    assertThat(assumptions.rampMonths()).isEqualTo(12);
    assertThat(assumptions.profiles().get(se.socialorg.advisor.model.Alternative.CENTRALISED)
        .minHires()).isEqualTo(4.0);
    typeOffScreen(robot, "#rampMonthsField", "0");
    assertThat(robot.lookup("#nextButton").queryAs(Button.class).isDisabled()).isTrue();
    assertThat(text(robot, "#nextReason")).contains("1").contains("36");
  }


  @Test
  void pairwiseModePointsAtTheMostInconsistentAnswer(FxRobot robot) {
    open(robot, "en");
    robot.clickOn("#newScenarioButton");
    robot.clickOn("#pairwiseModeButton");
    WaitForAsyncUtils.waitForFxEvents();
    List<Judgement> js = window.session().scenario().inputs().goals().judgements();
    assertThat(js).hasSizeBetween(3, 10);
    Goal a = js.get(0).first();
    Goal b = js.get(0).second();
    Goal c = js.stream().filter(j -> j.first() == b).findFirst().orElseThrow().second();
    slide(robot, "#pair_" + a + "_" + b, KeyCode.HOME);
    slide(robot, "#pair_" + b + "_" + c, KeyCode.HOME);
    slide(robot, "#pair_" + a + "_" + c, KeyCode.END);
    Label pointer = robot.lookup("#inconsistencyPointer").queryAs(Label.class);
    assertThat(pointer.isVisible()).isTrue();
    assertThat(pointer.getText()).startsWith("Look again at");
    assertThat(text(robot, "#consistencyLabel")).contains("above 0.10");
  }

  private void slide(FxRobot robot, String id, KeyCode key) {
    Node n = robot.lookup(id).query();
    robot.interact(() -> n.requestFocus());
    robot.clickOn(id).press(key).release(key);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(((Slider) n).getValue()).isIn(-8.0, 8.0);
  }

  @Test
  void savedMidWizardReopensAtTheSameStep(FxRobot robot) throws Exception {
    open(robot, "en");
    robot.clickOn("#newScenarioButton");
    next(robot);
    type(robot, "#employeesField", "321");
    next(robot);
    Path file = dir.resolve("mid.soa.json");
    dialogs.saveAnswers.add(file);
    robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
    WaitForAsyncUtils.waitForFxEvents();
    Scenario saved = new ScenarioFiles().read(file);
    assertThat(saved.wizardStep()).isEqualTo(2);

    robot.clickOn("#homeNav");
    robot.clickOn("#newScenarioButton");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(text(robot, "#stepTitle")).contains("achieve");
    robot.interact(() -> window.fileActions().open(file));
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(text(robot, "#stepTitle")).isEqualTo("Who do people trust?");
    robot.clickOn("#stepButton1");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(robot.lookup("#employeesField").queryAs(TextField.class).getText()).isEqualTo("321");
  }
}
