package se.socialorg.advisor.store;

import java.io.BufferedOutputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.LinkOption;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
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

  /**
   * Thrown when the target exists but is not a regular file (a folder, a device, a FIFO): it is
   * never replaced, since the rename would turn {@code /dev/null} into a plain file.
   */
  public static final class NotRegularFileException extends FileSystemException {
    private static final long serialVersionUID = 1L;

    NotRegularFileException(Path target) {
      super(target.toString(), null, "not a regular file");
    }
  }

  /** When this process started: temporary files older than this are left by an earlier one. */
  private static final Instant SESSION_START =
      ProcessHandle.current().info().startInstant().orElseGet(Instant::now);

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
    // Through a symbolic link the link's target is written and the link kept.
    Path absolute = followLinks(target.toAbsolutePath());
    Path dir = absolute.getParent();
    if (dir == null) {
      throw new IOException("No folder for " + target);
    }
    if (Files.exists(absolute) && !Files.isRegularFile(absolute)) {
      throw new NotRegularFileException(absolute);
    }
    removeStaleTemps(absolute);
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

  /**
   * Removes the temporary files a crash left beside {@code target} ({@code .NAME.<digits>.tmp},
   * the pattern of {@link #write}), only those last changed before this process started, so a save
   * running in another process is never touched. Failures are logged and ignored.
   */
  public static void removeStaleTemps(Path target) {
    Path absolute = target.toAbsolutePath();
    Path dir = absolute.getParent();
    if (dir == null || absolute.getFileName() == null) {
      return;
    }
    removeStale(dir, "." + absolute.getFileName() + ".");
  }

  /** {@link #removeStaleTemps(Path)} for every file of the folder (e.g. the autosave folder). */
  public static void removeStaleTempsIn(Path dir) {
    removeStale(dir, ".");
  }

  private static void removeStale(Path dir, String prefix) {
    if (!Files.isDirectory(dir)) {
      return;
    }
    try (DirectoryStream<Path> list = Files.newDirectoryStream(dir)) {
      for (Path p : list) {
        String name = p.getFileName().toString();
        if (name.startsWith(prefix) && isTempName(name)
            && Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)
            && Files.getLastModifiedTime(p, LinkOption.NOFOLLOW_LINKS).toInstant().isBefore(SESSION_START)) {
          Files.deleteIfExists(p);
          LOG.log(Level.INFO, "Removed temporary file left by a crash: {0}", p);
        }
      }
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.FINE, "Could not clean temporary files in " + dir, e);
    }
  }

  /** {@code .<name>.<digits>.tmp}: what {@link Files#createTempFile} makes for {@link #write}. */
  static boolean isTempName(String name) {
    if (!name.startsWith(".") || !name.endsWith(TEMP_SUFFIX)) {
      return false;
    }
    String stem = name.substring(0, name.length() - TEMP_SUFFIX.length());
    int dot = stem.lastIndexOf('.');
    if (dot <= 1 || dot == stem.length() - 1) {
      return false;
    }
    for (int i = dot + 1; i < stem.length(); i++) {
      if (!Character.isDigit(stem.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** The file a chain of symbolic links ends at (which may not exist yet). */
  private static Path followLinks(Path path) throws IOException {
    Path p = path;
    for (int hops = 0; Files.isSymbolicLink(p); hops++) {
      if (hops > 40) {
        throw new FileSystemException(path.toString(), null, "Too many levels of symbolic links");
      }
      Path link = Files.readSymbolicLink(p);
      p = p.resolveSibling(link).normalize();
    }
    return p;
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
