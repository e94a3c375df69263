package se.socialorg.advisor.store.followup;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import se.socialorg.advisor.model.ActualsImport;
import se.socialorg.advisor.model.ActualsMonth;
import se.socialorg.advisor.model.ActualsSource;
import se.socialorg.advisor.store.survey.ImportError;

/**
 * Reads actual results from a LinkedIn Company Page content export ("metrics" sheet saved as CSV:
 * a description row above the header, one row per day, organic/sponsored/total columns) or from
 * an advocacy platform report (one row per share or per advocate and day). All or nothing: any
 * bad row and nothing is imported; the problems name file, line and column.
 */
public final class ActualsReader {

  /** Rows shown in a preview. */
  public static final int PREVIEW_ROWS = 8;

  /** Problems kept; further ones are counted. */
  public static final int MAX_ERRORS = 50;

  /** Rows searched for the header (LinkedIn puts a description row first). */
  static final int HEADER_SEARCH_ROWS = 10;

  private ActualsReader() {}

  /** Recognises the file and proposes the platform columns. */
  public static ActualsPreview preview(Path file) throws ActualsFileException, IOException {
    Parsed p = parse(file);
    List<Row> data = p.rows.subList(p.headerIndex + 1, p.rows.size()).stream().filter(r -> !r.blank()).toList();
    return new ActualsPreview(
        p.source,
        name(file),
        p.header.cells(),
        p.source == ActualsSource.ADVOCACY_PLATFORM ? detect(p.header) : Map.of(),
        data.subList(0, Math.min(PREVIEW_ROWS, data.size())),
        data.size());
  }

  /**
   * Reads the whole file.
   *
   * @param mapping platform columns chosen by the manager, or null for the detected ones
   * @param organicVisibility the scenario's organic visibility, to estimate impressions from a
   *     platform's potential reach when it reports no impressions
   * @param now the import time stored with the values
   */
  public static ActualsReadResult read(
      Path file, Map<PlatformField, Integer> mapping, double organicVisibility, Instant now)
      throws ActualsFileException, IOException {
    Parsed p = parse(file);
    List<ImportError> errors = new ArrayList<>();
    ActualsImport result =
        p.source == ActualsSource.LINKEDIN_PAGE
            ? linkedIn(p, name(file), now, errors)
            : platform(p, name(file), mapping == null ? detect(p.header) : mapping, organicVisibility, now, errors);
    int more = Math.max(0, errors.size() - MAX_ERRORS);
    List<ImportError> kept = errors.subList(0, Math.min(MAX_ERRORS, errors.size()));
    return new ActualsReadResult(errors.isEmpty() ? result : null, kept, more);
  }

  private record Parsed(List<Row> rows, int headerIndex, Row header, ActualsSource source) {}

  private static String name(Path file) {
    return file.getFileName().toString();
  }

  private static Parsed parse(Path file) throws ActualsFileException, IOException {
    String name = name(file);
    List<Row> rows = Tables.read(file);
    if (rows.stream().allMatch(Row::blank)) {
      throw new ActualsFileException(new ImportError(name, 0, 0, "followup.import.empty", List.of()));
    }
    int limit = Math.min(HEADER_SEARCH_ROWS, rows.size());
    for (int i = 0; i < limit; i++) {
      Row r = rows.get(i);
      if (has(r, "impressions (organic)") || has(r, "impressions (total)") || has(r, "clicks (organic)")) {
        if (column(r, "date") < 0) {
          throw new ActualsFileException(new ImportError(name, r.line(), 0, "followup.import.noDate", List.of()));
        }
        return new Parsed(rows, i, r, ActualsSource.LINKEDIN_PAGE);
      }
      Map<PlatformField, Integer> m = detect(r);
      if (m.containsKey(PlatformField.SHARES) && (m.containsKey(PlatformField.CLICKS) || m.containsKey(PlatformField.ADVOCATE))) {
        return new Parsed(rows, i, r, ActualsSource.ADVOCACY_PLATFORM);
      }
    }
    for (int i = 0; i < limit; i++) {
      Row r = rows.get(i);
      String key = null;
      if (contains(r, "followers")) {
        key = "followup.import.followersExport";
      } else if (contains(r, "page views") || contains(r, "unique visitors")) {
        key = "followup.import.visitorsExport";
      } else if (contains(r, "post publish date") || has(r, "engagements") && has(r, "impressions")) {
        key = "followup.import.memberExport";
      }
      if (key != null) {
        throw new ActualsFileException(new ImportError(name, r.line(), 0, key, List.of()));
      }
    }
    throw new ActualsFileException(new ImportError(name, 0, 0, "followup.import.notRecognised", List.of()));
  }

  private static boolean has(Row r, String header) {
    return column(r, header) >= 0;
  }

  private static boolean contains(Row r, String part) {
    return r.cells().stream().anyMatch(c -> PlatformField.normalise(c).contains(part));
  }

  private static int column(Row r, String header) {
    for (int i = 0; i < r.cells().size(); i++) {
      if (PlatformField.normalise(r.cells().get(i)).equals(header)) {
        return i;
      }
    }
    return -1;
  }

  /** The first column whose header means each platform field. */
  static Map<PlatformField, Integer> detect(Row header) {
    Map<PlatformField, Integer> out = new EnumMap<>(PlatformField.class);
    for (int i = 0; i < header.cells().size(); i++) {
      for (PlatformField f : PlatformField.values()) {
        if (!out.containsKey(f) && f.means(header.cells().get(i))) {
          out.put(f, i);
        }
      }
    }
    return out;
  }

  // LinkedIn Company Page --------------------------------------------------------------------

  private static ActualsImport linkedIn(Parsed p, String file, Instant now, List<ImportError> errors) {
    Row h = p.header;
    int date = column(h, "date");
    int impOrg = column(h, "impressions (organic)");
    int impSp = column(h, "impressions (sponsored)");
    int impTot = column(h, "impressions (total)");
    int clkOrg = column(h, "clicks (organic)");
    int clkSp = column(h, "clicks (sponsored)");
    int clkTot = column(h, "clicks (total)");
    int[] engagement = engagementColumns(h);
    if (impOrg < 0 && impTot < 0 || clkOrg < 0 && clkTot < 0) {
      errors.add(new ImportError(file, h.line(), 0, "followup.import.linkedInColumns", List.of()));
      return null;
    }
    List<Row> data = p.rows.subList(p.headerIndex + 1, p.rows.size()).stream().filter(r -> !r.blank()).toList();
    List<LocalDate> dates = dates(file, h, data, date, Dates.Order.MONTH_FIRST, errors);
    Map<LocalDate, Long> seen = new HashMap<>();
    Map<YearMonth, double[]> months = new TreeMap<>();
    Map<YearMonth, Set<LocalDate>> days = new TreeMap<>();
    for (int i = 0; i < data.size(); i++) {
      Row r = data.get(i);
      LocalDate d = dates.get(i);
      if (d == null) {
        continue;
      }
      Long before = seen.putIfAbsent(d, r.line());
      if (before != null) {
        errors.add(
            new ImportError(
                file, r.line(), date + 1, "followup.import.duplicateDay", List.of(r.cell(date), before), h.cell(date)));
        continue;
      }
      double io = impOrg >= 0 ? num(file, h, r, impOrg, errors) : Double.NaN;
      double is = impSp >= 0 ? num(file, h, r, impSp, errors) : 0;
      if (impOrg < 0) {
        io = num(file, h, r, impTot, errors) - is;
      }
      double co = clkOrg >= 0 ? num(file, h, r, clkOrg, errors) : Double.NaN;
      double cs = clkSp >= 0 ? num(file, h, r, clkSp, errors) : 0;
      if (clkOrg < 0) {
        co = num(file, h, r, clkTot, errors) - cs;
      }
      double eng = 0;
      for (int c : engagement) {
        eng += num(file, h, r, c, errors);
      }
      double[] s = months.computeIfAbsent(YearMonth.from(d), x -> new double[5]);
      s[0] += io;
      s[1] += is;
      s[2] += co;
      s[3] += cs;
      s[4] += eng;
      days.computeIfAbsent(YearMonth.from(d), x -> new HashSet<>()).add(d);
    }
    if (seen.isEmpty() && errors.isEmpty()) {
      errors.add(new ImportError(file, h.line(), 0, "followup.import.noRows", List.of()));
    }
    if (!errors.isEmpty()) {
      return null;
    }
    List<ActualsMonth> out = new ArrayList<>();
    months.forEach(
        (m, s) ->
            out.add(new ActualsMonth(m, days.get(m).size(), s[0], s[1], s[2], s[3], s[4], Double.NaN, Double.NaN, Double.NaN)));
    LocalDate from = seen.keySet().stream().min(LocalDate::compareTo).orElseThrow();
    LocalDate to = seen.keySet().stream().max(LocalDate::compareTo).orElseThrow();
    return new ActualsImport(ActualsSource.LINKEDIN_PAGE, file, now, from, to, out, false);
  }

  /**
   * Reactions, comments and reposts (older files: shares): the total columns where the file has
   * them, else organic and sponsored.
   */
  private static int[] engagementColumns(Row h) {
    List<Integer> out = new ArrayList<>();
    for (String what : List.of("reactions", "comments", "reposts|shares")) {
      int total = -1;
      List<Integer> parts = new ArrayList<>();
      for (String w : what.split("\\|")) {
        total = total >= 0 ? total : column(h, w + " (total)");
        for (String kind : List.of(" (organic)", " (sponsored)")) {
          int c = column(h, w + kind);
          if (c >= 0) {
            parts.add(c);
          }
        }
      }
      if (total >= 0) {
        out.add(total);
      } else {
        out.addAll(parts);
      }
    }
    return out.stream().mapToInt(Integer::intValue).toArray();
  }

  // Advocacy platform ------------------------------------------------------------------------

  private static ActualsImport platform(
      Parsed p,
      String file,
      Map<PlatformField, Integer> mapping,
      double organicVisibility,
      Instant now,
      List<ImportError> errors) {
    Row h = p.header;
    ActualsPreview shape =
        new ActualsPreview(ActualsSource.ADVOCACY_PLATFORM, file, p.header.cells(), mapping, List.of(), 0);
    if (!shape.missing().isEmpty()) {
      for (PlatformField f : shape.missing()) {
        errors.add(
            new ImportError(
                file, p.header.line(), 0, "followup.import.missingColumn." + f.name().toLowerCase(java.util.Locale.ROOT), List.of()));
      }
      return null;
    }
    int date = mapping.get(PlatformField.DATE);
    Integer advocate = mapping.get(PlatformField.ADVOCATE);
    Integer reactions = mapping.get(PlatformField.REACTIONS);
    Integer impressions = mapping.get(PlatformField.IMPRESSIONS);
    Integer reach = mapping.get(PlatformField.REACH);
    Integer emv = mapping.get(PlatformField.EMV);
    boolean fromReach = impressions == null;
    List<Row> data = p.rows.subList(p.headerIndex + 1, p.rows.size()).stream().filter(r -> !r.blank()).toList();
    List<LocalDate> dates = dates(file, h, data, date, null, errors);
    Map<YearMonth, double[]> months = new TreeMap<>();
    Map<YearMonth, Set<LocalDate>> days = new TreeMap<>();
    Map<YearMonth, Set<String>> advocates = new TreeMap<>();
    LocalDate from = null;
    LocalDate to = null;
    for (int i = 0; i < data.size(); i++) {
      Row r = data.get(i);
      LocalDate d = dates.get(i);
      if (d == null) {
        continue;
      }
      double shares = num(file, h, r, mapping.get(PlatformField.SHARES), errors);
      double clicks = num(file, h, r, mapping.get(PlatformField.CLICKS), errors);
      double react = reactions == null ? 0 : num(file, h, r, reactions, errors);
      double imp =
          fromReach ? num(file, h, r, reach, errors) * organicVisibility : num(file, h, r, impressions, errors);
      double value = emv == null ? 0 : num(file, h, r, emv, errors);
      YearMonth m = YearMonth.from(d);
      double[] s = months.computeIfAbsent(m, x -> new double[5]);
      s[0] += imp;
      s[1] += clicks;
      s[2] += react;
      s[3] += shares;
      s[4] += value;
      days.computeIfAbsent(m, x -> new HashSet<>()).add(d);
      if (advocate != null && !r.cell(advocate).isBlank() && shares > 0) {
        advocates.computeIfAbsent(m, x -> new HashSet<>()).add(r.cell(advocate).toLowerCase(java.util.Locale.ROOT));
      }
      from = from == null || d.isBefore(from) ? d : from;
      to = to == null || d.isAfter(to) ? d : to;
    }
    if (from == null && errors.isEmpty()) {
      errors.add(new ImportError(file, p.header.line(), 0, "followup.import.noRows", List.of()));
    }
    if (!errors.isEmpty()) {
      return null;
    }
    List<ActualsMonth> out = new ArrayList<>();
    months.forEach(
        (m, s) ->
            out.add(
                new ActualsMonth(
                    m,
                    days.get(m).size(),
                    s[0],
                    0,
                    s[1],
                    0,
                    s[2],
                    s[3],
                    advocate == null ? Double.NaN : advocates.getOrDefault(m, Set.of()).size(),
                    emv == null ? Double.NaN : s[4])));
    return new ActualsImport(ActualsSource.ADVOCACY_PLATFORM, file, now, from, to, out, fromReach);
  }

  // Shared -----------------------------------------------------------------------------------

  private static List<LocalDate> dates(
      String file, Row header, List<Row> data, int column, Dates.Order tie, List<ImportError> errors) {
    List<Dates.Cell> cells = new ArrayList<>(data.size());
    for (Row r : data) {
      cells.add(new Dates.Cell(r.line(), column, r.cell(column), header.cell(column)));
    }
    return Dates.read(file, cells, tie, errors);
  }

  /** The count in {@code column}; a problem names the column as the header {@code h} does. */
  private static double num(String file, Row h, Row r, int column, List<ImportError> errors) {
    String text = r.cell(column);
    double v = Numbers.parse(text);
    if (Double.isNaN(v) || v < 0) {
      errors.add(
          new ImportError(
              file, r.line(), column + 1, "followup.import.badNumber", List.of(text), h.cell(column)));
      return 0;
    }
    return v;
  }
}
