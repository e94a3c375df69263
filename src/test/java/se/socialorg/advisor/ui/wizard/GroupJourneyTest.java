package se.socialorg.advisor.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeoutException;
import javafx.scene.chart.Chart;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;
import se.socialorg.advisor.model.Goal;
import se.socialorg.advisor.model.Participant;
import se.socialorg.advisor.ui.WindowTestBase;
import se.socialorg.advisor.ui.charts.Charts;

/** A management team of three answers one after another on one computer. */
@ExtendWith(ApplicationExtension.class)
class GroupJourneyTest extends WindowTestBase {

  private void open(FxRobot robot, String language) {
    robot.interact(() -> startWindow(language));
    try {
      awaitMenu();
    } catch (TimeoutException e) {
      throw new AssertionError("The main menu did not arrive", e);
    }
  }

  private void field(FxRobot robot, String id, String text) {
    TextField f = robot.lookup(id).queryAs(TextField.class);
    // Set as typed text arrives (the headless robot drops some non-ASCII keys such as å).
    robot.interact(() -> {
      f.requestFocus();
      f.setText(text);
    });
    WaitForAsyncUtils.waitForFxEvents();
  }

  private void addMember(FxRobot robot, String name, String role) {
    field(robot, "#participantName", name);
    field(robot, "#participantRole", role);
    robot.interact(() -> robot.lookup("#addParticipantButton").queryButton().fire());
    WaitForAsyncUtils.waitForFxEvents();
  }

  /** Moves a goal slider to its end with the keyboard, as a user tabbing to it would. */
  private void sliderToEnd(FxRobot robot, Goal g) {
    Slider s = robot.lookup("#goalSlider_" + g.name()).queryAs(Slider.class);
    robot.interact(s::requestFocus);
    robot.press(KeyCode.END).release(KeyCode.END);
    WaitForAsyncUtils.waitForFxEvents();
  }

  private String text(FxRobot robot, String id) {
    return robot.lookup(id).queryAs(Label.class).getText();
  }

  @Test
  void threeMembersAnswerAndTheGroupIsShownBesideEachOwnAnswer(FxRobot robot) throws Exception {
    open(robot, "en");
    robot.clickOn("#newScenarioButton");
    WaitForAsyncUtils.waitForFxEvents();
    robot.interact(() -> robot.lookup("#participantsPane").queryAs(TitledPane.class).setExpanded(true));

    addMember(robot, "Åsa Lind", "CMO");
    assertThat(text(robot, "#answeringLabel")).isEqualTo("Åsa Lind (CMO) is answering.");
    sliderToEnd(robot, Goal.TRUST_CREDIBILITY);
    sliderToEnd(robot, Goal.THOUGHT_LEADERSHIP);
    addMember(robot, "Per Holm", "Legal");
    sliderToEnd(robot, Goal.CRISIS_READINESS);
    sliderToEnd(robot, Goal.CUSTOMER_SERVICE);
    addMember(robot, "Eva Ek", "HR");
    sliderToEnd(robot, Goal.EMPLOYER_BRANDING);
    sliderToEnd(robot, Goal.TRUST_CREDIBILITY);

    assertThat(window.session().scenario().inputs().participants())
        .extracting(Participant::name).containsExactly("Åsa Lind", "Per Holm", "Eva Ek");
    assertThat(window.session().scenario().inputs().participants()).allMatch(Participant::answered);
    assertThat(window.session().scenario().inputs().participants().get(1).goals()
        .slider(Goal.CRISIS_READINESS)).isEqualTo(100);
    assertThat(text(robot, "#groupStatus")).startsWith("3 of 3 participants have answered");
    assertThat(text(robot, "#participantState_0")).isEqualTo("answered");

    for (int step = 0; step < 5; step++) {
      robot.interact(() -> robot.lookup("#nextButton").queryButton().fire());
      WaitForAsyncUtils.waitForFxEvents();
    }
    // The tabs sit under the executive summary, the Group tab possibly in the overflow menu:
    // choose it as the menu would.
    robot.interact(() -> {
      javafx.scene.control.TabPane tabs =
          robot.lookup("#resultTabs").queryAs(javafx.scene.control.TabPane.class);
      tabs.getTabs().stream().filter(t -> "tabGroup".equals(t.getId())).findFirst()
          .ifPresent(t -> tabs.getSelectionModel().select(t));
    });
    WaitForAsyncUtils.waitForFxEvents();
    waitForGroup(robot);
    VBox lines = robot.lookup("#groupLines").queryAs(VBox.class);
    String all = lines.getChildren().stream().map(n -> ((Label) n).getText())
        .reduce("", (a, b) -> a + "\n" + b);
    assertThat(all).contains("Agreement in the group:", "members’ own weights lead to",
        "The goal that splits the group most:", "Furthest from the group: Legal");
    // Three members and the group, one bar each per goal.
    assertThat(Charts.dataCount(robot.lookup("#groupChart").queryAs(Chart.class)))
        .isEqualTo(4 * Goal.values().length);
  }

  @Test
  void aNameTakenTwiceIsRefusedInSwedish(FxRobot robot) {
    open(robot, "sv");
    robot.clickOn("#newScenarioButton");
    WaitForAsyncUtils.waitForFxEvents();
    addMember(robot, "Åsa Lind", "CMO");
    addMember(robot, "åsa lind", "HR");

    assertThat(text(robot, "#participantProblem")).isEqualTo("åsa lind är redan deltagare.");
    assertThat(window.session().scenario().inputs().participants()).hasSize(1);
  }

  private void waitForGroup(FxRobot robot) throws TimeoutException {
    WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS, () ->
        robot.lookup("#groupLines").queryAs(VBox.class).getChildren().size() >= 4);
  }
}
