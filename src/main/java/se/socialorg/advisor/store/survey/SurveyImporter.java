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
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.logging.Level;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import se.socialorg.advisor.model.SurveyResponse;
import se.socialorg.advisor.store.db.Database;

/**
 * Imports the company's employee survey from CSV (Commons CSV): comma, semicolon or tab; UTF-8
 * with or without BOM, UTF-16 with BOM, else Windows-1252; decimal comma; quoted line breaks;
 * blank lines; trailing delimiters. The import is one transaction: with any bad value nothing is
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

  private static final java.util.logging.Logger LOG =
      java.util.logging.Logger.getLogger(SurveyImporter.class.getName());
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
    try {
      CsvSource.Sniff sniff = CsvSource.sniff(file);
      if (sniff.binary()) {
        problems.add(new ImportError(name, sniff.binaryLine(), 0, "survey.error.binary", List.of()));
        return new ImportPreview(sniff.format(), List.of(), Map.of(), false, List.of(), problems);
      }
      List<String> headers = List.of();
      List<List<String>> rows = new ArrayList<>();
      try (CSVParser parser =
          CsvSource.open(file, sniff.format(), new CsvSource.CountingStream(file))) {
        Iterator<CSVRecord> it = parser.iterator();
        while (it.hasNext() && rows.size() < PREVIEW_ROWS) {
          List<String> values = it.next().toList();
          if (allBlank(values) || headers.isEmpty() && excelSepLine(values)) {
            continue;
          }
          if (headers.isEmpty()) {
            headers = headers(values);
          } else {
            rows.add(values);
          }
        }
      } catch (UncheckedIOException | IllegalStateException e) {
        Errors read = new Errors(name);
        readProblem(e, 1, read);
        problems.addAll(read.kept());
      }
      for (RowCheck.Problem p : RowCheck.headers(headers)) {
        problems.add(new ImportError(name, 1, p.column(), p.key(), p.args()));
      }
      if (headers.isEmpty() && problems.isEmpty()) {
        problems.add(new ImportError(name, 1, 0, "survey.error.empty", List.of()));
      }
      Map<SurveyField, String> remembered = rememberedMapping(headers);
      boolean useRemembered = !remembered.isEmpty();
      Map<SurveyField, String> mapping = useRemembered ? remembered : SurveyField.suggest(headers);
      return new ImportPreview(sniff.format(), headers, mapping, useRemembered, rows, problems);
    } catch (IOException e) {
      problems.add(new ImportError(name, 0, 0, "survey.error.unreadable", List.of(reason(e))));
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
    ProgressListener progress = listener == null ? ProgressListener.NONE : listener;
    String fileName = file.getFileName().toString();
    String surveyName = name == null || name.isBlank() ? fileName : name.strip();
    Errors errors = new Errors(fileName);
    CsvSource.Sniff sniff;
    long total;
    try {
      total = Files.size(file);
      if (total > MAX_FILE_BYTES) {
        errors.add(0, 0, "survey.error.tooLarge", MAX_FILE_BYTES / (1024 * 1024));
        return errors.rejected(null, 0);
      }
      sniff = CsvSource.sniff(file);
    } catch (IOException e) {
      errors.add(0, 0, "survey.error.unreadable", reason(e));
      return errors.rejected(null, 0);
    }
    if (sniff.binary()) {
      errors.add(sniff.binaryLine(), 0, "survey.error.binary");
      return errors.rejected(sniff.format(), 0);
    }
    try {
      return db.write(
          c -> {
            Run run = new Run(c, file, sniff.format(), errors, progress, total, skipBadRows);
            ImportResult r = run.execute(surveyName, mapping);
            if (!r.stored()) {
              c.rollback();
            }
            return r;
          });
    } catch (UncheckedIOException e) {
      errors.add(0, 0, "survey.error.unreadable", reason(e));
      return errors.rejected(sniff.format(), 0);
    }
  }

  // ---- one import run inside the transaction ----

  private final class Run {
    final Connection c;
    final Path file;
    final DetectedFormat format;
    final Errors errors;
    final ProgressListener progress;
    final long total;
    final boolean skipBadRows;

    Run(
        Connection c,
        Path file,
        DetectedFormat format,
        Errors errors,
        ProgressListener progress,
        long total,
        boolean skipBadRows) {
      this.c = c;
      this.file = file;
      this.format = format;
      this.errors = errors;
      this.progress = progress;
      this.total = total;
      this.skipBadRows = skipBadRows;
    }

    ImportResult execute(String surveyName, Map<SurveyField, String> requested) throws SQLException {
      CsvSource.CountingStream counter;
      CSVParser parser;
      try {
        counter = new CsvSource.CountingStream(file);
        parser = CsvSource.open(file, format, counter);
      } catch (IOException e) {
        errors.add(0, 0, "survey.error.unreadable", reason(e));
        return errors.rejected(format, 0);
      }
      try (parser) {
        Iterator<CSVRecord> it = parser.iterator();
        long lastLine = 0;
        List<String> headers = null;
        long headerLine = 0;
        int[] columns = null;
        long surveyId = -1;
        int stored = 0;
        int bad = 0;
        int pending = 0;
        long seen = 0;
        PreparedStatement insert = null;
        try {
          while (true) {
            CSVRecord rec;
            try {
              if (!it.hasNext()) {
                break;
              }
              rec = it.next();
            } catch (UncheckedIOException | IllegalStateException e) {
              readProblem(e, lastLine + 1, errors);
              bad++;
              break;
            }
            List<String> values = rec.toList();
            long endLine = parser.getCurrentLineNumber();
            long startLine = multiLine(values) ? endLine - newlines(values) : endLine;
            lastLine = endLine;
            if (allBlank(values) || headers == null && excelSepLine(values)) {
              continue;
            }
            if (headers == null) {
              headers = headers(values);
              headerLine = startLine;
              for (RowCheck.Problem p : RowCheck.headers(headers)) {
                errors.add(headerLine, p.column(), p.key(), p.args().toArray());
              }
              Map<SurveyField, String> mapping = requested;
              if (mapping == null) {
                mapping = rememberedMapping(c, headers);
                if (mapping.isEmpty()) {
                  mapping = SurveyField.suggest(headers);
                }
              }
              columns = columns(headers, mapping, headerLine);
              if (errors.any()) {
                return errors.rejected(format, 0);
              }
              saveMapping(c, headers, mapping);
              surveyId = insertSurvey(c, surveyName, file.getFileName().toString());
              insert = c.prepareStatement(INSERT_RESPONSE);
              continue;
            }
            seen++;
            if (seen % PROGRESS_EVERY == 0) {
              progress.progress(counter.count(), total);
              if (progress.isCancelled()) {
                return new ImportResult(
                    ImportResult.Status.CANCELLED, OptionalLong.empty(), 0, bad,
                    errors.kept(), errors.more(), format);
              }
            }
            List<RowCheck.Problem> rowProblems = RowCheck.row(values, headers.size());
            if (!rowProblems.isEmpty()) {
              for (RowCheck.Problem p : rowProblems) {
                errors.add(startLine, p.column(), p.key(), p.args().toArray());
              }
              bad++;
              continue;
            }
            SurveyResponse row = parseRow(values, columns, startLine);
            if (row == null) {
              bad++;
              continue;
            }
            if (errors.any() && !skipBadRows) {
              continue;
            }
            bind(insert, surveyId, startLine, row);
            insert.addBatch();
            stored++;
            if (++pending == BATCH) {
              insert.executeBatch();
              pending = 0;
            }
          }
          if (headers == null) {
            errors.add(1, 0, "survey.error.empty");
            return errors.rejected(format, 0);
          }
          if (errors.any() && !skipBadRows) {
            return errors.rejected(format, bad);
          }
          if (stored == 0) {
            errors.add(Math.max(lastLine, headerLine), 0, "survey.error.noRows");
            return errors.rejected(format, bad);
          }
          if (progress.isCancelled()) {
            return new ImportResult(
                ImportResult.Status.CANCELLED, OptionalLong.empty(), 0, bad,
                errors.kept(), errors.more(), format);
          }
          if (pending > 0) {
            insert.executeBatch();
          }
          try (PreparedStatement ps =
              c.prepareStatement("UPDATE survey SET respondents = ? WHERE id = ?")) {
            ps.setInt(1, stored);
            ps.setLong(2, surveyId);
            ps.executeUpdate();
          }
          progress.progress(total, total);
          return new ImportResult(
              ImportResult.Status.STORED, OptionalLong.of(surveyId), stored, bad,
              errors.kept(), errors.more(), format);
        } finally {
          if (insert != null) {
            insert.close();
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
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
        } else {
          cols[f.ordinal()] = idx;
        }
      }
      return cols;
    }

    /** The row, or null after recording its errors. */
    private SurveyResponse parseRow(List<String> values, int[] cols, long startLine) {
      boolean ok = true;
      Object[] parsed = new Object[cols.length];
      boolean multiLine = multiLine(values);
      for (SurveyField f : FIELDS) {
        int col = cols[f.ordinal()];
        if (col < 0 || col >= values.size()) {
          continue;
        }
        String v = values.get(col);
        long line = multiLine ? startLine + newlines(values.subList(0, col)) : startLine;
        if (v.length() > MAX_CELL) {
          errors.add(line, col + 1, "survey.error.tooLong", v.length(), MAX_CELL);
          ok = false;
          continue;
        }
        try {
          parsed[f.ordinal()] = parse(f, v);
        } catch (Answers.BadValue e) {
          Object[] args = new Object[2 + e.extra.length];
          args[0] = shorten(v);
          args[1] = f;
          System.arraycopy(e.extra, 0, args, 2, e.extra.length);
          errors.add(line, col + 1, e.messageKey, args);
          ok = false;
        }
      }
      for (int col = 0; col < values.size(); col++) {
        if (values.get(col).length() > MAX_CELL && !mapped(cols, col)) {
          errors.add(startLine, col + 1, "survey.error.tooLong", values.get(col).length(), MAX_CELL);
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

  private static Object parse(SurveyField f, String v) throws Answers.BadValue {
    return switch (f) {
      case DEPARTMENT, ROLE -> Answers.blank(v) ? null : v.strip();
      case TECHNICAL_EXPERT -> Answers.yesNo(v);
      case ACTIVE -> Answers.active(v);
      case WILLINGNESS -> Answers.willingness(v);
      case NETWORK_SIZE -> Answers.count(v, Answers.MAX_NETWORK);
      case POSTS_PER_MONTH -> Answers.count(v, Answers.MAX_POSTS_PER_MONTH);
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

  /** Header cells trimmed, BOM removed, trailing empty cells (trailing delimiters) dropped. */
  static List<String> headers(List<String> values) {
    List<String> out = new ArrayList<>();
    for (String v : values) {
      out.add(v.replace("\uFEFF", "").strip());
    }
    while (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
      out.remove(out.size() - 1);
    }
    return out;
  }

  /** Excel's optional first line {@code sep=;} naming the delimiter. */
  static boolean excelSepLine(List<String> values) {
    return values.get(0).toLowerCase(Locale.ROOT).startsWith("sep=")
        && allBlank(values.subList(1, values.size()));
  }

  static boolean allBlank(List<String> values) {
    for (String v : values) {
      if (!v.isBlank()) {
        return false;
      }
    }
    return true;
  }

  private static boolean multiLine(List<String> values) {
    for (String v : values) {
      if (v.indexOf('\n') >= 0) {
        return true;
      }
    }
    return false;
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

  /**
   * A file the CSV reader gave up on, in the manager's words with the row: a row over the memory
   * limits, a quote never closed, a stray quote. The reader's own text is only logged.
   */
  private static void readProblem(RuntimeException e, long line, Errors errors) {
    LOG.log(Level.INFO, "CSV reading stopped near line " + line, e);
    Throwable cause = e.getCause();
    if (cause instanceof RowLimitReader.RowTooLongException r) {
      errors.add(r.line, 0, r.key, r.limit);
      return;
    }
    String m = String.valueOf(e.getMessage()) + " " + (cause == null ? "" : cause.getMessage());
    java.util.regex.Matcher start = STARTLINE.matcher(m);
    long at = line;
    if (start.find()) {
      at = Long.parseLong(start.group(1) != null ? start.group(1) : start.group(2));
    }
    if (m.contains("EOF reached before encapsulated token finished")) {
      errors.add(at, 0, "survey.error.unclosedQuote");
    } else if (m.contains("invalid char between encapsulated token and delimiter")
        || m.toLowerCase(Locale.ROOT).contains("invalid character between encapsulated token")) {
      errors.add(at, 0, "survey.error.strayQuote");
    } else {
      errors.add(at, 0, "survey.error.notCsv");
    }
  }

  private static final java.util.regex.Pattern STARTLINE =
      java.util.regex.Pattern.compile("\\(startline (\\d+)\\)|line:? (\\d+)");

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
      if (kept.size() < MAX_ERRORS) {
        kept.add(new ImportError(file, line, column, key, List.of(args)));
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
          ImportResult.Status.REJECTED, OptionalLong.empty(), 0, bad, kept, more, format);
    }
  }
}
