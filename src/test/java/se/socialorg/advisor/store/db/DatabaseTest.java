package se.socialorg.advisor.store.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DatabaseTest {

  @TempDir Path dir;

  private Path file() {
    return dir.resolve("library.db");
  }

  @Test
  void newFileIsCreatedAtLatestVersionInWalModeWithForeignKeys() {
    try (Database db = Database.open(file())) {
      assertThat(db.schemaVersion()).isEqualTo(Migrations.latest());
      assertThat(db.<String>read(c -> string(c, "PRAGMA journal_mode"))).isEqualTo("wal");
      assertThat(db.<String>read(c -> string(c, "PRAGMA foreign_keys"))).isEqualTo("1");
      assertThat(db.backupMade()).isEmpty();
    }
    assertThat(file()).exists();
  }

  @Test
  void atLeastTwoMigrationsAreShipped() {
    assertThat(Migrations.all()).hasSizeGreaterThanOrEqualTo(2);
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3})
  void upgradesEveryEarlierVersionKeepingUserRowsAndCopyingItAside(int from) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file())) {
      Migrations.migrateTo(c, from);
      try (Statement s = c.createStatement()) {
        s.executeUpdate("INSERT INTO source (title, url) VALUES ('Mine', '')");
        s.executeUpdate(
            "INSERT INTO figure (dataset, country, year, item, value, unit, source_id)"
                + " VALUES ('MY', 'Norway', 2024, 'business', 61, 'percent', 1)");
      }
    }
    try (Database db = Database.open(file())) {
      assertThat(db.schemaVersion()).isEqualTo(Migrations.latest());
      assertThat(new FigureRepository(db).list(FigureFilter.all().withCountry("Norway")))
          .singleElement()
          .satisfies(f -> assertThat(f.value()).isEqualTo(61));
      if (from < Migrations.latest()) {
        Path bak = dir.resolve("library.db.bak-v" + from);
        assertThat(db.backupMade()).contains(bak);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + bak)) {
          assertThat(Migrations.userVersion(c)).isEqualTo(from);
        }
      } else {
        assertThat(db.backupMade()).isEmpty();
      }
    }
  }

  @Test
  void aVersion2LibraryGetsTheCurrentFiguresAndKeepsItsOverride() throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file())) {
      Migrations.migrateTo(c, 2);
      try (Statement s = c.createStatement()) {
        s.executeUpdate("INSERT INTO meta (key, value) VALUES ('seed_version', '1')");
        s.executeUpdate("INSERT INTO source (title, url) VALUES ('Edelman Trust Barometer 2012',"
            + " 'https://www.edelman.com/trust')");
        s.executeUpdate(
            "INSERT INTO figure (id, dataset, country, year, item, value, unit, population,"
                + " source_id, shipped, seed_version) VALUES (7, 'EDELMAN_SPOKESPEOPLE', 'Global',"
                + " 2012, 'ceo', 38, 'percent', 'informed publics', 1, 1, 1)");
        s.executeUpdate(
            "INSERT INTO figure (dataset, country, year, item, value, unit, source_id,"
                + " overrides_id, note) VALUES ('EDELMAN_SPOKESPEOPLE', 'Global', 2012, 'ceo', 35,"
                + " 'percent', 1, 7, 'ours')");
      }
    }
    try (Database db = Database.open(file())) {
      FigureRepository figures = new FigureRepository(db);
      assertThat(figures.list(FigureFilter.all())).hasSize(Seed.rows().size());
      assertThat(figures.list(new FigureFilter("EDELMAN_TRUST_IN_PEOPLE", "Global", 2024, null)))
          .isNotEmpty();
      assertThat(figures.find(7))
          .get()
          .satisfies(f -> {
            assertThat(f.value()).isEqualTo(35);
            assertThat(f.overridden()).isTrue();
            assertThat(f.method().question()).isNotBlank();
          });
    }
  }

  @Test
  void aSecondBackupOfTheSameVersionDoesNotOverwriteTheFirst() throws Exception {
    Files.writeString(dir.resolve("library.db.bak-v1"), "earlier backup");
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file())) {
      Migrations.migrateTo(c, 1);
    }
    try (Database db = Database.open(file())) {
      assertThat(db.backupMade()).contains(dir.resolve("library.db.bak-v1-2"));
    }
    assertThat(Files.readString(dir.resolve("library.db.bak-v1"))).isEqualTo("earlier backup");
  }

  @Test
  void aFileOpenInAnotherCopyIsReportedAsLocked() {
    try (Database first = Database.open(file())) {
      assertThatThrownBy(() -> Database.open(file()))
          .isInstanceOfSatisfying(
              DatabaseException.class,
              e -> {
                assertThat(e.reason()).isEqualTo(DatabaseException.Reason.LOCKED);
                assertThat(e.messageKey()).isEqualTo("library.db.error.locked");
              });
      assertThat(first.schemaVersion()).isEqualTo(Migrations.latest());
    }
  }

  @Test
  void closingReleasesTheLock() {
    Database.open(file()).close();
    try (Database again = Database.open(file())) {
      assertThat(again.readOnly()).isFalse();
    }
  }

  @Test
  void garbageIsReportedAsCorruptAndLeftUntouched() throws Exception {
    byte[] garbage = "this is not a database, just text\n".repeat(200).getBytes(StandardCharsets.UTF_8);
    Files.write(file(), garbage);
    assertThatThrownBy(() -> Database.open(file()))
        .isInstanceOfSatisfying(
            DatabaseException.class,
            e -> assertThat(e.reason()).isEqualTo(DatabaseException.Reason.CORRUPT));
    assertThat(Files.readAllBytes(file())).isEqualTo(garbage);
  }

  @Test
  void aForeignSqliteFileIsNotTakenOver() throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file());
        Statement s = c.createStatement()) {
      s.executeUpdate("CREATE TABLE invoices (id INTEGER)");
    }
    assertThatThrownBy(() -> Database.open(file()))
        .isInstanceOfSatisfying(
            DatabaseException.class,
            e -> assertThat(e.reason()).isEqualTo(DatabaseException.Reason.CORRUPT));
  }

  @Test
  void aNewerSchemaIsRefusedAndLeftUntouched() throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file());
        Statement s = c.createStatement()) {
      s.executeUpdate("PRAGMA user_version = " + (Migrations.latest() + 5));
    }
    byte[] before = Files.readAllBytes(file());
    assertThatThrownBy(() -> Database.open(file()))
        .isInstanceOfSatisfying(
            DatabaseException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(DatabaseException.Reason.NEWER_SCHEMA);
              assertThat(e.messageKey()).isEqualTo("library.db.error.newerSchema");
            });
    assertThat(Files.readAllBytes(file())).isEqualTo(before);
  }

  @Test
  void aReadOnlyFileIsReported() throws Exception {
    Database.open(file()).close();
    assertThat(file().toFile().setWritable(false, false)).isTrue();
    org.junit.jupiter.api.Assumptions.assumeFalse(
        Files.isWritable(file()), "running as a user who can write read-only files (root)");
    assertThatThrownBy(() -> Database.open(file()))
        .isInstanceOfSatisfying(
            DatabaseException.class,
            e -> assertThat(e.reason()).isEqualTo(DatabaseException.Reason.READ_ONLY));
  }

  @Test
  void fallbackOpensWithShippedFiguresAndTheProblem() throws Exception {
    Files.writeString(file(), "garbage".repeat(100));
    Database.Opened opened = Database.openOrFallback(file());
    try (Database db = opened.database()) {
      assertThat(opened.problem()).get().extracting(DatabaseException::reason)
          .isEqualTo(DatabaseException.Reason.CORRUPT);
      assertThat(db.readOnly()).isTrue();
      assertThat(db.file()).isEmpty();
      assertThat(new FigureRepository(db).list(FigureFilter.all())).isNotEmpty();
    }
  }

  @Test
  void fallbackRefusesWrites() {
    try (Database db = Database.inMemoryFallback()) {
      assertThatThrownBy(() -> db.write(c -> 1))
          .isInstanceOfSatisfying(
              DatabaseException.class,
              e -> assertThat(e.reason()).isEqualTo(DatabaseException.Reason.READ_ONLY));
    }
  }

  @Test
  void aFailedWriteIsRolledBack() {
    try (Database db = Database.open(file())) {
      assertThatThrownBy(
              () ->
                  db.write(
                      c -> {
                        try (PreparedStatement ps =
                            c.prepareStatement("INSERT INTO meta (key, value) VALUES ('x', 'y')")) {
                          ps.executeUpdate();
                        }
                        throw new IllegalStateException("boom");
                      }))
          .hasMessage("boom");
      assertThat(db.<String>read(c -> string(c, "SELECT count(*) FROM meta WHERE key = 'x'"))).isEqualTo("0");
    }
  }

  /** An Error (out of memory, stack overflow) must roll back too: review D2. */
  @ParameterizedTest
  @ValueSource(strings = {"OutOfMemoryError", "StackOverflowError"})
  void aWriteEndedByAnErrorStoresNothing(String error) {
    try (Database db = Database.open(file())) {
      assertThatThrownBy(
              () ->
                  db.write(
                      c -> {
                        try (PreparedStatement ps =
                            c.prepareStatement("INSERT INTO meta (key, value) VALUES ('x', 'y')")) {
                          ps.executeUpdate();
                        }
                        throw error.equals("OutOfMemoryError")
                            ? new OutOfMemoryError("test")
                            : new StackOverflowError("test");
                      }))
          .isInstanceOf(Error.class);
      assertThat(db.<String>read(c -> string(c, "SELECT count(*) FROM meta WHERE key = 'x'")))
          .isEqualTo("0");
      db.write(c -> c.createStatement().executeUpdate("DELETE FROM meta WHERE key = 'none'"));
      assertThat(db.<String>read(c -> string(c, "SELECT count(*) FROM meta WHERE key = 'x'")))
          .isEqualTo("0");
    }
  }

  /** A failed upgrade leaves the file as it was and no copy of it (review D8: one per attempt). */
  @Test
  void aFailedUpgradeLeavesNoBackupBehindAttemptAfterAttempt() throws Exception {
    try (Database db = Database.open(file())) {
      assertThat(db.schemaVersion()).isEqualTo(Migrations.latest());
    }
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file());
        Statement s = c.createStatement()) {
      s.executeUpdate("PRAGMA user_version = 1");
    }
    for (int attempt = 0; attempt < 3; attempt++) {
      assertThatThrownBy(() -> Database.open(file())).isInstanceOf(DatabaseException.class);
    }
    try (var list = Files.list(dir)) {
      assertThat(list.map(p -> p.getFileName().toString()))
          .noneMatch(n -> n.contains(".bak-"));
    }
  }

  /** Review D8: WAL was switched on, changing the user's file, before its copy was made. */
  @Test
  void aFailedUpgradeLeavesTheFileByteForByte() throws Exception {
    try (Database db = Database.open(file())) {
      assertThat(db.schemaVersion()).isEqualTo(Migrations.latest());
    }
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file());
        Statement s = c.createStatement()) {
      s.execute("PRAGMA journal_mode = DELETE");
      s.executeUpdate("PRAGMA user_version = 1");
    }
    byte[] before = Files.readAllBytes(file());

    assertThatThrownBy(() -> Database.open(file())).isInstanceOf(DatabaseException.class);

    assertThat(Files.readAllBytes(file())).isEqualTo(before);
  }

  @Test
  void aFullDiskIsNamedAsSuch() {
    DatabaseException e =
        Database.translate(new java.sql.SQLException("[SQLITE_FULL] database or disk is full", null, 13), file());

    assertThat(e.reason()).isEqualTo(DatabaseException.Reason.DISK_FULL);
  }

  @Test
  void anIoErrorOfAFullDiskIsNamedAsSuch() {
    DatabaseException e =
        Database.translate(new java.io.IOException("No space left on device"), file());

    assertThat(e.reason()).isEqualTo(DatabaseException.Reason.DISK_FULL);
  }

  @Test
  void scriptSplitterDropsCommentsAndKeepsMultiLineStatements() {
    assertThat(Migrations.statements("-- c\nCREATE TABLE a (\n x INT\n);\n\nCREATE INDEX i ON a (x);\n"))
        .containsExactly("CREATE TABLE a (\n x INT\n);", "CREATE INDEX i ON a (x);");
  }

  private static String string(Connection c, String sql) throws java.sql.SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getString(1);
    }
  }
}
