package se.socialorg.advisor.store.db;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import se.socialorg.advisor.store.DiskFull;

/**
 * The data library's SQLite file: WAL mode, foreign keys on, schema created and upgraded by
 * {@link Migrations}, shipped figures seeded by {@link Seed}. One writer and one reader
 * connection, so the library can be read while an import writes. Call from background threads.
 *
 * <p>{@link #open(Path)} never deletes or overwrites the user's file: an existing file is copied
 * aside ({@code library.db.bak-v<N>}) before its schema is upgraded; a file that is locked by
 * another running copy, read-only, corrupt or newer than this app gives a {@link
 * DatabaseException}, after which the app can continue on {@link #inMemoryFallback()}.
 */
public final class Database implements AutoCloseable {

  /** i18n key of the notice shown while the app runs on {@link #inMemoryFallback()}. */
  public static final String FALLBACK_MESSAGE_KEY = "library.db.fallback";

  private static final Logger LOG = Logger.getLogger(Database.class.getName());
  private static final int BUSY_TIMEOUT_MS = 250;

  /** A database and, when it is the in-memory fallback, why the file could not be used. */
  public record Opened(Database database, Optional<DatabaseException> problem) {}

  private final Path file;
  private final Connection writer;
  private final Connection reader;
  private final ReentrantLock writeLock = new ReentrantLock();
  private final ReentrantLock readLock;
  private final FileChannel lockChannel;
  private final FileLock fileLock;
  private final boolean readOnly;
  private final Path backup;

  private Database(
      Path file,
      Connection writer,
      Connection reader,
      FileChannel lockChannel,
      FileLock fileLock,
      boolean readOnly,
      Path backup) {
    this.file = file;
    this.writer = writer;
    this.reader = reader;
    this.readLock = reader == writer ? writeLock : new ReentrantLock();
    this.lockChannel = lockChannel;
    this.fileLock = fileLock;
    this.readOnly = readOnly;
    this.backup = backup;
  }

  /** Opens the library file, creating, upgrading and seeding it as needed. */
  public static Database open(Path file) {
    Path path = file.toAbsolutePath().normalize();
    try {
      Files.createDirectories(path.getParent());
    } catch (IOException e) {
      throw new DatabaseException(
          DatabaseException.Reason.READ_ONLY, "Cannot create folder " + path.getParent(), e);
    }
    if (Files.exists(path) && !Files.isWritable(path) || !Files.isWritable(path.getParent())) {
      throw new DatabaseException(
          DatabaseException.Reason.READ_ONLY, "Library file or its folder is read-only: " + path);
    }
    FileChannel channel = null;
    FileLock lock = null;
    Connection writer = null;
    Connection reader = null;
    Path backup = null;
    try {
      channel = lockChannel(path);
      lock = tryLock(channel, path);
      boolean existed = Files.exists(path) && Files.size(path) > 0;
      writer = DriverManager.getConnection("jdbc:sqlite:" + path);
      busyTimeout(writer);
      int version = check(writer, path, existed);
      // The copy is made before anything changes the file, the switch to WAL included.
      if (existed && version < Migrations.latest()) {
        backup = backup(writer, path, version);
      }
      configure(writer);
      Migrations.migrateTo(writer, Migrations.latest());
      Seed.apply(writer);
      // WAL only once the upgrade has succeeded: a failed one leaves the file byte for byte.
      walMode(writer);
      reader = DriverManager.getConnection("jdbc:sqlite:" + path);
      configure(reader);
      walMode(reader);
      try (Statement s = reader.createStatement()) {
        s.execute("PRAGMA query_only = ON");
      }
      return new Database(path, writer, reader, channel, lock, false, backup);
    } catch (SQLException | IOException | RuntimeException e) {
      closeQuietly(reader);
      closeQuietly(writer);
      // The upgrade was rolled back, so the file is as it was: a copy of it is not kept, and
      // repeated attempts do not pile up backups.
      deleteQuietly(backup);
      release(lock, channel);
      if (e instanceof DatabaseException de) {
        throw de;
      }
      throw translate(e, path);
    }
  }

  /**
   * A read-only library in memory with the shipped figures, for when the file cannot be used.
   * Writes throw a {@link DatabaseException} with reason {@code READ_ONLY}.
   */
  public static Database inMemoryFallback() {
    try {
      Connection c = DriverManager.getConnection("jdbc:sqlite::memory:");
      try (Statement s = c.createStatement()) {
        s.execute("PRAGMA foreign_keys = ON");
      }
      Migrations.migrateTo(c, Migrations.latest());
      Seed.apply(c);
      return new Database(null, c, c, null, null, true, null);
    } catch (SQLException e) {
      throw new DatabaseException(DatabaseException.Reason.FAILED, "In-memory library failed", e);
    }
  }

  /** {@link #open(Path)}, or the in-memory fallback together with the reason it was needed. */
  public static Opened openOrFallback(Path file) {
    try {
      return new Opened(open(file), Optional.empty());
    } catch (DatabaseException e) {
      LOG.log(Level.WARNING, "Data library unavailable, using shipped figures read-only", e);
      return new Opened(inMemoryFallback(), Optional.of(e));
    }
  }

  /** Runs read-only work on the reader connection (concurrent with a running write). */
  public <T> T read(SqlWork<T> work) {
    readLock.lock();
    try {
      return work.apply(reader);
    } catch (SQLException e) {
      throw translate(e, file);
    } finally {
      readLock.unlock();
    }
  }

  /** Runs work in one write transaction: committed when it returns, rolled back when it throws. */
  public <T> T write(SqlWork<T> work) {
    if (readOnly) {
      throw new DatabaseException(
          DatabaseException.Reason.READ_ONLY, "The library is open read-only");
    }
    writeLock.lock();
    try {
      writer.setAutoCommit(false);
      boolean committed = false;
      try {
        T result = work.apply(writer);
        writer.commit();
        committed = true;
        return result;
      } finally {
        // Any Throwable, Errors included (OutOfMemoryError, StackOverflowError): roll back first.
        // Turning auto-commit back on with the transaction still open would commit it (JDBC rule).
        if (committed || rollBack(writer)) {
          writer.setAutoCommit(true);
        }
      }
    } catch (SQLException e) {
      throw translate(e, file);
    } finally {
      writeLock.unlock();
    }
  }

  /**
   * Rolls back the open transaction; false when that failed, and auto-commit must then stay off
   * so that nothing of the failed work is ever committed.
   */
  private static boolean rollBack(Connection c) {
    try {
      c.rollback();
      return true;
    } catch (SQLException | RuntimeException e) {
      LOG.log(Level.SEVERE, "Rollback failed; the connection stays without auto-commit", e);
      return false;
    }
  }

  /** True for the in-memory fallback. */
  public boolean readOnly() {
    return readOnly;
  }

  /** The library file, empty for the in-memory fallback. */
  public Optional<Path> file() {
    return Optional.ofNullable(file);
  }

  /** The copy made before this open upgraded the schema, if any. */
  public Optional<Path> backupMade() {
    return Optional.ofNullable(backup);
  }

  public int schemaVersion() {
    return read(Migrations::userVersion);
  }

  @Override
  public void close() {
    writeLock.lock();
    try {
      if (reader != writer) {
        closeQuietly(reader);
      }
      closeQuietly(writer);
      release(fileLock, lockChannel);
    } finally {
      writeLock.unlock();
    }
  }

  // ---- opening ----

  static Path lockFile(Path db) {
    return db.resolveSibling(db.getFileName() + ".lock");
  }

  private static FileChannel lockChannel(Path db) throws IOException {
    try {
      return FileChannel.open(lockFile(db), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    } catch (AccessDeniedException e) {
      throw new DatabaseException(DatabaseException.Reason.READ_ONLY, "Cannot write " + lockFile(db), e);
    }
  }

  private static FileLock tryLock(FileChannel channel, Path db) throws IOException {
    FileLock lock;
    try {
      lock = channel.tryLock();
    } catch (OverlappingFileLockException e) {
      lock = null;
    }
    if (lock == null) {
      channel.close();
      throw new DatabaseException(
          DatabaseException.Reason.LOCKED, "Library is in use by another running copy: " + db);
    }
    return lock;
  }

  /** Reads the schema version and checks integrity; returns the version. */
  private static int check(Connection c, Path path, boolean existed) throws SQLException {
    int version = Migrations.userVersion(c);
    if (version > Migrations.latest()) {
      throw new DatabaseException(
          DatabaseException.Reason.NEWER_SCHEMA,
          "Library schema version " + version + " is newer than this app's "
              + Migrations.latest() + ": " + path);
    }
    if (!existed) {
      return version;
    }
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
      String first = rs.next() ? rs.getString(1) : "";
      if (!"ok".equalsIgnoreCase(first)) {
        throw new DatabaseException(
            DatabaseException.Reason.CORRUPT, "Integrity check failed (" + first + "): " + path);
      }
    }
    if (version == 0) {
      try (Statement s = c.createStatement();
          ResultSet rs = s.executeQuery("SELECT count(*) FROM sqlite_master")) {
        if (rs.next() && rs.getInt(1) > 0) {
          throw new DatabaseException(
              DatabaseException.Reason.CORRUPT, "Not a data library (foreign tables): " + path);
        }
      }
    }
    return version;
  }

  private static void busyTimeout(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute("PRAGMA busy_timeout = " + BUSY_TIMEOUT_MS);
    }
  }

  private static void configure(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute("PRAGMA busy_timeout = " + BUSY_TIMEOUT_MS);
      s.execute("PRAGMA foreign_keys = ON");
      s.execute("PRAGMA synchronous = NORMAL");
    }
  }

  private static void walMode(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute("PRAGMA journal_mode = WAL");
    }
  }

  /** Copies the file aside with {@code VACUUM INTO}, never over an existing file. */
  private static Path backup(Connection c, Path path, int version) throws SQLException {
    Path target = path.resolveSibling(path.getFileName() + ".bak-v" + version);
    for (int n = 2; Files.exists(target); n++) {
      target = path.resolveSibling(path.getFileName() + ".bak-v" + version + "-" + n);
    }
    try (PreparedStatement ps = c.prepareStatement("VACUUM INTO ?")) {
      ps.setString(1, target.toString());
      ps.executeUpdate();
    } catch (SQLException | RuntimeException e) {
      // A full disk leaves a partial or empty copy: never keep that as a "backup".
      deleteQuietly(target);
      throw e;
    }
    LOG.info(() -> "Library copied aside before upgrade: " + path);
    return target;
  }

  static DatabaseException translate(Exception e, Path path) {
    String where = path == null ? "(in memory)" : path.toString();
    if (e instanceof DatabaseException de) {
      return de;
    }
    if (e instanceof SQLException se) {
      int code = se.getErrorCode() & 0xff;
      DatabaseException.Reason reason =
          switch (code) {
            case 5, 6 -> DatabaseException.Reason.LOCKED;
            case 8 -> DatabaseException.Reason.READ_ONLY;
            case 13 -> DatabaseException.Reason.DISK_FULL;
            case 11, 26 -> DatabaseException.Reason.CORRUPT;
            default -> DatabaseException.Reason.FAILED;
          };
      return new DatabaseException(reason, reason + ": " + se.getMessage() + ": " + where, e);
    }
    if (DiskFull.is(e)) {
      return new DatabaseException(
          DatabaseException.Reason.DISK_FULL, "Disk full: " + e.getMessage() + ": " + where, e);
    }
    return new DatabaseException(
        DatabaseException.Reason.FAILED, "Library failed: " + e.getMessage() + ": " + where, e);
  }

  private static void deleteQuietly(Path file) {
    if (file == null) {
      return;
    }
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      LOG.log(Level.WARNING, "Could not remove " + file, e);
    }
  }

  private static void closeQuietly(Connection c) {
    if (c == null) {
      return;
    }
    try {
      c.close();
    } catch (SQLException e) {
      LOG.log(Level.FINE, "close failed", e);
    }
  }

  private static void release(FileLock lock, FileChannel channel) {
    try {
      if (lock != null && lock.isValid()) {
        lock.release();
      }
      if (channel != null) {
        channel.close();
      }
    } catch (IOException e) {
      LOG.log(Level.FINE, "lock release failed", e);
    }
  }
}
