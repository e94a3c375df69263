package se.socialorg.advisor.store;

import java.io.BufferedOutputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one way the application replaces a file (scenarios, autosave, reports, CSV, PNG): write a
 * temporary file in the same folder, force it to disk, then move it over the target. A crash at
 * any moment leaves either the old or the new complete file, and a failure leaves no temporary
 * file behind. The new file keeps the old file's permissions, or gets the usual rw-r--r--.
 */
public final class AtomicFiles {

  /** Suffix of temporary files; never a document extension, so they are never opened. */
  public static final String TEMP_SUFFIX = ".tmp";

  private static final Logger LOG = Logger.getLogger(AtomicFiles.class.getName());
  private static final Set<PosixFilePermission> USUAL = PosixFilePermissions.fromString("rw-r--r--");

  /** Writes the content to a stream; the stream is closed by the caller. */
  @FunctionalInterface
  public interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  /** Thrown when the content was written but could not be moved over the target. */
  public static final class ReplaceFailedException extends FileSystemException {
    private static final long serialVersionUID = 1L;

    ReplaceFailedException(Path target, IOException cause) {
      super(target.toString(), null, cause.getMessage());
      initCause(cause);
    }
  }

  private AtomicFiles() {}

  public static void write(Path target, byte[] content) throws IOException {
    write(target, out -> out.write(content));
  }

  /**
   * Replaces {@code target} with what {@code content} writes.
   *
   * @throws ReplaceFailedException when only the final move failed (e.g. the file is in use)
   * @throws IOException when the folder is missing or not writable, or the disk is full
   */
  public static void write(Path target, Content content) throws IOException {
    Path absolute = target.toAbsolutePath();
    Path dir = absolute.getParent();
    if (dir == null) {
      throw new IOException("No folder for " + target);
    }
    Path tmp = Files.createTempFile(dir, "." + absolute.getFileName() + ".", TEMP_SUFFIX);
    boolean done = false;
    try {
      keepPermissions(absolute, tmp);
      try (FileOutputStream file = new FileOutputStream(tmp.toFile());
          OutputStream out = new BufferedOutputStream(file)) {
        content.writeTo(out);
        out.flush();
        file.getFD().sync();
      }
      try {
        move(tmp, absolute, dir);
      } catch (IOException e) {
        throw new ReplaceFailedException(absolute, e);
      }
      done = true;
      forceDirectory(dir);
    } finally {
      if (!done) {
        try {
          Files.deleteIfExists(tmp);
        } catch (IOException e) {
          LOG.log(Level.WARNING, "Could not remove temporary file " + tmp, e);
        }
      }
    }
  }

  private static void move(Path tmp, Path target, Path dir) throws IOException {
    try {
      Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      LOG.log(Level.INFO, "Atomic move refused in {0}; replacing non-atomically", dir);
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** Temporary files are created private; the result should look like any saved document. */
  private static void keepPermissions(Path target, Path tmp) {
    try {
      Set<PosixFilePermission> perms = Files.exists(target)
          ? Files.getPosixFilePermissions(target) : USUAL;
      Files.setPosixFilePermissions(tmp, perms);
    } catch (UnsupportedOperationException | IOException e) {
      LOG.log(Level.FINE, "No POSIX permissions for {0}", tmp);
    }
  }

  /** Makes the rename durable where the platform allows opening a directory (not Windows). */
  private static void forceDirectory(Path dir) {
    try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
      ch.force(true);
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.FINE, "Directory fsync not available for {0}", dir);
    }
  }
}
