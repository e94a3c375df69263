package se.socialorg.advisor.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.PickResult;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The recommendation's tabs scroll on their own inside the step's page; the mouse wheel moves
 * the page once a tab has reached its end, and the tab itself while it has more to show.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class TabAreaTest {

  private ScrollPane page;
  private ScrollPane longTab;

  @Start
  void start(Stage stage) {
    TabPane tabs = new TabPane(new Tab("Why", tall(2000)), new Tab("Scores", tall(50)));
    tabs.getTabs().get(0).setId("whyTab");
    tabs.getTabs().get(1).setId("scoresTab");
    TabArea.scrollEachTab(tabs);
    page = new ScrollPane(new VBox(tall(500), tabs, tall(500)));
    page.setFitToWidth(true);
    stage.setScene(new Scene(page, 400, 400));
    stage.show();
    longTab = (ScrollPane) tabs.getTabs().get(0).getContent();
  }

  private static Region tall(double height) {
    Region r = new Region();
    r.setPrefHeight(height);
    r.setMinHeight(height);
    return r;
  }

  /** One notch of the wheel, downwards, over the long tab's content. */
  private void wheelDownOverTheTab(FxRobot robot) {
    robot.interact(() -> {
      Node target = longTab.getContent();
      ScrollEvent down = new ScrollEvent(ScrollEvent.SCROLL, 10, 10, 10, 10, false, false, false,
          false, false, false, 0, -40, 0, -40, ScrollEvent.HorizontalTextScrollUnits.NONE, 0,
          ScrollEvent.VerticalTextScrollUnits.NONE, 0, 0, new PickResult(target, 10, 10));
      Event.fireEvent(target, down);
    });
    WaitForAsyncUtils.waitForFxEvents();
  }

  @Test
  void theWheelScrollsTheTabWhileItHasMoreToShow(FxRobot robot) {
    robot.interact(() -> page.setVvalue(page.getVmax() / 2));
    double pageBefore = page.getVvalue();

    wheelDownOverTheTab(robot);

    assertThat(longTab.getVvalue()).isGreaterThan(longTab.getVmin());
    assertThat(page.getVvalue()).isEqualTo(pageBefore);
  }

  @Test
  void atTheTabsEndTheWheelMovesThePage(FxRobot robot) {
    robot.interact(() -> {
      page.setVvalue(page.getVmax() / 2);
      longTab.setVvalue(longTab.getVmax());
    });
    double pageBefore = page.getVvalue();

    wheelDownOverTheTab(robot);

    assertThat(page.getVvalue()).isGreaterThan(pageBefore);
  }
}
