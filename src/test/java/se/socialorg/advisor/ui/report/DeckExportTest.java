package se.socialorg.advisor.ui.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;
import se.socialorg.advisor.present.report.DeckBuilder;
import se.socialorg.advisor.ui.WindowTestBase;

/**
 * File > Export > Board deck (PowerPoint): the menu item writes the deck of the open scenario in
 * the scenario's language, whatever the window's language, and says where (issue 19, item 7).
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class DeckExportTest extends WindowTestBase {

  private static MenuItem item(MenuBar bar, String id) {
    for (Menu menu : bar.getMenus()) {
      for (MenuItem i : menu.getItems()) {
        if (id.equals(i.getId())) {
          return i;
        }
        if (i instanceof Menu sub) {
          for (MenuItem j : sub.getItems()) {
            if (id.equals(j.getId())) {
              return j;
            }
          }
        }
      }
    }
    throw new AssertionError("No menu item " + id);
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "sv"})
  void theMenuItemWritesTheDeckOfTheOpenScenario(String language, FxRobot robot)
      throws Exception {
    robot.interact(() -> startWindow(language));
    try {
      awaitMenu();
    } catch (TimeoutException e) {
      throw new AssertionError("The main menu did not arrive", e);
    }
    robot.clickOn("#sample_regional-bank");
    WaitForAsyncUtils.waitForFxEvents();
    MenuItem export = item(robot.lookup("#menuBar").queryAs(MenuBar.class), "exportDeckItem");
    assertThat(export.getText()).isEqualTo(window.i18n().t("deck.menu"));
    Path deck = dir.resolve("board.pptx");
    dialogs.saveAnswers.add(deck);

    robot.interact(export::fire);
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(dialogs.last("error")).isEmpty();
    try (InputStream in = Files.newInputStream(deck); XMLSlideShow show = new XMLSlideShow(in)) {
      assertThat(show.getSlides()).hasSize(DeckBuilder.SLIDES);
      String scenarioLanguage = window.session().scenario().language();
      assertThat(show.getSlides().get(1).getTitle()).isEqualTo(
          se.socialorg.advisor.i18n.I18n.forLanguage(scenarioLanguage).t("advice.summary.title"));
    }
    assertThat(robot.lookup("#statusLabel").queryAs(Label.class).getText())
        .isEqualTo(window.i18n().t("deck.status.saved", deck.toString()));
  }
}
