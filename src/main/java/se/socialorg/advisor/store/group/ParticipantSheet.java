package se.socialorg.advisor.store.group;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import se.socialorg.advisor.model.Goal;
import se.socialorg.advisor.model.Goals;
import se.socialorg.advisor.model.InputField;
import se.socialorg.advisor.model.Judgement;
import se.socialorg.advisor.model.Participant;
import se.socialorg.advisor.model.Scenario;
import se.socialorg.advisor.model.WeightMode;
import se.socialorg.advisor.store.AtomicFiles;
import se.socialorg.advisor.store.sheet.SheetException;
import se.socialorg.advisor.store.sheet.SheetReader;
import se.socialorg.advisor.store.sheet.SheetRow;

/**
 * The participant sheet for collecting answers without the app: an Excel workbook (.xlsx, read
 * through {@link SheetReader}) or a CSV file Excel opens (first line {@code sep=;}), one row per
 * participant, columns {@code name}, {@code role},
 * {@code weight}, then one column per goal (sliders 0-100) or one per pair of goals
 * ({@code FIRST/SECOND}: how many times the first matters more, 1/9 to 9, written {@code 3} or
 * {@code 1/3}). Imports all-or-nothing with problems numbered by CSV line or sheet row.
 */
public final class ParticipantSheet {

  /** Largest sheet read, in bytes. */
  public static final long MAX_BYTES = 1024 * 1024;

  /** Empty rows below the members in the Excel template, formatted for answers. */
  static final int TEMPLATE_SPARE_ROWS = 20;

  private static final byte[] ZIP = {'P', 'K', 3, 4};

  private static final String NAME = "name";
  private static final String ROLE = "role";
  private static final String WEIGHT = "weight";

  /** The template for this scenario: its participants, empty answer columns. */
  public String template(Scenario s, WeightMode mode) {
    StringWriter w = new StringWriter();
    w.write("sep=;\r\n");
    try (CSVPrinter p = new CSVPrinter(w, format())) {
      List<String> header = new ArrayList<>(List.of(NAME, ROLE, WEIGHT));
      header.addAll(answerColumns(mode));
      p.printRecord(header);
      for (Participant m : s.inputs().participants()) {
        List<String> row = new ArrayList<>(List.of(m.name(), m.role(), plain(m.weight())));
        for (int i = 0; i < answerColumns(mode).size(); i++) {
          row.add("");
        }
        p.printRecord(row);
      }
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return w.toString();
  }

  /**
   * Writes the template atomically: an Excel workbook when the file name ends in {@code .xlsx},
   * else the CSV text of {@link #template}.
   */
  public void writeTemplate(Scenario s, WeightMode mode, Path file) throws IOException {
    String fileName = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
    byte[] bytes = fileName.endsWith(".xlsx")
        ? workbookTemplate(s, mode) : template(s, mode).getBytes(StandardCharsets.UTF_8);
    AtomicFiles.write(file, bytes);
  }

  /**
   * The template as an Excel workbook: the same columns and rows as the CSV template, the answer
   * cells formatted as text so that a pair answer typed {@code 1/3} stays a ratio and does not
   * become a date.
   */
  public byte[] workbookTemplate(Scenario s, WeightMode mode) throws IOException {
    List<String> header = new ArrayList<>(List.of(NAME, ROLE, WEIGHT));
    header.addAll(answerColumns(mode));
    List<Participant> members = s.inputs().participants();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Workbook wb = new Workbook(out, "Social Org Advisor", "1.0");
    Worksheet ws = wb.newWorksheet("answers");
    for (int c = 0; c < header.size(); c++) {
      ws.value(0, c, header.get(c));
      ws.style(0, c).bold().set();
    }
    int rows = Math.max(members.size(), 1) + TEMPLATE_SPARE_ROWS;
    for (int r = 0; r < rows; r++) {
      if (r < members.size()) {
        Participant m = members.get(r);
        ws.value(r + 1, 0, m.name());
        ws.value(r + 1, 1, m.role());
        double w = m.weight();
        ws.value(r + 1, 2, w == Math.rint(w) ? (Number) (long) w : (Number) w);
      }
      for (int c = 3; c < header.size(); c++) {
        ws.style(r + 1, c).format("@").set();
      }
    }
    wb.finish();
    return out.toByteArray();
  }

  /** Goal columns for sliders, pair columns ({@code FIRST/SECOND}) for pairwise comparisons. */
  static List<String> answerColumns(WeightMode mode) {
    List<String> out = new ArrayList<>();
    Goal[] goals = Goal.values();
    if (mode == WeightMode.DIRECT) {
      for (Goal g : goals) {
        out.add(g.name());
      }
    } else {
      for (int i = 0; i < goals.length; i++) {
        for (int j = i + 1; j < goals.length; j++) {
          out.add(goals[i].name() + "/" + goals[j].name());
        }
      }
    }
    return out;
  }

  /** Imports the sheet into the scenario: all rows or none. */
  public JudgementForms.Imported importSheet(Scenario s, Path file) throws GroupImportException {
    String name = String.valueOf(file.getFileName());
    String text;
    try {
      if (Files.size(file) > MAX_BYTES) {
        throw one(name, 0, "group.import.tooLarge", MAX_BYTES / 1024);
      }
      if (isWorkbook(file)) {
        return importRows(s, workbookRows(file, name), name);
      }
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw one(name, 0, "group.import.unreadable", String.valueOf(e.getMessage()));
    }
    return importText(s, text, name);
  }

  /** True when the file is a zip archive, as an .xlsx workbook is. */
  private static boolean isWorkbook(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return java.util.Arrays.equals(in.readNBytes(ZIP.length), ZIP);
    }
  }

  /** The workbook's non-blank rows, numbered as Excel numbers them. */
  private static List<SheetRow> workbookRows(Path file, String name) throws GroupImportException {
    List<SheetRow> rows = new ArrayList<>();
    try (SheetReader r = SheetReader.open(file)) {
      for (SheetRow row = r.next(); row != null; row = r.next()) {
        rows.add(row);
      }
    } catch (SheetException e) {
      String key = e.messageKey();
      if (key.equals("sheet.error.protected") || key.equals("sheet.error.corrupt")) {
        throw new GroupImportException(List.of(new GroupImportProblem(name, e.row(), key, e.args())));
      }
      throw one(name, e.row(), "group.import.sheet.unreadable");
    }
    return rows;
  }

  /** Imports the sheet's text; {@code name} names it in problems. */
  public JudgementForms.Imported importText(Scenario s, String text, String name)
      throws GroupImportException {
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    long offset = 0;
    char delimiter = ';';
    if (text.regionMatches(true, 0, "sep=", 0, 4) && text.length() > 4) {
      delimiter = text.charAt(4);
      int nl = text.indexOf('\n');
      text = nl < 0 ? "" : text.substring(nl + 1);
      offset = 1;
    } else if (!text.isEmpty() && text.lines().findFirst().orElse("").indexOf(';') < 0) {
      delimiter = ',';
    }
    List<CSVRecord> records;
    try (Reader r = new StringReader(text)) {
      records = format().builder().setDelimiter(delimiter).get().parse(r).getRecords();
    } catch (IOException | RuntimeException e) {
      throw one(name, 0, "group.import.sheet.unreadable");
    }
    List<SheetRow> rows = new ArrayList<>();
    for (CSVRecord rec : records) {
      List<String> cells = new ArrayList<>();
      rec.forEach(cells::add);
      rows.add(new SheetRow(rec.getRecordNumber() + offset, cells));
    }
    return importRows(s, rows, name);
  }

  /**
   * Imports rows read from a CSV file or a workbook: the first is the header; each row's number
   * names it in problems.
   */
  private JudgementForms.Imported importRows(Scenario s, List<SheetRow> records, String name)
      throws GroupImportException {
    if (records.isEmpty()) {
      throw one(name, 0, "group.import.sheet.empty");
    }
    List<String> header = new ArrayList<>();
    records.get(0).cells().forEach(h -> header.add(h.strip()));
    long headerLine = records.get(0).number();
    WeightMode mode = modeOf(header);
    if (mode == null) {
      throw one(name, headerLine, "group.import.sheet.badHeader", String.join(";", answerColumns(WeightMode.DIRECT).subList(0, 2)));
    }
    List<GroupImportProblem> problems = new ArrayList<>();
    List<Participant> ps = new ArrayList<>(s.inputs().participants());
    Map<String, Integer> byKey = new HashMap<>();
    for (int i = 0; i < ps.size(); i++) {
      byKey.put(ps.get(i).key(), i);
    }
    Map<String, Long> seenInSheet = new HashMap<>();
    List<String> imported = new ArrayList<>();
    for (SheetRow rec : records.subList(1, records.size())) {
      long line = rec.number();
      Map<String, String> row = new HashMap<>();
      boolean blank = true;
      for (int c = 0; c < header.size(); c++) {
        String v = rec.cell(c).strip();
        row.put(header.get(c), v);
        blank &= v.isEmpty();
      }
      if (blank) {
        continue;
      }
      String who = row.getOrDefault(NAME, "");
      if (who.isEmpty()) {
        problems.add(new GroupImportProblem(name, line, "group.import.sheet.noName", List.of()));
        continue;
      }
      if (who.length() > Participant.MAX_NAME_LENGTH || row.getOrDefault(ROLE, "").length() > Participant.MAX_NAME_LENGTH) {
        problems.add(new GroupImportProblem(name, line, "group.import.sheet.tooLong", List.of(who, Participant.MAX_NAME_LENGTH)));
        continue;
      }
      String key = who.toLowerCase(Locale.ROOT);
      Long earlier = seenInSheet.putIfAbsent(key, line);
      if (earlier != null) {
        problems.add(new GroupImportProblem(name, line, "group.import.sheet.twice", List.of(who, earlier)));
        continue;
      }
      double weight = Participant.DEFAULT_WEIGHT;
      String wText = row.getOrDefault(WEIGHT, "");
      if (!wText.isEmpty()) {
        Double w = number(wText);
        if (w == null || !(w > 0) || w > Participant.MAX_WEIGHT) {
          problems.add(new GroupImportProblem(name, line, "group.import.sheet.badWeight", List.of(who, wText)));
          continue;
        }
        weight = w;
      }
      Goals goals;
      try {
        goals = answers(mode, row, who);
      } catch (IllegalArgumentException e) {
        problems.add(new GroupImportProblem(name, line, "group.import.sheet.badAnswer", List.of(who, e.getMessage())));
        continue;
      }
      Participant answered = new Participant(who, row.getOrDefault(ROLE, ""), weight, goals);
      if (!answered.answered()) {
        problems.add(new GroupImportProblem(name, line, "group.import.nothingAnswered", List.of(who)));
        continue;
      }
      Integer index = byKey.get(answered.key());
      if (index == null) {
        if (ps.size() >= Participant.MAX_PARTICIPANTS) {
          problems.add(new GroupImportProblem(name, line, "group.import.sheet.tooMany", List.of(Participant.MAX_PARTICIPANTS)));
          continue;
        }
        ps.add(answered);
        byKey.put(answered.key(), ps.size() - 1);
      } else if (ps.get(index).answered()) {
        problems.add(new GroupImportProblem(name, line, "group.import.alreadyImported", List.of(ps.get(index).name())));
        continue;
      } else {
        Participant old = ps.get(index);
        ps.set(index, new Participant(old.name(), answered.role().isEmpty() ? old.role() : answered.role(),
            wText.isEmpty() ? old.weight() : weight, goals, old.formId()));
      }
      imported.add(who);
    }
    if (!problems.isEmpty()) {
      throw new GroupImportException(problems);
    }
    if (imported.isEmpty()) {
      throw one(name, 0, "group.import.sheet.empty");
    }
    List<String> missing = ps.stream().filter(p -> !p.answered()).map(Participant::name).toList();
    return new JudgementForms.Imported(s.withInputs(s.inputs().withParticipants(ps)), imported, missing);
  }

  private static WeightMode modeOf(List<String> header) {
    if (!header.contains(NAME)) {
      return null;
    }
    for (WeightMode m : WeightMode.values()) {
      if (header.containsAll(answerColumns(m))) {
        return m;
      }
    }
    return null;
  }

  /** The row's answers; an empty cell is no answer (slider 0, pair not compared). */
  private static Goals answers(WeightMode mode, Map<String, String> row, String who) {
    if (mode == WeightMode.DIRECT) {
      Map<Goal, Double> sliders = new EnumMap<>(Goal.class);
      for (Goal g : Goal.values()) {
        String v = row.get(g.name());
        if (v.isEmpty()) {
          continue;
        }
        Double d = number(v);
        if (d == null || d < 0 || d > 100) {
          throw new IllegalArgumentException(g.name() + " = " + v);
        }
        sliders.put(g, d);
      }
      return new Goals(WeightMode.DIRECT, sliders, List.of());
    }
    List<Judgement> js = new ArrayList<>();
    for (String col : answerColumns(WeightMode.PAIRWISE)) {
      String v = row.get(col);
      if (v.isEmpty()) {
        continue;
      }
      Double r = ratio(v);
      if (r == null || r < InputField.MIN_RATIO - 1e-9 || r > InputField.MAX_RATIO + 1e-9) {
        throw new IllegalArgumentException(col + " = " + v);
      }
      String[] g = col.split("/");
      js.add(new Judgement(Goal.valueOf(g[0]), Goal.valueOf(g[1]), r));
    }
    if (!js.isEmpty()) {
      try {
        se.socialorg.advisor.engine.GoalWeights.of(new Goals(WeightMode.PAIRWISE, Map.of(), js));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(e.getMessage().replaceFirst("^goals\\.judgements: ", ""));
      }
    }
    return new Goals(WeightMode.PAIRWISE, Map.of(), js);
  }

  /** A number written with a decimal point or comma. */
  private static Double number(String v) {
    try {
      double d = Double.parseDouble(v.replace(',', '.').replace("\u00a0", "").replace(" ", ""));
      return Double.isFinite(d) ? d : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** A ratio written {@code 3}, {@code 0,5} or {@code 1/3}. */
  private static Double ratio(String v) {
    int slash = v.indexOf('/');
    if (slash < 0) {
      return number(v);
    }
    Double a = number(v.substring(0, slash));
    Double b = number(v.substring(slash + 1));
    return a == null || b == null || b == 0 ? null : a / b;
  }

  private static String plain(double d) {
    return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
  }

  private static CSVFormat format() {
    return CSVFormat.DEFAULT.builder().setDelimiter(';').setRecordSeparator("\r\n").get();
  }

  private static GroupImportException one(String file, long line, String key, Object... args) {
    return new GroupImportException(List.of(new GroupImportProblem(file, line, key, List.of(args))));
  }
}
