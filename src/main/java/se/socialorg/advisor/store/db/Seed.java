package se.socialorg.advisor.store.db;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The shipped reference figures ({@code seed/figures.csv}). Applied on first run and whenever
 * {@link #VERSION} grows: shipped rows are inserted or updated by their key (dataset, country,
 * year, item, variant); shipped rows no longer in the seed are removed unless the user overrode them. User
 * rows are never touched.
 */
final class Seed {

  /** Raise when {@code figures.csv} changes so existing libraries pick the change up. */
  static final int VERSION = 2;

  static final String RESOURCE = "/se/socialorg/advisor/store/db/seed/figures.csv";

  /** One row of the seed file. */
  record Row(
      String dataset,
      String country,
      int year,
      String item,
      double value,
      String unit,
      String population,
      String sourceTitle,
      String sourceUrl,
      boolean derived,
      boolean vendorClaim,
      String variant,
      String question,
      String scale,
      String evidence,
      boolean disputed) {}

  private Seed() {}

  static List<Row> rows() {
    try (InputStream in = Seed.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("Missing seed resource " + RESOURCE);
      }
      Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
      CSVFormat format =
          CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
      List<Row> out = new ArrayList<>();
      try (CSVParser parser = CSVParser.parse(reader, format)) {
        for (CSVRecord r : parser) {
          out.add(
              new Row(
                  r.get("dataset"),
                  r.get("country"),
                  Integer.parseInt(r.get("year")),
                  r.get("item"),
                  Double.parseDouble(r.get("value")),
                  r.get("unit"),
                  r.get("population"),
                  r.get("source_title"),
                  r.get("source_url"),
                  "1".equals(r.get("derived")),
                  "1".equals(r.get("vendor_claim")),
                  r.get("variant"),
                  r.get("question"),
                  r.get("scale"),
                  r.get("evidence"),
                  "1".equals(r.get("disputed"))));
        }
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static int storedVersion(Connection c) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT value FROM meta WHERE key = 'seed_version'");
        ResultSet rs = ps.executeQuery()) {
      return rs.next() ? Integer.parseInt(rs.getString(1)) : 0;
    }
  }

  /** Brings the shipped rows up to {@link #VERSION} in one transaction; no-op when current. */
  static void apply(Connection c) throws SQLException {
    if (storedVersion(c) >= VERSION) {
      return;
    }
    boolean auto = c.getAutoCommit();
    c.setAutoCommit(false);
    try {
      upsert(c, rows());
      try (PreparedStatement del =
          c.prepareStatement(
              "DELETE FROM figure WHERE shipped = 1 AND seed_version < ?"
                  + " AND id NOT IN (SELECT overrides_id FROM figure WHERE overrides_id IS NOT NULL)")) {
        del.setInt(1, VERSION);
        del.executeUpdate();
      }
      try (PreparedStatement meta =
          c.prepareStatement(
              "INSERT INTO meta (key, value) VALUES ('seed_version', ?)"
                  + " ON CONFLICT (key) DO UPDATE SET value = excluded.value")) {
        meta.setString(1, Integer.toString(VERSION));
        meta.executeUpdate();
      }
      c.commit();
    } catch (SQLException | RuntimeException e) {
      c.rollback();
      throw e;
    } finally {
      c.setAutoCommit(auto);
    }
  }

  private static void upsert(Connection c, List<Row> rows) throws SQLException {
    try (PreparedStatement src =
            c.prepareStatement(
                "INSERT INTO source (title, url) VALUES (?, ?) ON CONFLICT (title, url) DO NOTHING");
        PreparedStatement srcId = c.prepareStatement("SELECT id FROM source WHERE title = ? AND url = ?");
        PreparedStatement fig =
            c.prepareStatement(
                "INSERT INTO figure (dataset, country, year, item, value, unit, population,"
                    + " source_id, derived, vendor_claim, shipped, seed_version, variant, question,"
                    + " scale, evidence, disputed)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?)"
                    + " ON CONFLICT (dataset, country, year, item, variant) WHERE shipped = 1"
                    + " DO UPDATE SET value = excluded.value, unit = excluded.unit,"
                    + " population = excluded.population, source_id = excluded.source_id,"
                    + " derived = excluded.derived, vendor_claim = excluded.vendor_claim,"
                    + " seed_version = excluded.seed_version, question = excluded.question,"
                    + " scale = excluded.scale, evidence = excluded.evidence,"
                    + " disputed = excluded.disputed")) {
      for (Row r : rows) {
        src.setString(1, r.sourceTitle());
        src.setString(2, r.sourceUrl());
        src.executeUpdate();
        srcId.setString(1, r.sourceTitle());
        srcId.setString(2, r.sourceUrl());
        long sourceId;
        try (ResultSet rs = srcId.executeQuery()) {
          rs.next();
          sourceId = rs.getLong(1);
        }
        fig.setString(1, r.dataset());
        fig.setString(2, r.country());
        fig.setInt(3, r.year());
        fig.setString(4, r.item());
        fig.setDouble(5, r.value());
        fig.setString(6, r.unit());
        fig.setString(7, r.population());
        fig.setLong(8, sourceId);
        fig.setBoolean(9, r.derived());
        fig.setBoolean(10, r.vendorClaim());
        fig.setInt(11, VERSION);
        fig.setString(12, r.variant());
        fig.setString(13, r.question());
        fig.setString(14, r.scale());
        fig.setString(15, r.evidence());
        fig.setBoolean(16, r.disputed());
        fig.executeUpdate();
      }
    }
  }
}
