package se.socialorg.advisor.store.report;

import java.nio.file.Path;

/**
 * A report could not be written. {@link #messageKey()} names the translated explanation (its
 * one argument is the path), so the window and the command line can say what to do.
 */
public final class ReportException extends Exception {

  private static final long serialVersionUID = 1L;

  /** The folder does not exist or is not a folder. */
  public static final String FOLDER_MISSING = "report.error.folderMissing";

  /** No permission to write in the folder or to replace the file. */
  public static final String NO_PERMISSION = "report.error.noPermission";

  /** The disk or quota is full. */
  public static final String DISK_FULL = "report.error.diskFull";

  /** The target file is open in another program (e.g. a PDF viewer that locks it). */
  public static final String IN_USE = "report.error.inUse";

  /** The target exists but is a folder, a device or a pipe. */
  public static final String NOT_REGULAR = "report.error.notRegular";

  /** The target is the file the report is made from. */
  public static final String SAME_AS_INPUT = "report.error.sameAsInput";

  /** The target's extension is none the report can be written as. */
  public static final String UNKNOWN_EXTENSION = "report.error.extension";

  /** Any other input/output failure. */
  public static final String IO = "report.error.io";

  private final String messageKey;
  private final transient Path path;

  public ReportException(String messageKey, Path path, Throwable cause) {
    super(messageKey + ": " + path, cause);
    this.messageKey = messageKey;
    this.path = path;
  }

  /** Bundle key of the explanation; its argument {0} is {@link #path()}. */
  public String messageKey() {
    return messageKey;
  }

  /** The file that was to be written. */
  public Path path() {
    return path;
  }
}
