package se.socialorg.advisor.store.db;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ordered schema migrations: SQL resources {@code migrations/V<n>__*.sql} listed in {@code
 * migrations/index.txt}. The schema version is kept in {@code PRAGMA user_version}; each
 * migration runs in its own transaction.
 */
final class Migrations {

  private static final String BASE = "/se/socialorg/advisor/store/db/migrations/";
  private static final Pattern NAME = Pattern.compile("V(\\d+)__[\\w-]+\\.sql");

  /** One migration script. */
  record Migration(int version, String resource) {}

  private static final List<Migration> ALL = load();

  private Migrations() {}

  static List<Migration> all() {
    return ALL;
  }

  /** The schema version this app writes. */
  static int latest() {
    return ALL.get(ALL.size() - 1).version();
  }

  static int userVersion(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("PRAGMA user_version")) {
      return rs.next() ? rs.getInt(1) : 0;
    }
  }

  /** Applies every migration above the current version up to {@code target}. */
  static void migrateTo(Connection c, int target) throws SQLException {
    int current = userVersion(c);
    for (Migration m : ALL) {
      if (m.version() <= current || m.version() > target) {
        continue;
      }
      boolean auto = c.getAutoCommit();
      c.setAutoCommit(false);
      try (Statement s = c.createStatement()) {
        for (String sql : statements(read(m.resource()))) {
          s.executeUpdate(sql);
        }
        s.executeUpdate("PRAGMA user_version = " + m.version());
        c.commit();
      } catch (Throwable e) {
        // Errors too: setAutoCommit below would otherwise commit a half-applied step.
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(auto);
      }
    }
  }

  /** Splits a script into statements: comments dropped, split at semicolons ending a line. */
  static List<String> statements(String script) {
    List<String> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : script.split("\n", -1)) {
      String trimmed = line.strip();
      if (trimmed.startsWith("--") || trimmed.isEmpty()) {
        continue;
      }
      current.append(line).append('\n');
      if (trimmed.endsWith(";")) {
        out.add(current.toString().strip());
        current.setLength(0);
      }
    }
    if (!current.toString().isBlank()) {
      out.add(current.toString().strip());
    }
    return out;
  }

  private static List<Migration> load() {
    List<Migration> out = new ArrayList<>();
    for (String line : read("index.txt").split("\n")) {
      String name = line.strip();
      if (name.isEmpty()) {
        continue;
      }
      Matcher m = NAME.matcher(name);
      if (!m.matches()) {
        throw new IllegalStateException("Bad migration name: " + name);
      }
      int version = Integer.parseInt(m.group(1));
      if (version != out.size() + 1) {
        throw new IllegalStateException("Migrations out of order at " + name);
      }
      out.add(new Migration(version, name));
    }
    if (out.isEmpty()) {
      throw new IllegalStateException("No migrations");
    }
    return List.copyOf(out);
  }

  private static String read(String name) {
    try (InputStream in = Migrations.class.getResourceAsStream(BASE + name)) {
      if (in == null) {
        throw new IllegalStateException("Missing migration resource " + name);
      }
      StringBuilder sb = new StringBuilder();
      try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        r.lines().forEach(l -> sb.append(l).append('\n'));
      }
      return sb.toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
