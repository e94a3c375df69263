package se.socialorg.advisor.ui;

import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;
import se.socialorg.advisor.i18n.I18n;

/**
 * Unexpected exceptions on any thread: one log entry with the stack trace, one short translated
 * dialog, and the app keeps running.
 */
public final class ErrorReporter implements Thread.UncaughtExceptionHandler {

  private static final Logger LOG = Logger.getLogger(ErrorReporter.class.getName());

  private final Supplier<Dialogs> dialogs;
  private final Supplier<I18n> i18n;

  public ErrorReporter(Supplier<Dialogs> dialogs, Supplier<I18n> i18n) {
    this.dialogs = dialogs;
    this.i18n = i18n;
  }

  /** Makes this the handler of every thread, the FX thread included. */
  public void install() {
    Thread.setDefaultUncaughtExceptionHandler(this);
    if (Platform.isFxApplicationThread()) {
      Thread.currentThread().setUncaughtExceptionHandler(this);
    }
  }

  @Override
  public void uncaughtException(Thread thread, Throwable error) {
    report(error);
  }

  /** Logs the error and tells the user in a short dialog on the FX thread. */
  public void report(Throwable error) {
    LOG.log(Level.SEVERE, "Unexpected error", error);
    Runnable show =
        () -> {
          I18n t = i18n.get();
          String detail = error.getLocalizedMessage() == null ? error.getClass().getSimpleName()
              : error.getLocalizedMessage();
          dialogs.get().error(t.t("error.unexpected.title"), t.t("error.unexpected.message", detail));
        };
    Runnable guarded =
        () -> {
          try {
            show.run();
          } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Could not show the error dialog", e);
          }
        };
    if (Platform.isFxApplicationThread()) {
      guarded.run();
    } else {
      Platform.runLater(guarded);
    }
  }
}
