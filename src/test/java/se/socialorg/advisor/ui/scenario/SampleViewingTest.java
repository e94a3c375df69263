package se.socialorg.advisor.ui.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;
import se.socialorg.advisor.ui.WindowTestBase;

/**
 * Looking is not changing (issue 19 item 6): a sample opened, walked step by step and tab by tab,
 * exported and seen in the other language is closed without a save prompt.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class SampleViewingTest extends WindowTestBase {

  /** Where the scenario was first marked unsaved, for the failure message. */
  private final List<String> markedUnsaved = new ArrayList<>();

  @ParameterizedTest
  @ValueSource(strings = {"regional-bank", "swedish-b2b-tech"})
  void viewingAndExportingASampleLeavesNothingToSave(String sample, FxRobot robot)
      throws Exception {
    robot.interact(() -> startWindow("en"));
    awaitMenu();
    robot.clickOn("#sample_" + sample);
    WaitForAsyncUtils.waitForFxEvents();
    robot.interact(() -> window.session().dirtyProperty().addListener((o, a, dirty) -> {
      if (dirty) {
        StringWriter w = new StringWriter();
        new Throwable("marked unsaved").printStackTrace(new PrintWriter(w));
        markedUnsaved.add(w.toString());
      }
    }));
    for (int step = 0; step <= 5; step++) {
      robot.clickOn("#stepButton" + step);
      WaitForAsyncUtils.waitForFxEvents();
    }
    scrollStepTo(robot, "#resultTabs");
    for (String tab : List.of("tabScores", "tabSensitivity", "tabRobustness", "tabProjection",
        "tabPlan")) {
      robot.clickOn(robot.lookup(".tab").match(n -> tab.equals(n.getId())).queryAs(Node.class));
      WaitForAsyncUtils.waitForFxEvents();
    }
    Path pdf = dir.resolve(sample + ".pdf");
    dialogs.saveAnswers.add(pdf);
    robot.clickOn("File").clickOn("Export").clickOn("Report (PDF)…");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(pdf).exists();
    robot.interact(() -> window.setLanguage("sv"));
    robot.clickOn("#stepButton1");
    WaitForAsyncUtils.waitForFxEvents();
    robot.interact(() -> window.setLanguage("en"));
    WaitForAsyncUtils.waitForFxEvents();

    robot.interact(() -> window.quit());

    assertThat(markedUnsaved).as(String.join("\n", markedUnsaved)).isEmpty();
    assertThat(dialogs.last("saveChanges")).isEmpty();
    assertThat(stage.isShowing()).isFalse();
  }
}
