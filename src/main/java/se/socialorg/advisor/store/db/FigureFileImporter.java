package se.socialorg.advisor.store.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import se.socialorg.advisor.model.Dataset;
import se.socialorg.advisor.model.Evidence;
import se.socialorg.advisor.model.FigureMethod;
import se.socialorg.advisor.model.Provenance;
import se.socialorg.advisor.model.ReferenceFigure;
import se.socialorg.advisor.store.sheet.SheetException;
import se.socialorg.advisor.store.sheet.SheetReader;
import se.socialorg.advisor.store.sheet.SheetRow;
import se.socialorg.advisor.store.sheet.Table;

/**
 * Imports a figures file: the shipped seed's columns (docs/figures-file.md), one figure a row,
 * e.g. next year's Edelman edition handed over by a consultant. All or nothing: every row and its
 * provenance is checked first, and the figures are stored in one transaction only when no row has
 * a problem. Problems name the row and the column.
 */
public final class FigureFileImporter {

  /** The columns of a figures file, as in the shipped seed. */
  public static final List<String> COLUMNS =
      List.of(
          "dataset", "country", "year", "item", "variant", "value", "unit", "population",
          "question", "scale", "evidence", "source_title", "source_url", "derived",
          "vendor_claim", "disputed");

  /** Columns that may be left out of the header (blank or 0 then). */
  static final Set<String> OPTIONAL = Set.of("variant", "derived", "vendor_claim", "disputed");

  /** Units a figure may have. */
  public static final List<String> UNITS = List.of("percent", "share", "factor", "index", "fte", "usd");

  /** Files larger than this are refused unread. */
  static final long MAX_BYTES = 5L * 1024 * 1024;

  /** At most this many problems are reported. */
  static final int MAX_ERRORS = 50;

  /** Other spellings people use, and the library's. */
  private static final Map<String, String> ALIASES = Map.ofEntries(
      Map.entry("united kingdom", "UK"), Map.entry("great britain", "UK"),
      Map.entry("storbritannien", "UK"), Map.entry("united states", "US"),
      Map.entry("usa", "US"), Map.entry("united states of america", "US"),
      Map.entry("sverige", "Sweden"), Map.entry("korea", "South Korea"),
      Map.entry("sydkorea", "South Korea"), Map.entry("united arab emirates", "UAE"),
      Map.entry("tyskland", "Germany"), Map.entry("globalt", "Global"),
      Map.entry("world", "Global"), Map.entry("global average", "Global"));

  /** Markets of the Edelman Trust Barometer and neighbours of Sweden not yet in the library. */
  private static final Set<String> MARKETS = Set.of(
      "Argentina", "Australia", "Brazil", "Canada", "China", "Colombia", "Denmark", "Finland",
      "France", "Germany", "Global", "Hong Kong", "India", "Indonesia", "Ireland", "Italy", "Japan",
      "Kenya", "Malaysia", "Mexico", "Netherlands", "Nigeria", "Norway", "Poland", "Russia",
      "Saudi Arabia", "Singapore", "South Africa", "South Korea", "Spain", "Sweden", "Thailand",
      "Turkey", "UAE", "UK", "US");

  private final Database db;
  private final Clock clock;

  public FigureFileImporter(Database db, Clock clock) {
    this.db = Objects.requireNonNull(db);
    this.clock = Objects.requireNonNull(clock);
  }

  /**
   * Reads and imports a figures file: an .xlsx workbook (its first visible sheet) or CSV (comma,
   * semicolon or tab; UTF-8 or Windows-1252), read through {@link SheetReader}. Title rows above
   * the header are skipped; row numbers are the sheet's own.
   */
  public FigureImportResult importFile(Path file) throws IOException {
    String name = file.getFileName().toString();
    if (Files.size(file) > MAX_BYTES) {
      return refused(name, "figimport.error.tooLarge", MAX_BYTES / (1024 * 1024));
    }
    Table table;
    try {
      table = SheetReader.readTable(file,
          cells -> (int) cells.stream().map(FigureFileImporter::column)
              .filter(COLUMNS::contains).count(),
          COLUMNS.size() - OPTIONAL.size());
    } catch (SheetException e) {
      return new FigureImportResult(0, 0, List.of(new FigureImportError(name, (int) e.row(), "",
          e.messageKey(), e.args())));
    }
    List<Numbered> rows = new ArrayList<>();
    for (SheetRow r : table.rows()) {
      rows.add(new Numbered((int) r.number(), r.cells()));
    }
    return importRows(name, (int) table.header().row().number(), table.header().row().cells(),
        rows);
  }

  /**
   * Imports a table whose first row is the header (from a CSV file or a spreadsheet). Row numbers
   * in problems count the header as row 1.
   */
  public FigureImportResult importTable(String fileName, List<List<String>> table) {
    if (table.isEmpty()) {
      return refused(fileName, "figimport.error.empty");
    }
    List<Numbered> rows = new ArrayList<>();
    for (int r = 1; r < table.size(); r++) {
      rows.add(new Numbered(r + 1, table.get(r)));
    }
    return importRows(fileName, 1, table.get(0), rows);
  }

  /** A row with its number in the file. */
  private record Numbered(int number, List<String> cells) {}

  private static String column(String headerCell) {
    return headerCell.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT);
  }

  private FigureImportResult importRows(String fileName, int headerRow, List<String> header,
      List<Numbered> table) {
    List<FigureImportError> errors = new ArrayList<>();
    Map<String, Integer> at = new HashMap<>();
    for (int i = 0; i < header.size(); i++) {
      String h = column(header.get(i));
      if (h.isEmpty()) {
        continue;
      }
      if (!COLUMNS.contains(h)) {
        errors.add(error(fileName, headerRow, h, "figimport.error.unknownColumn", header.get(i),
            String.join(", ", COLUMNS)));
      } else if (at.putIfAbsent(h, i) != null) {
        errors.add(error(fileName, headerRow, h, "figimport.error.duplicateColumn", h));
      }
    }
    for (String c : COLUMNS) {
      if (!OPTIONAL.contains(c) && !at.containsKey(c)) {
        errors.add(error(fileName, headerRow, c, "figimport.error.missingColumn", c));
      }
    }
    if (!errors.isEmpty()) {
      return new FigureImportResult(0, 0, errors);
    }
    if (table.isEmpty()) {
      return refused(fileName, "figimport.error.noRows");
    }
    Known known = known();
    List<Parsed> rows = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    int alreadyPresent = 0;
    for (int r = 0; r < table.size() && errors.size() < MAX_ERRORS; r++) {
      int rowNo = table.get(r).number();
      RowReader row = new RowReader(fileName, rowNo, table.get(r).cells(), at, errors);
      Optional<Parsed> parsed = row.parse(known, LocalDate.now(clock).getYear());
      if (parsed.isEmpty()) {
        continue;
      }
      Parsed p = parsed.get();
      Integer earlier = seen.putIfAbsent(p.key(), rowNo);
      if (earlier != null) {
        errors.add(error(fileName, rowNo, "item", "figimport.error.repeated", earlier));
        continue;
      }
      ReferenceFigure existing = known.byKey.get(p.key());
      if (existing != null) {
        double stored = existing.shipped() ? existing.shippedValue() : existing.value();
        if (Math.abs(stored - p.value) > 1e-9) {
          errors.add(error(fileName, rowNo, "value",
              existing.shipped() ? "figimport.error.shippedDiffers" : "figimport.error.ownDiffers",
              p.display(), number(stored), number(p.value)));
        } else {
          alreadyPresent++;
        }
        continue;
      }
      rows.add(p);
    }
    if (!errors.isEmpty()) {
      return new FigureImportResult(0, 0, errors);
    }
    int added = store(rows);
    return new FigureImportResult(added, alreadyPresent, List.of());
  }

  private int store(List<Parsed> rows) {
    return db.write(c -> {
      try {
        for (Parsed p : rows) {
          FigureRepository.insertUserFigure(c, p.dataset, p.country, p.year, p.item, p.value,
              p.unit, p.provenance, p.method, "");
        }
        return rows.size();
      } catch (Error e) {
        c.rollback();
        throw e;
      }
    });
  }

  /** What the library already holds: datasets, countries and figures by key. */
  private record Known(Set<String> datasets, Map<String, String> countries,
      Map<String, ReferenceFigure> byKey) {}

  private Known known() {
    Set<String> datasets = new LinkedHashSet<>();
    for (Dataset d : Dataset.values()) {
      datasets.add(d.name());
    }
    Map<String, String> countries = new HashMap<>();
    for (String m : MARKETS) {
      countries.put(m.toLowerCase(Locale.ROOT), m);
    }
    Map<String, ReferenceFigure> byKey = new HashMap<>();
    for (ReferenceFigure f : new FigureRepository(db).list(FigureFilter.all())) {
      datasets.add(f.dataset());
      countries.put(f.country().toLowerCase(Locale.ROOT), f.country());
      byKey.put(key(f.dataset(), f.country(), f.year(), f.item(), f.method().variant()), f);
    }
    return new Known(datasets, countries, byKey);
  }

  static String key(String dataset, String country, int year, String item, String variant) {
    return dataset + "\n" + country + "\n" + year + "\n" + item + "\n" + variant;
  }

  /** One checked row. */
  private record Parsed(String dataset, String country, int year, String item, double value,
      String unit, Provenance provenance, FigureMethod method) {

    String key() {
      return FigureFileImporter.key(dataset, country, year, item, method.variant());
    }

    String display() {
      return dataset + " " + country + " " + year + " " + item
          + (method.variant().isEmpty() ? "" : " (" + method.variant() + ")");
    }
  }

  /** Reads and checks one row, adding a problem per bad cell. */
  private static final class RowReader {
    private final String file;
    private final int row;
    private final List<String> cells;
    private final Map<String, Integer> at;
    private final List<FigureImportError> errors;
    private boolean bad;

    RowReader(String file, int row, List<String> cells, Map<String, Integer> at,
        List<FigureImportError> errors) {
      this.file = file;
      this.row = row;
      this.cells = cells;
      this.at = at;
      this.errors = errors;
    }

    String cell(String column) {
      Integer i = at.get(column);
      return i == null || i >= cells.size() ? "" : cells.get(i).strip();
    }

    void problem(String column, String key, Object... args) {
      bad = true;
      errors.add(error(file, row, column, key, args));
    }

    String required(String column) {
      String v = cell(column);
      if (v.isEmpty()) {
        problem(column, "figimport.error.blank", column);
      }
      return v;
    }

    boolean flag(String column) {
      String v = cell(column);
      return switch (v) {
        case "", "0" -> false;
        case "1" -> true;
        default -> {
          problem(column, "figimport.error.notFlag", v, column);
          yield false;
        }
      };
    }

    Optional<Parsed> parse(Known known, int thisYear) {
      String dataset = required("dataset");
      if (!dataset.isEmpty() && !known.datasets().contains(dataset)) {
        String close = known.datasets().stream().filter(d -> d.equalsIgnoreCase(dataset))
            .findFirst().orElse("");
        problem("dataset", close.isEmpty() ? "figimport.error.unknownDataset"
            : "figimport.error.datasetSpelling", dataset, close);
      }
      String countryText = required("country");
      String country = countryText;
      if (!countryText.isEmpty()) {
        String lower = countryText.toLowerCase(Locale.ROOT);
        String spelled = known.countries().get(lower);
        if (spelled == null) {
          String alias = ALIASES.get(lower);
          problem("country", alias == null ? "figimport.error.unknownCountry"
              : "figimport.error.countrySpelling", countryText, alias == null ? "" : alias);
        } else if (!spelled.equals(countryText)) {
          problem("country", "figimport.error.countrySpelling", countryText, spelled);
        }
      }
      int year = 0;
      String yearText = required("year");
      if (!yearText.isEmpty()) {
        try {
          year = Integer.parseInt(yearText);
          if (year > thisYear) {
            problem("year", "figimport.error.futureYear", yearText, thisYear);
          } else if (year != 0 && year < 1990) {
            problem("year", "figimport.error.oldYear", yearText);
          }
        } catch (NumberFormatException e) {
          problem("year", "figimport.error.notYear", yearText);
        }
      }
      String item = required("item");
      String unit = required("unit");
      if (!unit.isEmpty() && !UNITS.contains(unit)) {
        problem("unit", "figimport.error.unknownUnit", unit, String.join(", ", UNITS));
      }
      double value = Double.NaN;
      String valueText = required("value");
      if (!valueText.isEmpty()) {
        try {
          value = Double.parseDouble(valueText.replace(',', '.').replace("%", "").strip());
          if (!Double.isFinite(value)) {
            throw new NumberFormatException(valueText);
          }
          if (unit.equals("percent") && (value < 0 || value > 100)) {
            problem("value", "figimport.error.percentRange", valueText);
          } else if (unit.equals("share") && (value < 0 || value > 1)) {
            problem("value", "figimport.error.shareRange", valueText);
          }
        } catch (NumberFormatException e) {
          problem("value", "figimport.error.notNumber", valueText);
        }
      }
      String population = required("population");
      String question = required("question");
      String scale = required("scale");
      String evidenceText = required("evidence");
      Evidence evidence = Evidence.UNKNOWN;
      if (!evidenceText.isEmpty()) {
        Optional<Evidence> e = Evidence.fromId(evidenceText);
        if (e.isEmpty()) {
          problem("evidence", "figimport.error.evidence", evidenceText);
        } else {
          evidence = e.get();
        }
      }
      String title = required("source_title");
      String url = required("source_url");
      if (!url.isEmpty() && !(url.startsWith("https://") || url.startsWith("http://"))) {
        problem("source_url", "figimport.error.notAddress", url);
      }
      boolean derived = flag("derived");
      boolean vendor = flag("vendor_claim");
      boolean disputed = flag("disputed");
      String variant = cell("variant");
      if (disputed && variant.isEmpty()) {
        problem("variant", "figimport.error.disputedWithoutVariant");
      }
      if (bad) {
        return Optional.empty();
      }
      return Optional.of(new Parsed(dataset, country, year, item, value, unit,
          new Provenance(title, url, year, population, derived, vendor),
          new FigureMethod(variant, question, scale, evidence, disputed)));
    }
  }

  private static FigureImportError error(String file, int row, String column, String key,
      Object... args) {
    List<Object> list = new ArrayList<>();
    for (Object a : args) {
      list.add(a instanceof Integer || a instanceof Long ? a.toString() : a);
    }
    return new FigureImportError(file, row, column, key, list);
  }

  private static FigureImportResult refused(String file, String key, Object... args) {
    return new FigureImportResult(0, 0, List.of(error(file, 0, "", key, args)));
  }

  private static String number(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
  }
}
