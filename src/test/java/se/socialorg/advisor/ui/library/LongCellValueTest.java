package se.socialorg.advisor.ui.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.control.TableCell;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A library table value too long for its column shows the whole text as a tooltip at 1024 x 700;
 * a value that fits has none.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class LongCellValueTest extends LibraryTestBase {

  @Start
  void start(Stage primary) {
    startWindow("en");
    stage.setWidth(1024);
    stage.setHeight(700);
  }

  private List<TableCell<?, ?>> cells(FxRobot robot) {
    openLibrary(robot);
    return robot.lookup("#figureTable .table-cell").queryAllAs(TableCell.class).stream()
        .<TableCell<?, ?>>map(c -> c)
        .filter(c -> c.isVisible() && c.getText() != null && !c.getText().isBlank())
        .toList();
  }

  @Test
  void theLongSurveyNameHasItsWholeTextAsATooltip(FxRobot robot) {
    String survey = "Sveriges Annonsörer: trends and hiring needs survey 2012 (fieldwork Novus), "
        + "161 marketing and communication managers";
    TableCell<?, ?> cell = cells(robot).stream().filter(c -> survey.equals(c.getText()))
        .findFirst().orElseThrow(() -> new AssertionError("no cell with the survey's name"));
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(cell.getTooltip()).as("tooltip of the shortened cell").isNotNull();
    assertThat(cell.getTooltip().getText()).isEqualTo(survey);
  }

  @Test
  void aShortValueThatFitsHasNoTooltip(FxRobot robot) {
    TableCell<?, ?> cell = cells(robot).stream().filter(c -> "Sweden".equals(c.getText()))
        .findFirst().orElseThrow(() -> new AssertionError("no cell saying Sweden"));
    robot.interact(() -> cell.getTableColumn().setPrefWidth(200));
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(cell.getTooltip()).isNull();
  }
}
