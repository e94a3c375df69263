package se.socialorg.advisor.store.survey;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import se.socialorg.advisor.model.SurveyResponse;
import se.socialorg.advisor.store.db.Database;
import se.socialorg.advisor.store.sheet.CsvFormat;
import se.socialorg.advisor.store.sheet.Header;
import se.socialorg.advisor.store.sheet.SheetException;
import se.socialorg.advisor.store.sheet.SheetKind;
import se.socialorg.advisor.store.sheet.SheetReader;
import se.socialorg.advisor.store.sheet.SheetRow;

/**
 * Imports the company's employee survey from an .xlsx workbook (Microsoft Forms, Excel) or CSV
 * (Google Forms, Excel; comma, semicolon or tab; UTF-8 with or without BOM, UTF-16 with BOM, else
 * Windows-1252; decimal comma; quoted line breaks; blank lines; trailing delimiters), read through
 * {@link SheetReader}. Headers are recognised by meaning ({@link HeaderMeaning}); metadata and
 * personal columns are never stored; answers may be words in English or Swedish or numbers on a
 * 1-5, 1-7 or 0-10 scale. The import is one transaction: with any bad value nothing is
 * stored unless bad rows are skipped explicitly; cancelling stores nothing. Call off the FX
 * thread.
 */
public final class SurveyImporter {

  /** Data rows shown by {@link #preview(Path)}. */
  public static final int PREVIEW_ROWS = 10;

  /** Problems kept in full; further ones are only counted. */
  public static final int MAX_ERRORS = 100;

  /** Longest accepted cell, in characters. */
  public static final int MAX_CELL = 10_000;

  /** Largest accepted file, in bytes. */
  public static final long MAX_FILE_BYTES = 100L * 1024 * 1024;

  private static final int BATCH = 2_000;
  private static final SurveyField[] FIELDS = SurveyField.values();
  private static final int PROGRESS_EVERY = 1_000;

  private final Database db;

  public SurveyImporter(Database db) {
    this.db = Objects.requireNonNull(db);
  }

  /** Detected format, headers, suggested (or remembered) mapping and the first rows. */
  public ImportPreview preview(Path file) {
    String name = file.getFileName().toString();
    List<ImportError> problems = new ArrayList<>();
    try (SheetReader reader = SheetReader.open(file)) {
      DetectedFormat format = detected(reader);
      List<String> headers = List.of();
      List<List<String>> rows = new ArrayList<>();
      try {
        headers = reader.findHeader(HeaderMeaning::recognised, 2).names();
        for (SheetRow row = reader.next(); row != null && rows.size() < PREVIEW_ROWS;
            row = reader.next()) {
          rows.add(row.cells());
        }
      } catch (SheetException e) {
        problems.add(sheetError(name, e));
      }
      for (RowCheck.Problem p : RowCheck.headers(headers)) {
        problems.add(new ImportError(name, 1, p.column(), p.key(), p.args(),
            p.column() > 0 && p.column() <= headers.size() ? headers.get(p.column() - 1) : ""));
      }
      HeaderMeaning.Match match = HeaderMeaning.match(headers);
      Map<SurveyField, String> remembered = rememberedMapping(headers);
      boolean useRemembered = !remembered.isEmpty();
      Map<SurveyField, String> mapping = useRemembered ? remembered : match.fields();
      return new ImportPreview(
          format, headers, mapping, useRemembered, rows, problems, reader.kind(),
          match.metadata(), useRemembered ? Map.of() : match.ambiguous());
    } catch (SheetException e) {
      problems.add(sheetError(name, e));
      return new ImportPreview(null, List.of(), Map.of(), false, List.of(), problems);
    }
  }

  /** Imports with the automatic header matching (remembered mapping first). */
  public ImportResult importSurvey(Path file, String name, ProgressListener listener) {
    return importSurvey(file, name, null, false, listener);
  }

  /**
   * Imports a survey in one transaction.
   *
   * @param file the CSV file
   * @param name the survey's name in the library (the file name when blank)
   * @param mapping a column header for each field to import; null for the automatic (or
   *     remembered) match; unmapped columns are ignored
   * @param skipBadRows store the good rows and skip rows with bad values; when false any bad value
   *     stores nothing
   * @param listener progress and cancel
   */
  public ImportResult importSurvey(
      Path file,
      String name,
      Map<SurveyField, String> mapping,
      boolean skipBadRows,
      ProgressListener listener) {
    return importSurvey(file, name, mapping, AnswerMapping.NONE, skipBadRows, listener);
  }

  /**
   * Imports a survey in one transaction, reading unknown answer words as the manager mapped them.
   *
   * @param answers what unknown answer words mean, per field (e.g. "Ibland" as "monthly")
   * @see #importSurvey(Path, String, Map, boolean, ProgressListener)
   */
  public ImportResult importSurvey(
      Path file,
      String name,
      Map<SurveyField, String> mapping,
      AnswerMapping answers,
      boolean skipBadRows,
      ProgressListener listener) {
    ProgressListener progress = listener == null ? ProgressListener.NONE : listener;
    String fileName = file.getFileName().toString();
    String surveyName = name == null || name.isBlank() ? fileName : name.strip();
    Errors errors = new Errors(fileName);
    long total;
    try {
      total = Files.size(file);
    } catch (IOException e) {
      errors.add(0, 0, "survey.error.unreadable", reason(e));
      return errors.rejected(null, 0);
    }
    if (total > MAX_FILE_BYTES) {
      errors.add(0, 0, "survey.error.tooLarge", MAX_FILE_BYTES / (1024 * 1024));
      return errors.rejected(null, 0);
    }
    SheetReader reader;
    try {
      reader = SheetReader.open(file);
    } catch (SheetException e) {
      errors.add(sheetError(fileName, e));
      return errors.rejected(null, 0);
    }
    AnswerMapping words = answers == null ? AnswerMapping.NONE : answers;
    try (reader) {
      return db.write(
          c -> {
            Run run = new Run(c, reader, errors, progress, total, skipBadRows, words);
            ImportResult r = run.execute(surveyName, fileName, mapping);
            if (!r.stored()) {
              c.rollback();
            }
            return r;
          });
    } catch (UncheckedIOException e) {
      errors.add(0, 0, "survey.error.unreadable", reason(e));
      return errors.rejected(detected(reader), 0);
    }
  }

  // ---- one import run inside the transaction ----

  private final class Run {
    final Connection c;
    final SheetReader reader;
    final DetectedFormat format;
    final Errors errors;
    final ProgressListener progress;
    final long total;
    final boolean skipBadRows;
    final AnswerMapping answers;
    final Map<SurveyField, Map<String, Integer>> unknown = new EnumMap<>(SurveyField.class);
    List<String> headers = List.of();
    int minWillingness = Integer.MAX_VALUE;
    int maxWillingness = Integer.MIN_VALUE;

    Run(
        Connection c,
        SheetReader reader,
        Errors errors,
        ProgressListener progress,
        long total,
        boolean skipBadRows,
        AnswerMapping answers) {
      this.c = c;
      this.reader = reader;
      this.format = detected(reader);
      this.errors = errors;
      this.progress = progress;
      this.total = total;
      this.skipBadRows = skipBadRows;
      this.answers = answers;
    }

    ImportResult execute(String surveyName, String fileName, Map<SurveyField, String> requested)
        throws SQLException {
      Header header;
      try {
        header = reader.findHeader(HeaderMeaning::recognised, 2);
      } catch (SheetException e) {
        errors.add(sheetError(fileName, e));
        return rejected(0);
      }
      headers = header.names();
      long headerLine = header.row().number();
      long lastLine = headerLine;
      for (RowCheck.Problem p : RowCheck.headers(headers)) {
        errors.add(headerLine, p.column(), p.key(), p.args().toArray());
      }
      if (errors.any()) {
        return rejected(0);
      }
      Map<SurveyField, String> mapping = requested;
      if (mapping == null) {
        mapping = rememberedMapping(c, headers);
        if (mapping.isEmpty()) {
          mapping = SurveyField.suggest(headers);
        }
      }
      int[] columns = columns(headers, mapping, headerLine);
      if (errors.any()) {
        return rejected(0);
      }
      saveMapping(c, headers, mapping);
      long surveyId = insertSurvey(c, surveyName, fileName);
      int stored = 0;
      int bad = 0;
      int pending = 0;
      long seen = 0;
      try (PreparedStatement insert = c.prepareStatement(INSERT_RESPONSE)) {
        while (true) {
          SheetRow row;
          try {
            row = reader.next();
          } catch (SheetException e) {
            errors.add(sheetError(fileName, e));
            bad++;
            break;
          }
          if (row == null) {
            break;
          }
          lastLine = row.number();
          seen++;
          if (seen % PROGRESS_EVERY == 0) {
            progress.progress(reader.bytesRead(), total);
            if (progress.isCancelled()) {
              return cancelled(bad);
            }
          }
          List<RowCheck.Problem> rowProblems = RowCheck.row(row.cells(), headers.size());
          if (!rowProblems.isEmpty()) {
            for (RowCheck.Problem p : rowProblems) {
              errors.add(row.number(), p.column(), p.key(), p.args().toArray());
            }
            bad++;
            continue;
          }
          SurveyResponse parsed = parseRow(row, columns);
          if (parsed == null) {
            bad++;
            continue;
          }
          if (errors.any() && !skipBadRows) {
            continue;
          }
          bind(insert, surveyId, row.number(), parsed);
          insert.addBatch();
          stored++;
          if (++pending == BATCH) {
            insert.executeBatch();
            pending = 0;
          }
        }
        if (errors.any() && !skipBadRows) {
          return rejected(bad);
        }
        if (stored == 0) {
          errors.add(Math.max(lastLine, headerLine), 0, "survey.error.noRows");
          return rejected(bad);
        }
        if (progress.isCancelled()) {
          return cancelled(bad);
        }
        if (pending > 0) {
          insert.executeBatch();
        }
      }
      rescaleWillingness(surveyId, columns);
      try (PreparedStatement ps =
          c.prepareStatement("UPDATE survey SET respondents = ? WHERE id = ?")) {
        ps.setInt(1, stored);
        ps.setLong(2, surveyId);
        ps.executeUpdate();
      }
      progress.progress(total, total);
      return new ImportResult(
          ImportResult.Status.STORED, OptionalLong.of(surveyId), stored, bad,
          errors.kept(), errors.more(), format, unknownCounts());
    }

    private ImportResult rejected(int bad) {
      return new ImportResult(
          ImportResult.Status.REJECTED, OptionalLong.empty(), 0, bad, errors.kept(),
          errors.more(), format, unknownCounts());
    }

    private ImportResult cancelled(int bad) {
      return new ImportResult(
          ImportResult.Status.CANCELLED, OptionalLong.empty(), 0, bad,
          errors.kept(), errors.more(), format, unknownCounts());
    }

    private Map<SurveyField, Map<String, Integer>> unknownCounts() {
      return unknown;
    }

    /**
     * Numeric willingness answers were stored as {@link Answers#NUMERIC_WILLINGNESS} plus the
     * number; now the column's scale is known, they become 1-5 ({@link WillingnessScale}).
     */
    private void rescaleWillingness(long surveyId, int[] columns) throws SQLException {
      if (minWillingness > maxWillingness) {
        return;
      }
      String header = headers.get(columns[SurveyField.WILLINGNESS.ordinal()]);
      WillingnessScale scale = WillingnessScale.of(header, minWillingness, maxWillingness);
      StringBuilder sql =
          new StringBuilder("UPDATE survey_response SET willingness = CASE willingness");
      for (int v = scale.low(); v <= scale.high(); v++) {
        sql.append(" WHEN ").append(Answers.NUMERIC_WILLINGNESS + v)
            .append(" THEN ").append(scale.toStored(v));
      }
      sql.append(" END WHERE survey_id = ? AND willingness >= ")
          .append(Answers.NUMERIC_WILLINGNESS);
      try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
        ps.setLong(1, surveyId);
        ps.executeUpdate();
      }
    }

    /** Column index per field; records errors for missing headers and required fields. */
    private int[] columns(List<String> headers, Map<SurveyField, String> mapping, long line) {
      int[] cols = new int[SurveyField.values().length];
      java.util.Arrays.fill(cols, -1);
      for (SurveyField f : SurveyField.values()) {
        String header = mapping.get(f);
        if (header == null || header.isBlank()) {
          if (f.required()) {
            errors.add(line, 0, "survey.error.missingColumn", f);
          }
          continue;
        }
        int idx = indexOfHeader(headers, header);
        if (idx < 0) {
          errors.add(line, 0, "survey.error.headerNotFound", header, f);
        } else if (HeaderMeaning.isMetadata(header)) {
          errors.add(line, 0, "survey.error.personalColumn", header, f);
        } else {
          cols[f.ordinal()] = idx;
        }
      }
      return cols;
    }

    /** The row, or null after recording its errors. */
    private SurveyResponse parseRow(SheetRow row, int[] cols) {
      List<String> values = row.cells();
      boolean ok = true;
      Object[] parsed = new Object[cols.length];
      for (SurveyField f : FIELDS) {
        int col = cols[f.ordinal()];
        if (col < 0 || col >= values.size()) {
          continue;
        }
        String v = answers.apply(f, values.get(col));
        long line = row.number() + newlines(values.subList(0, col));
        if (v.length() > MAX_CELL) {
          errors.addAt(line, col + 1, headers.get(col), "survey.error.tooLong", v.length(), MAX_CELL);
          ok = false;
          continue;
        }
        try {
          parsed[f.ordinal()] = parse(f, v);
          if (f == SurveyField.WILLINGNESS && parsed[f.ordinal()] instanceof Integer w
              && w >= Answers.NUMERIC_WILLINGNESS) {
            minWillingness = Math.min(minWillingness, w - Answers.NUMERIC_WILLINGNESS);
            maxWillingness = Math.max(maxWillingness, w - Answers.NUMERIC_WILLINGNESS);
          }
        } catch (Answers.BadValue e) {
          if (!Answers.knownWord(f, v) && !looksNumeric(v)) {
            unknown.computeIfAbsent(f, k -> new LinkedHashMap<>()).merge(v.strip(), 1, Integer::sum);
          }
          Object[] args = new Object[2 + e.extra.length];
          args[0] = shorten(v);
          args[1] = f;
          System.arraycopy(e.extra, 0, args, 2, e.extra.length);
          errors.addAt(line, col + 1, headers.get(col), e.messageKey, args);
          ok = false;
        }
      }
      for (int col = 0; col < values.size(); col++) {
        if (values.get(col).length() > MAX_CELL && !mapped(cols, col)) {
          errors.addAt(row.number(), col + 1, col < headers.size() ? headers.get(col) : "",
              "survey.error.tooLong", values.get(col).length(), MAX_CELL);
          ok = false;
        }
      }
      if (!ok) {
        return null;
      }
      return new SurveyResponse(
          (String) parsed[SurveyField.DEPARTMENT.ordinal()],
          (String) parsed[SurveyField.ROLE.ordinal()],
          (Boolean) parsed[SurveyField.TECHNICAL_EXPERT.ordinal()],
          (Boolean) parsed[SurveyField.ACTIVE.ordinal()],
          (Integer) parsed[SurveyField.WILLINGNESS.ordinal()],
          (Double) parsed[SurveyField.NETWORK_SIZE.ordinal()],
          (Double) parsed[SurveyField.POSTS_PER_MONTH.ordinal()]);
    }
  }

  private static boolean looksNumeric(String v) {
    return v.strip().matches("[+-]?[\\d\\s.,\u00a0]*\\d[\\d\\s.,\u00a0]*");
  }

  private static DetectedFormat detected(SheetReader reader) {
    return reader.csvFormat()
        .map(f -> new DetectedFormat(f.charset(), f.bom(), f.delimiter()))
        .orElse(null);
  }

  /** A sheet-level problem as an import error; the old survey keys where they exist. */
  private static ImportError sheetError(String file, SheetException e) {
    String key = switch (e.messageKey()) {
      case "sheet.error.binary" -> "survey.error.binary";
      case "sheet.error.empty" -> "survey.error.empty";
      case "sheet.error.unreadable" -> "survey.error.unreadable";
      default -> e.messageKey();
    };
    return new ImportError(file, e.row(), 0, key, e.args());
  }

  private static Object parse(SurveyField f, String v) throws Answers.BadValue {
    return switch (f) {
      case DEPARTMENT, ROLE -> Answers.blank(v) ? null : v.strip();
      case TECHNICAL_EXPERT -> Answers.yesNo(v);
      case ACTIVE -> Answers.active(v);
      case WILLINGNESS -> Answers.willingness(v);
      case NETWORK_SIZE -> Answers.count(v, Answers.MAX_NETWORK);
      case POSTS_PER_MONTH -> Answers.postsPerMonth(v);
    };
  }

  private static boolean mapped(int[] cols, int col) {
    for (int c : cols) {
      if (c == col) {
        return true;
      }
    }
    return false;
  }

  // ---- database ----

  static final String INSERT_RESPONSE =
      "INSERT INTO survey_response (survey_id, line, department, role, technical_expert, active,"
          + " willingness, network_size, posts_per_month) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";

  static void bind(PreparedStatement ps, long surveyId, long line, SurveyResponse r)
      throws SQLException {
    ps.setLong(1, surveyId);
    ps.setLong(2, line);
    setString(ps, 3, r.department());
    setString(ps, 4, r.role());
    setBool(ps, 5, r.technicalExpert());
    setBool(ps, 6, r.active());
    if (r.willingness() == null) {
      ps.setNull(7, Types.INTEGER);
    } else {
      ps.setInt(7, r.willingness());
    }
    setDouble(ps, 8, r.networkSize());
    setDouble(ps, 9, r.postsPerMonth());
  }

  private static void setString(PreparedStatement ps, int i, String v) throws SQLException {
    if (v == null) {
      ps.setNull(i, Types.VARCHAR);
    } else {
      ps.setString(i, v);
    }
  }

  private static void setBool(PreparedStatement ps, int i, Boolean v) throws SQLException {
    if (v == null) {
      ps.setNull(i, Types.INTEGER);
    } else {
      ps.setInt(i, v ? 1 : 0);
    }
  }

  private static void setDouble(PreparedStatement ps, int i, Double v) throws SQLException {
    if (v == null) {
      ps.setNull(i, Types.REAL);
    } else {
      ps.setDouble(i, v);
    }
  }

  static long insertSurvey(Connection c, String name, String sourceFile) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("INSERT INTO survey (name, source_file) VALUES (?, ?) RETURNING id")) {
      ps.setString(1, name);
      ps.setString(2, sourceFile);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  private Map<SurveyField, String> rememberedMapping(List<String> headers) {
    if (headers.isEmpty()) {
      return Map.of();
    }
    return db.read(c -> rememberedMapping(c, headers));
  }

  private static Map<SurveyField, String> rememberedMapping(Connection c, List<String> headers)
      throws SQLException {
    Map<SurveyField, String> out = new EnumMap<>(SurveyField.class);
    try (PreparedStatement ps =
        c.prepareStatement("SELECT field, header FROM header_mapping WHERE header_key = ?")) {
      ps.setString(1, headerKey(headers));
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          var field = SurveyField.parse(rs.getString(1));
          if (field.isPresent() && indexOfHeader(headers, rs.getString(2)) >= 0) {
            out.put(field.get(), rs.getString(2));
          }
        }
      }
    }
    return out;
  }

  private static void saveMapping(Connection c, List<String> headers, Map<SurveyField, String> mapping)
      throws SQLException {
    String key = headerKey(headers);
    try (PreparedStatement del = c.prepareStatement("DELETE FROM header_mapping WHERE header_key = ?");
        PreparedStatement ins =
            c.prepareStatement(
                "INSERT INTO header_mapping (header_key, field, header) VALUES (?, ?, ?)")) {
      del.setString(1, key);
      del.executeUpdate();
      for (var e : mapping.entrySet()) {
        if (e.getValue() == null || e.getValue().isBlank()) {
          continue;
        }
        ins.setString(1, key);
        ins.setString(2, e.getKey().name());
        ins.setString(3, e.getValue());
        ins.executeUpdate();
      }
    }
  }

  /** Identifies a set of headers (order-sensitive, case-insensitive). */
  static String headerKey(List<String> headers) {
    String joined =
        String.join("\u001f", headers.stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList());
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(joined.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  // ---- helpers ----

  static int indexOfHeader(List<String> headers, String header) {
    String h = header.strip();
    for (int i = 0; i < headers.size(); i++) {
      if (headers.get(i).equalsIgnoreCase(h)) {
        return i;
      }
    }
    return -1;
  }

  private static long newlines(List<String> values) {
    long n = 0;
    for (String v : values) {
      for (int i = v.indexOf('\n'); i >= 0; i = v.indexOf('\n', i + 1)) {
        n++;
      }
    }
    return n;
  }

  private static String shorten(String v) {
    String s = v.strip();
    return s.length() <= 40 ? s : s.substring(0, 37) + "...";
  }

  private static String reason(Exception e) {
    Throwable t = e;
    while (t.getCause() != null && t.getMessage() == null) {
      t = t.getCause();
    }
    return String.valueOf(t.getMessage());
  }

  /** Problems found so far: the first {@link #MAX_ERRORS} kept, the rest counted. */
  private static final class Errors {
    private final String file;
    private final List<ImportError> kept = new ArrayList<>();
    private int more;

    Errors(String file) {
      this.file = file;
    }

    void add(long line, int column, String key, Object... args) {
      add(new ImportError(file, line, column, key, List.of(args)));
    }

    void addAt(long line, int column, String header, String key, Object... args) {
      add(new ImportError(file, line, column, key, List.of(args), header));
    }

    void add(ImportError e) {
      if (kept.size() < MAX_ERRORS) {
        kept.add(e);
      } else {
        more++;
      }
    }

    boolean any() {
      return !kept.isEmpty();
    }

    List<ImportError> kept() {
      return kept;
    }

    int more() {
      return more;
    }

    ImportResult rejected(DetectedFormat format, int bad) {
      return new ImportResult(
          ImportResult.Status.REJECTED, OptionalLong.empty(), 0, bad, kept, more, format, Map.of());
    }
  }
}
