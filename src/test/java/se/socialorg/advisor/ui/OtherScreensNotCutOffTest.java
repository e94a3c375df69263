package se.socialorg.advisor.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;
import se.socialorg.advisor.store.scenario.Sample;
import se.socialorg.advisor.store.scenario.Samples;
import se.socialorg.advisor.store.scenario.ScenarioFiles;

/**
 * Nothing cut off at 1024 x 700 in either language on the screens beside the wizard: the data
 * library with a dataset open, Compare with two samples, Follow-up of an open scenario and every
 * page of the Help window.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class OtherScreensNotCutOffTest extends WindowTestBase {

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"en", "sv"})
  void noTextIsCutShortAt1024x700(String language, FxRobot robot) throws Exception {
    ScenarioFiles files = new ScenarioFiles();
    Samples samples = new Samples(files);
    for (Sample s : samples.list()) {
      files.write(samples.open(s), dir.resolve(s.id() + ScenarioFiles.EXTENSION));
    }
    startWindowAtSmallestSize(robot, language);
    List<String> cut = new ArrayList<>();

    fire(robot, "#libraryNav");
    collect(robot, stage, "library", cut);
    ListView<?> datasets = robot.lookup("#datasetList").queryAs(ListView.class);
    robot.interact(() -> datasets.getSelectionModel().select(0));
    WaitForAsyncUtils.waitForFxEvents();
    collect(robot, stage, "library dataset", cut);

    fire(robot, "#compareNav");
    collect(robot, stage, "compare empty", cut);
    for (String id : new String[] {"regional-bank", "multinational"}) {
      dialogs.openAnswers.add(dir.resolve(id + ScenarioFiles.EXTENSION));
      fire(robot, "#addCompareButton");
    }
    assertThat(robot.lookup("#compareTable").queryAs(javafx.scene.control.TableView.class)
        .getColumns()).as("two scenarios compared").hasSize(3);
    collect(robot, stage, "compare", cut);

    Path bank = dir.resolve("regional-bank" + ScenarioFiles.EXTENSION);
    Platform.runLater(() -> window.fileActions().open(bank));
    WaitForAsyncUtils.waitForFxEvents();
    fire(robot, "#followUpNav");
    assertThat(robot.lookup("#followUpView").queryAs(javafx.scene.Node.class).isVisible()).isTrue();
    collect(robot, stage, "follow-up", cut);

    int helpPages = 0;
    for (String item : new String[] {
        "helpIntroMenuItem", "helpModelsMenuItem", "helpGlossaryMenuItem", "helpHowMenuItem"}) {
      choose(robot, item);
      for (Window w : new ArrayList<>(Window.getWindows())) {
        if (w != stage && w instanceof Stage help && help.getScene() != null) {
          robot.interact(() -> {
            help.setWidth(Math.min(help.getWidth(), 1024));
            help.setHeight(Math.min(help.getHeight(), 700));
          });
          WaitForAsyncUtils.waitForFxEvents();
          collect(robot, help, "help " + item, cut);
          helpPages++;
        }
      }
    }
    assertThat(helpPages).as("help pages looked at").isEqualTo(4);
    assertThat(cut).as("texts cut short at 1024x700 in %s", language).isEmpty();
  }

  private static void fire(FxRobot robot, String id) {
    ButtonBase button = robot.lookup(id).queryAs(ButtonBase.class);
    robot.interact(button::fire);
    WaitForAsyncUtils.waitForFxEvents();
  }

  private static void choose(FxRobot robot, String id) {
    MenuBar bar = robot.lookup("#menuBar").queryAs(MenuBar.class);
    MenuItem item = bar.getMenus().stream().flatMap(m -> m.getItems().stream())
        .filter(i -> id.equals(i.getId())).findFirst()
        .orElseThrow(() -> new AssertionError("no menu item " + id));
    robot.interact(item::fire);
    WaitForAsyncUtils.waitForFxEvents();
  }

  private static void collect(FxRobot robot, Stage where, String screen, List<String> cut) {
    robot.interact(() -> CutTexts.walk(where.getScene().getRoot(), screen, cut));
  }
}
