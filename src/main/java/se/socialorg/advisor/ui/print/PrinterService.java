package se.socialorg.advisor.ui.print;

import java.util.Optional;
import javafx.scene.image.Image;
import javafx.stage.Window;

/**
 * The system's printers, behind an interface so tests can record a job instead of printing
 * ({@link FxPrinterService} prints with {@code javafx.print.PrinterJob}).
 */
public interface PrinterService {

  /**
   * Shows the system's print dialog; call it on the FX thread.
   *
   * @param owner the window the dialog belongs to, or null
   * @param jobName the job's name in the printer's queue (the scenario's name)
   * @return the job to print into, or empty when the user cancelled the dialog
   * @throws NoPrinterException when the computer has no printer
   */
  Optional<PrintJob> showPrintDialog(Window owner, String jobName) throws NoPrinterException;

  /** One print job, chosen in the dialog; its methods may be called from any thread. */
  interface PrintJob {

    /** The resolution, in dots per inch, at which page pictures are worth drawing. */
    float resolution();

    /** Prints one page picture scaled to the printable area of the chosen paper. */
    void printPage(Image page) throws PrintFailedException;

    /** Sends the job to the printer once all pages are printed. */
    void end() throws PrintFailedException;

    /** Drops the job: nothing more is printed. */
    void cancel();
  }

  /** The computer has no printer. */
  final class NoPrinterException extends Exception {
    private static final long serialVersionUID = 1L;

    public NoPrinterException() {
      super("No printer installed");
    }
  }

  /** The printer refused a page or the job. */
  final class PrintFailedException extends Exception {
    private static final long serialVersionUID = 1L;

    public PrintFailedException(String message) {
      super(message);
    }
  }
}
