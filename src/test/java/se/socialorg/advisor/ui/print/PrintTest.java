package se.socialorg.advisor.ui.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import se.socialorg.advisor.i18n.I18n;
import se.socialorg.advisor.ui.WindowTestBase;

/** File > Print (Ctrl+P) through a recording printer service: pages, name, no printer. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class PrintTest extends WindowTestBase {

  private final RecordingPrinterService printers = new RecordingPrinterService();

  @Start
  void start(Stage primary) {
    startWindow("en");
    window.reportPrint().usePrinters(printers);
  }

  private MenuItem printItem() {
    MenuBar bar = (MenuBar) stage.getScene().lookup("#menuBar");
    return bar.getMenus().stream().flatMap(m -> m.getItems().stream())
        .filter(i -> "printMenuItem".equals(i.getId())).findFirst().orElseThrow();
  }

  private void openSample(FxRobot robot) {
    robot.clickOn("#sample_regional-bank");
    WaitForAsyncUtils.waitForFxEvents();
  }

  private void pressCtrlP(FxRobot robot) {
    robot.press(KeyCode.CONTROL, KeyCode.P).release(KeyCode.P, KeyCode.CONTROL);
    WaitForAsyncUtils.waitForFxEvents();
  }

  @Test
  void printIsDisabledUntilAScenarioIsOpen(FxRobot robot) {
    assertThat(printItem().isDisable()).isTrue();
    openSample(robot);
    assertThat(printItem().isDisable()).isFalse();
  }

  @Test
  void ctrlPPrintsEveryPageOfTheExportedReportUnderTheScenariosName(FxRobot robot)
      throws Exception {
    openSample(robot);
    Path pdf = dir.resolve("bank.pdf");
    dialogs.saveAnswers.add(pdf);
    robot.clickOn("File").clickOn("Export").clickOn("Report (PDF)…");
    WaitForAsyncUtils.waitForFxEvents();
    int exported;
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      exported = doc.getNumberOfPages();
    }

    pressCtrlP(robot);

    assertThat(printers.jobName()).isEqualTo(window.session().scenario().name()).isNotBlank();
    assertThat(printers.pages).hasSize(exported);
    assertThat(printers.ended).isTrue();
    assertThat(robot.lookup("#statusLabel").queryLabeled().getText())
        .isEqualTo(I18n.forLanguage("en").t("print.status.sent", printers.jobName()));
  }

  @Test
  void pagesArePortraitPicturesOfThePaper(FxRobot robot) {
    openSample(robot);
    pressCtrlP(robot);
    assertThat(printers.pages).isNotEmpty().allSatisfy(page ->
        assertThat(page.getHeight()).isGreaterThan(page.getWidth()));
  }

  @Test
  void theMenuItemPrintsInSwedishToo(FxRobot robot) {
    openSample(robot);
    robot.clickOn("View").clickOn("Language").clickOn("Svenska");
    WaitForAsyncUtils.waitForFxEvents();
    robot.clickOn("Arkiv").clickOn("Skriv ut…");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(printers.pages).isNotEmpty();
    assertThat(printers.ended).isTrue();
  }

  @Test
  void noPrinterIsToldInTheManagersWordsAndTheAppKeepsRunning(FxRobot robot) {
    printers.answer = RecordingPrinterService.Answer.NO_PRINTER;
    openSample(robot);
    pressCtrlP(robot);
    I18n en = I18n.forLanguage("en");
    assertThat(dialogs.last("error")).hasValueSatisfying(d -> {
      assertThat(d.title()).isEqualTo(en.t("print.error.title"));
      assertThat(d.message()).isEqualTo(en.t("print.error.noPrinter"));
    });
    assertThat(stage.isShowing()).isTrue();
    assertThat(printItem().isDisable()).isFalse();
  }

  @Test
  void aCancelledPrintDialogPrintsNothing(FxRobot robot) {
    printers.answer = RecordingPrinterService.Answer.CANCEL;
    openSample(robot);
    pressCtrlP(robot);
    assertThat(printers.dialogs).hasSize(1);
    assertThat(printers.pages).isEmpty();
    assertThat(dialogs.last("error")).isEmpty();
  }
}
