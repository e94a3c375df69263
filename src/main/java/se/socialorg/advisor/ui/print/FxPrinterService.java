package se.socialorg.advisor.ui.print;

import java.util.Optional;
import javafx.print.PageLayout;
import javafx.print.PrintResolution;
import javafx.print.PrinterJob;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.stage.Window;

/** The system's printers through {@code javafx.print.PrinterJob}. */
public final class FxPrinterService implements PrinterService {

  /** Finer than this only makes page pictures bigger, not the print more readable. */
  private static final float MAX_DPI = 200;

  private static final float MIN_DPI = 150;

  @Override
  public Optional<PrintJob> showPrintDialog(Window owner, String jobName)
      throws NoPrinterException {
    PrinterJob job = PrinterJob.createPrinterJob();
    if (job == null) {
      throw new NoPrinterException();
    }
    job.getJobSettings().setJobName(jobName);
    if (!job.showPrintDialog(owner)) {
      job.cancelJob();
      return Optional.empty();
    }
    return Optional.of(new Job(job));
  }

  private static final class Job implements PrintJob {
    private final PrinterJob job;

    Job(PrinterJob job) {
      this.job = job;
    }

    @Override
    public float resolution() {
      PrintResolution r = job.getJobSettings().getPrintResolution();
      float dpi = r == null ? MIN_DPI : Math.min(r.getFeedResolution(), r.getCrossFeedResolution());
      return Math.max(MIN_DPI, Math.min(MAX_DPI, dpi));
    }

    @Override
    public void printPage(Image page) throws PrintFailedException {
      PageLayout layout = job.getJobSettings().getPageLayout();
      ImageView view = new ImageView(page);
      view.setPreserveRatio(true);
      view.setSmooth(true);
      view.setFitWidth(layout.getPrintableWidth());
      view.setFitHeight(layout.getPrintableHeight());
      if (!job.printPage(layout, view)) {
        throw new PrintFailedException(String.valueOf(job.getJobStatus()));
      }
    }

    @Override
    public void end() throws PrintFailedException {
      if (!job.endJob()) {
        throw new PrintFailedException(String.valueOf(job.getJobStatus()));
      }
    }

    @Override
    public void cancel() {
      job.cancelJob();
    }
  }
}
