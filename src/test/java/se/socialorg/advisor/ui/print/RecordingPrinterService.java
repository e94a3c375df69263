package se.socialorg.advisor.ui.print;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.image.Image;
import javafx.stage.Window;

/** Printers for tests: records the job's name and its pages instead of printing. */
public final class RecordingPrinterService implements PrinterService {

  /** What the dialog answers: a printer chosen, the dialog cancelled, or no printer at all. */
  public enum Answer { PRINT, CANCEL, NO_PRINTER }

  public Answer answer = Answer.PRINT;
  public final List<String> dialogs = new ArrayList<>();
  public final List<Image> pages = new ArrayList<>();
  public boolean ended;
  public boolean cancelled;

  @Override
  public Optional<PrintJob> showPrintDialog(Window owner, String jobName)
      throws NoPrinterException {
    dialogs.add(jobName);
    if (answer == Answer.NO_PRINTER) {
      throw new NoPrinterException();
    }
    if (answer == Answer.CANCEL) {
      return Optional.empty();
    }
    return Optional.of(new PrintJob() {
      @Override
      public float resolution() {
        return 36;
      }

      @Override
      public void printPage(Image page) {
        pages.add(page);
      }

      @Override
      public void end() {
        ended = true;
      }

      @Override
      public void cancel() {
        cancelled = true;
      }
    });
  }

  /** The job's name as the last dialog was given it. */
  public String jobName() {
    return dialogs.isEmpty() ? null : dialogs.get(dialogs.size() - 1);
  }
}
