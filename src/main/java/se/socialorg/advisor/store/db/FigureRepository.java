package se.socialorg.advisor.store.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.StringJoiner;
import java.util.stream.Collectors;
import se.socialorg.advisor.model.Dataset;
import se.socialorg.advisor.model.Evidence;
import se.socialorg.advisor.model.FigureMethod;
import se.socialorg.advisor.model.Provenance;
import se.socialorg.advisor.model.ReferenceFigure;
import se.socialorg.advisor.model.Spokesperson;
import se.socialorg.advisor.model.TrustContext;

/**
 * Reference figures: the shipped ones (read-only, overridable) and the user's own. Prepared
 * statements only; call from a background thread.
 */
public final class FigureRepository {

  /** Region name of global figures. */
  public static final String GLOBAL = "Global";

  private static final String SELECT =
      "SELECT f.id, f.dataset, f.country, f.year, f.item, COALESCE(o.value, f.value) AS value,"
          + " f.unit, f.population, s.title, s.url, f.derived, f.vendor_claim, f.shipped,"
          + " o.id IS NOT NULL AS overridden, f.value AS own_value, COALESCE(o.note, f.note) AS note,"
          + " f.variant, f.question, f.scale, f.evidence, f.disputed"
          + " FROM figure f JOIN source s ON s.id = f.source_id"
          + " LEFT JOIN figure o ON o.overrides_id = f.id"
          + " WHERE f.overrides_id IS NULL";

  private final Database db;

  public FigureRepository(Database db) {
    this.db = Objects.requireNonNull(db);
  }

  /** The effective figures (overrides applied) matching the filter, sorted. */
  public List<ReferenceFigure> list(FigureFilter filter) {
    List<ReferenceFigure> rows =
        db.read(
            c -> {
              String sql =
                  SELECT
                      + " AND (?1 IS NULL OR f.dataset = ?1) AND (?2 IS NULL OR f.country = ?2)"
                      + " AND (?3 IS NULL OR f.year = ?3)"
                      + " ORDER BY f.dataset, f.country, f.year, f.item, f.variant, f.id";
              try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setString(1, filter.dataset());
                ps.setString(2, filter.country());
                if (filter.year() == null) {
                  ps.setNull(3, java.sql.Types.INTEGER);
                } else {
                  ps.setInt(3, filter.year());
                }
                return readAll(ps);
              }
            });
    String text = filter.text();
    if (text == null || text.isBlank()) {
      return rows;
    }
    String needle = text.strip().toLowerCase(Locale.ROOT);
    return rows.stream().filter(f -> haystack(f).contains(needle)).collect(Collectors.toList());
  }

  public Optional<ReferenceFigure> find(long id) {
    return db.read(
        c -> {
          try (PreparedStatement ps = c.prepareStatement(SELECT + " AND f.id = ?")) {
            ps.setLong(1, id);
            return readAll(ps).stream().findFirst();
          }
        });
  }

  /** Adds a figure of the user's own (e.g. a newer barometer) and returns its id. */
  public long addUserFigure(
      String dataset,
      String country,
      int year,
      String item,
      double value,
      String unit,
      Provenance source,
      String note) {
    return addUserFigure(dataset, country, year, item, value, unit, source, FigureMethod.NONE, note);
  }

  /** Adds a figure of the user's own with its question, scale and evidence; returns its id. */
  public long addUserFigure(
      String dataset,
      String country,
      int year,
      String item,
      double value,
      String unit,
      Provenance source,
      FigureMethod method,
      String note) {
    requireText(dataset, "dataset");
    requireText(country, "country");
    requireText(item, "item");
    requireText(unit, "unit");
    requireFinite(value);
    return db.write(c -> insertUserFigure(c, dataset, country, year, item, value, unit, source,
        method, note));
  }

  /** Inserts one user figure on the given connection (inside the caller's transaction). */
  static long insertUserFigure(
      Connection c,
      String dataset,
      String country,
      int year,
      String item,
      double value,
      String unit,
      Provenance source,
      FigureMethod method,
      String note)
      throws SQLException {
    long sourceId = sourceId(c, source.sourceTitle(), source.sourceUrl());
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO figure (dataset, country, year, item, value, unit, population,"
                + " source_id, derived, vendor_claim, shipped, note, variant, question, scale,"
                + " evidence, disputed)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?, ?) RETURNING id")) {
      ps.setString(1, dataset);
      ps.setString(2, country);
      ps.setInt(3, year);
      ps.setString(4, item);
      ps.setDouble(5, value);
      ps.setString(6, unit);
      ps.setString(7, source.population());
      ps.setLong(8, sourceId);
      ps.setBoolean(9, source.derived());
      ps.setBoolean(10, source.vendorClaim());
      ps.setString(11, note == null ? "" : note);
      ps.setString(12, method.variant());
      ps.setString(13, method.question());
      ps.setString(14, method.scale());
      ps.setString(15, method.evidence().id());
      ps.setBoolean(16, method.disputed());
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  /** Changes the value of a user figure; shipped figures are refused (override them). */
  public void updateUserFigure(long id, double value, String note) {
    requireFinite(value);
    db.write(
        c -> {
          refuseShipped(c, id);
          try (PreparedStatement ps =
              c.prepareStatement(
                  "UPDATE figure SET value = ?, note = ? WHERE id = ? AND shipped = 0"
                      + " AND overrides_id IS NULL")) {
            ps.setDouble(1, value);
            ps.setString(2, note == null ? "" : note);
            ps.setLong(3, id);
            return ps.executeUpdate();
          }
        });
  }

  /** Deletes a user figure; shipped figures are refused. */
  public void deleteUserFigure(long id) {
    db.write(
        c -> {
          refuseShipped(c, id);
          try (PreparedStatement ps =
              c.prepareStatement("DELETE FROM figure WHERE id = ? AND shipped = 0")) {
            ps.setLong(1, id);
            return ps.executeUpdate();
          }
        });
  }

  /** Overrides a shipped figure with the user's value (replacing an earlier override). */
  public void override(long shippedFigureId, double value, String note) {
    requireFinite(value);
    db.write(
        c -> {
          if (!isShipped(c, shippedFigureId)) {
            throw new IllegalArgumentException("Not a shipped figure: " + shippedFigureId);
          }
          try (PreparedStatement ps =
              c.prepareStatement(
                  "INSERT INTO figure (dataset, country, year, item, value, unit, population,"
                      + " source_id, derived, vendor_claim, shipped, overrides_id, note, variant,"
                      + " question, scale, evidence, disputed)"
                      + " SELECT dataset, country, year, item, ?, unit, population, source_id,"
                      + " derived, vendor_claim, 0, id, ?, variant, question, scale, evidence,"
                      + " disputed FROM figure WHERE id = ?"
                      + " ON CONFLICT (overrides_id) WHERE overrides_id IS NOT NULL"
                      + " DO UPDATE SET value = excluded.value, note = excluded.note")) {
            ps.setDouble(1, value);
            ps.setString(2, note == null ? "" : note);
            ps.setLong(3, shippedFigureId);
            return ps.executeUpdate();
          }
        });
  }

  /** Removes the user's override of a shipped figure; the shipped value applies again. */
  public void resetOverride(long shippedFigureId) {
    db.write(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement("DELETE FROM figure WHERE overrides_id = ?")) {
            ps.setLong(1, shippedFigureId);
            return ps.executeUpdate();
          }
        });
  }

  /** Dataset ids present in the library, shipped first in their declared order. */
  public List<String> datasets() {
    Set<String> out = new LinkedHashSet<>();
    List<String> stored = distinct("SELECT DISTINCT dataset FROM figure ORDER BY dataset", null);
    for (Dataset d : Dataset.values()) {
      if (stored.contains(d.name())) {
        out.add(d.name());
      }
    }
    out.addAll(stored);
    return List.copyOf(out);
  }

  /** Countries and regions with figures, sorted; "Global" included. */
  public List<String> countries() {
    return distinct("SELECT DISTINCT country FROM figure ORDER BY country", null);
  }

  /** Years with figures in a dataset (all datasets when null), ascending. */
  public List<Integer> years(String dataset) {
    List<String> ys =
        distinct(
            "SELECT DISTINCT year FROM figure WHERE (?1 IS NULL OR dataset = ?1) ORDER BY year",
            dataset);
    return ys.stream().map(Integer::valueOf).collect(Collectors.toList());
  }

  /** Industry ids in {@code EDELMAN_INDUSTRIES}, sorted. */
  public List<String> industries() {
    return distinct(
        "SELECT DISTINCT item FROM figure WHERE dataset = ?1 ORDER BY item",
        Dataset.EDELMAN_INDUSTRIES.name());
  }

  /** {@link #trustLookup} without the figure details. */
  public Optional<TrustContext> trustContext(String country, String industry, int year) {
    return trustLookup(country, industry, year).map(TrustLookup::context);
  }

  /**
   * Assembles a trust context for the wizard. Each input takes its figure by {@link
   * FigureSelection}: the newest edition not later than the year, the country's own before the
   * global one in the same year. Spokesperson credibility comes from the published credibility
   * series or, from 2020, from trust in people mapped by {@link CredibilityMapping} (flagged
   * derived); a published figure wins over a mapped one of the same country and year. {@link
   * TrustLookup#fallbacks()} names every input that is not the chosen country's figure of the
   * chosen year. Empty only when an input has no figure at all (e.g. an unknown industry).
   */
  public Optional<TrustLookup> trustLookup(String country, String industry, int year) {
    List<ReferenceFigure> inst =
        list(new FigureFilter(Dataset.EDELMAN_INSTITUTIONS.name(), null, null, null));
    Optional<ReferenceFigure> business = FigureSelection.pick(items(inst, "business"), country, year);
    Optional<ReferenceFigure> media = FigureSelection.pick(items(inst, "media"), country, year);
    Optional<ReferenceFigure> ind =
        FigureSelection.pick(
            items(list(new FigureFilter(Dataset.EDELMAN_INDUSTRIES.name(), null, null, null)),
                industry),
            country,
            year);
    if (business.isEmpty() || media.isEmpty() || ind.isEmpty()) {
      return Optional.empty();
    }
    List<ReferenceFigure> published =
        list(new FigureFilter(Dataset.EDELMAN_SPOKESPEOPLE.name(), null, null, null));
    Map<Spokesperson, List<ReferenceFigure>> candidates = new EnumMap<>(Spokesperson.class);
    for (Spokesperson s : Spokesperson.values()) {
      candidates.put(s, new ArrayList<>(items(published, spokespersonItem(s))));
    }
    Map<String, CredibilityMapping.Mapped> mappedById = new java.util.HashMap<>();
    List<ReferenceFigure> anchors =
        published.stream().filter(f -> f.country().equals(GLOBAL)).toList();
    Map<String, List<ReferenceFigure>> editions =
        list(new FigureFilter(Dataset.EDELMAN_TRUST_IN_PEOPLE.name(), null, null, null)).stream()
            .filter(f -> f.method().main())
            .filter(f -> f.country().equals(country) || f.country().equals(GLOBAL))
            .collect(Collectors.groupingBy(f -> f.country() + "\n" + f.year()));
    for (List<ReferenceFigure> edition : editions.values()) {
      CredibilityMapping.map(edition, anchors).forEach((who, m) -> {
        candidates.get(who).add(m.figure());
        mappedById.put(key(who, m.figure()), m);
      });
    }
    Map<Spokesperson, ReferenceFigure> used = new EnumMap<>(Spokesperson.class);
    Map<Spokesperson, CredibilityMapping.Mapped> mapped = new EnumMap<>(Spokesperson.class);
    Map<Spokesperson, Double> credibility = new EnumMap<>(Spokesperson.class);
    for (Spokesperson s : Spokesperson.values()) {
      FigureSelection.pick(candidates.get(s), country, year)
          .ifPresent(
              f -> {
                used.put(s, f);
                credibility.put(s, f.value());
                if (Dataset.EDELMAN_TRUST_IN_PEOPLE.name().equals(f.dataset())) {
                  mapped.put(s, mappedById.get(key(s, f)));
                }
              });
    }
    List<ReferenceFigure> all = new ArrayList<>(used.values());
    all.add(business.get());
    all.add(media.get());
    all.add(ind.get());
    StringJoiner population = new StringJoiner("; ");
    if (!business.get().source().population().isEmpty()) {
      population.add(business.get().source().population());
    }
    population.add(
        "spokespeople: "
            + used.entrySet().stream()
                .map(e -> e.getKey().name() + "=" + e.getValue().country() + " " + e.getValue().year())
                .collect(Collectors.joining(", ")));
    Provenance p = business.get().source();
    int oldest = all.stream().mapToInt(ReferenceFigure::year).filter(y -> y > 0).min().orElse(year);
    Provenance source =
        new Provenance(
            p.sourceTitle(),
            p.sourceUrl(),
            oldest,
            population.toString(),
            all.stream().anyMatch(f -> f.source().derived()),
            all.stream().anyMatch(f -> f.source().vendorClaim()));
    TrustContext context =
        new TrustContext(
            country,
            industry,
            year,
            business.get().value(),
            media.get().value(),
            ind.get().value(),
            credibility,
            Set.of(),
            source);
    return Optional.of(
        new TrustLookup(context, business.get(), media.get(), ind.get(), used, mapped));
  }

  /**
   * Countries and regions with published Edelman trust figures (institutions, trust index,
   * industries, spokespeople, trust in people, employees), each with its newest year; global
   * first, then by name.
   */
  public List<CountryEdition> trustCountries() {
    List<String> datasets =
        List.of(
            Dataset.EDELMAN_INSTITUTIONS.name(),
            Dataset.EDELMAN_TRUST_INDEX.name(),
            Dataset.EDELMAN_INDUSTRIES.name(),
            Dataset.EDELMAN_SPOKESPEOPLE.name(),
            Dataset.EDELMAN_TRUST_IN_PEOPLE.name(),
            Dataset.EDELMAN_EMPLOYEES.name());
    Map<String, Integer> newest = new java.util.TreeMap<>();
    for (ReferenceFigure f : list(FigureFilter.all())) {
      if (datasets.contains(f.dataset()) && f.year() > 0) {
        newest.merge(f.country(), f.year(), Math::max);
      }
    }
    List<CountryEdition> out = new ArrayList<>();
    Integer global = newest.remove(GLOBAL);
    if (global != null) {
      out.add(new CountryEdition(GLOBAL, global));
    }
    newest.forEach((c, y) -> out.add(new CountryEdition(c, y)));
    return out;
  }

  /** The newest year with any Edelman trust figure (the default edition), if any. */
  public OptionalInt newestTrustYear() {
    return trustCountries().stream().mapToInt(CountryEdition::newestYear).max();
  }

  /** The library's item id for a spokesperson, e.g. {@code technical_expert}. */
  public static String spokespersonItem(Spokesperson s) {
    return s.name().toLowerCase(Locale.ROOT);
  }

  // ---- helpers ----

  private static List<ReferenceFigure> items(List<ReferenceFigure> figures, String item) {
    return figures.stream().filter(f -> f.item().equals(item)).toList();
  }

  private static String key(Spokesperson who, ReferenceFigure f) {
    return who.name() + "\n" + f.country() + "\n" + f.year();
  }

  private List<String> distinct(String sql, String param) {
    return db.read(
        c -> {
          try (PreparedStatement ps = c.prepareStatement(sql)) {
            if (sql.contains("?1")) {
              ps.setString(1, param);
            }
            List<String> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                out.add(rs.getString(1));
              }
            }
            return out;
          }
        });
  }

  private static List<ReferenceFigure> readAll(PreparedStatement ps) throws SQLException {
    List<ReferenceFigure> out = new ArrayList<>();
    try (ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        boolean shipped = rs.getBoolean("shipped");
        int year = rs.getInt("year");
        out.add(
            new ReferenceFigure(
                rs.getLong("id"),
                rs.getString("dataset"),
                rs.getString("country"),
                year,
                rs.getString("item"),
                rs.getDouble("value"),
                rs.getString("unit"),
                new Provenance(
                    rs.getString("title"),
                    rs.getString("url"),
                    year,
                    rs.getString("population"),
                    rs.getBoolean("derived"),
                    rs.getBoolean("vendor_claim")),
                shipped,
                rs.getBoolean("overridden"),
                shipped ? rs.getDouble("own_value") : Double.NaN,
                rs.getString("note"),
                new FigureMethod(
                    rs.getString("variant"),
                    rs.getString("question"),
                    rs.getString("scale"),
                    Evidence.fromId(rs.getString("evidence")).orElse(Evidence.UNKNOWN),
                    rs.getBoolean("disputed"))));
      }
    }
    return out;
  }

  private static String haystack(ReferenceFigure f) {
    return String.join(
            "\n",
            f.dataset(),
            f.country(),
            f.item(),
            f.source().sourceTitle(),
            f.source().population(),
            f.note())
        .toLowerCase(Locale.ROOT);
  }

  private static long sourceId(Connection c, String title, String url) throws SQLException {
    try (PreparedStatement ins =
        c.prepareStatement(
            "INSERT INTO source (title, url) VALUES (?, ?) ON CONFLICT (title, url) DO NOTHING")) {
      ins.setString(1, title);
      ins.setString(2, url);
      ins.executeUpdate();
    }
    try (PreparedStatement sel =
        c.prepareStatement("SELECT id FROM source WHERE title = ? AND url = ?")) {
      sel.setString(1, title);
      sel.setString(2, url);
      try (ResultSet rs = sel.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  private static boolean isShipped(Connection c, long id) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT shipped FROM figure WHERE id = ?")) {
      ps.setLong(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() && rs.getBoolean(1);
      }
    }
  }

  private static void refuseShipped(Connection c, long id) throws SQLException {
    if (isShipped(c, id)) {
      throw new ShippedFigureException(id);
    }
  }

  private static void requireText(String s, String name) {
    if (s == null || s.isBlank()) {
      throw new IllegalArgumentException(name + " is blank");
    }
  }

  private static void requireFinite(double v) {
    if (!Double.isFinite(v)) {
      throw new IllegalArgumentException("value is not a finite number: " + v);
    }
  }
}
