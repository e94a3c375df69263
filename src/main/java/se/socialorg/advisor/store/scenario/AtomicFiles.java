package se.socialorg.advisor.store.scenario;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Replaces a file so that a crash at any moment leaves either the old or the new complete file:
 * write a temporary file in the same folder, force it to disk, then move it over the target.
 */
final class AtomicFiles {

  /** Suffix of temporary files; never the scenario extension, so they are never opened. */
  static final String TEMP_SUFFIX = ".tmp";

  private static final Logger LOG = Logger.getLogger(AtomicFiles.class.getName());

  private AtomicFiles() {}

  static void write(Path target, byte[] content) throws IOException {
    Path absolute = target.toAbsolutePath();
    Path dir = absolute.getParent();
    Path tmp = Files.createTempFile(dir, "." + absolute.getFileName() + ".", TEMP_SUFFIX);
    boolean done = false;
    try {
      try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
        ByteBuffer buf = ByteBuffer.wrap(content);
        while (buf.hasRemaining()) {
          ch.write(buf);
        }
        ch.force(true);
      }
      try {
        Files.move(tmp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        LOG.log(Level.INFO, "Atomic move refused in {0}; replacing non-atomically", dir);
        Files.move(tmp, absolute, StandardCopyOption.REPLACE_EXISTING);
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

  /** Makes the rename durable where the platform allows opening a directory (not Windows). */
  private static void forceDirectory(Path dir) {
    try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
      ch.force(true);
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.FINE, "Directory fsync not available for {0}", dir);
    }
  }
}
