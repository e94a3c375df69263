package se.socialorg.advisor.present;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import se.socialorg.advisor.engine.Advice;
import se.socialorg.advisor.engine.MoneyFigures;
import se.socialorg.advisor.engine.MoneyOutlook;
import se.socialorg.advisor.engine.ProjectionCase;
import se.socialorg.advisor.i18n.I18n;
import se.socialorg.advisor.model.Alternative;
import se.socialorg.advisor.model.Scenario;

/**
 * The comparison of scenarios as one table for the exports (CSV and PDF), in one language: for
 * each scenario its case (organisation, scenario, author, date), its recommendation with the
 * confidence and the scores, and money for the recommended model (conservative case). Cells are
 * either for reading (locale numbers with units, {@link #forReading}) or for a spreadsheet (plain
 * numbers, {@link #forSpreadsheet}).
 *
 * @param titles the scenarios' titles, one column each
 * @param groups the rows, in groups with a heading
 */
public record CompareTable(List<String> titles, List<Group> groups) {

  /** Months after which money is shown: a year and two (as in the executive summary). */
  public static final List<Integer> MONTHS = MoneyOutlook.HORIZONS;

  /** One scenario in the comparison with its analysis. */
  public record Entry(String title, Scenario scenario, Analysis analysis) {}

  /** A heading and its rows. */
  public record Group(String heading, List<Row> rows) {
    public Group {
      rows = List.copyOf(rows);
    }
  }

  /** One row: what it shows, then one cell per scenario. */
  public record Row(String label, List<String> cells) {
    public Row {
      cells = List.copyOf(cells);
    }
  }

  public CompareTable {
    titles = List.copyOf(titles);
    groups = List.copyOf(groups);
  }

  /** Cells for reading: numbers, percentages and money as {@code i18n}'s locale writes them. */
  public static CompareTable forReading(List<Entry> entries, I18n i18n, LocalDate today) {
    return new Builder(entries, i18n, today, false).build();
  }

  /** Cells for a spreadsheet: plain numbers ({@link Numbers#plain}), money without currency. */
  public static CompareTable forSpreadsheet(List<Entry> entries, I18n i18n, LocalDate today) {
    return new Builder(entries, i18n, today, true).build();
  }

  /** The one model every scenario recommends, or null when they differ. */
  public static Alternative sameRecommendation(List<Entry> entries) {
    List<Alternative> models = entries.stream()
        .map(e -> e.analysis().evaluation().recommended()).distinct().toList();
    return models.size() == 1 ? models.get(0) : null;
  }

  private static final class Builder {
    private final List<Entry> entries;
    private final List<Advice> advice = new ArrayList<>();
    private final I18n t;
    private final LocalDate today;
    private final boolean plain;

    Builder(List<Entry> entries, I18n t, LocalDate today, boolean plain) {
      this.entries = List.copyOf(entries);
      this.t = t;
      this.today = today;
      this.plain = plain;
      for (Entry e : this.entries) {
        advice.add(e.analysis().advice());
      }
    }

    CompareTable build() {
      List<Group> groups = new ArrayList<>();
      List<Row> rows = new ArrayList<>();
      rows.add(row("compare.row.organisation",
          i -> orNotGiven(scenario(i).organisationName())));
      rows.add(row("compare.row.scenario", i -> scenario(i).name().isBlank()
          ? t.t("file.untitled") : scenario(i).name()));
      rows.add(row("compare.row.author", i -> orNotGiven(scenario(i).author())));
      rows.add(row("compare.row.date", i -> date(scenario(i).date())));
      groups.add(new Group(t.t("compare.group.case"), rows));

      rows = new ArrayList<>();
      rows.add(new Row(t.t("compare.recommended"), cells(i ->
          model(advice.get(i).evaluation().recommended()))));
      rows.add(row("compare.row.confidence",
          i -> t.t("advice.level." + advice.get(i).confidence().name())));
      rows.add(row("compare.row.chanceFirst", i -> percent(advice.get(i).chanceFirst())));
      rows.add(row("compare.row.lead", i -> number(advice.get(i).leadPoints(), 1)));
      for (Alternative a : Alternative.values()) {
        rows.add(new Row(t.t("compare.score", model(a)), cells(i -> {
          double v = advice.get(i).evaluation().total(a);
          return Double.isNaN(v) ? (plain ? "" : t.t("compare.notOffered")) : number(v, 3);
        })));
      }
      rows.add(new Row(t.t("wizard.result.decision"), cells(i ->
          scenario(i).decision().taken() == null ? t.t("wizard.result.undecided")
              : model(scenario(i).decision().taken()))));
      groups.add(new Group(t.t("compare.group.advice"), rows));

      rows = new ArrayList<>();
      rows.add(row("compare.row.currency", i -> currency(i)));
      rows.add(row("compare.row.headcount", i -> number(money(i, MONTHS.get(0)).headcount(), 1)));
      for (int months : MONTHS) {
        rows.add(new Row(t.t("compare.row.cost", months),
            cells(i -> amount(money(i, months).cost(), currency(i)))));
        rows.add(new Row(t.t("compare.row.value", months),
            cells(i -> amount(money(i, months).value(), currency(i)))));
      }
      groups.add(new Group(t.t("compare.group.money"), rows));
      return new CompareTable(entries.stream().map(Entry::title).toList(), groups);
    }

    private Scenario scenario(int i) {
      return entries.get(i).scenario();
    }

    private MoneyFigures money(int i, int months) {
      MoneyOutlook m = advice.get(i).money();
      return m.figure(m.recommended(), ProjectionCase.CONSERVATIVE, months);
    }

    private String currency(int i) {
      return advice.get(i).money().currency();
    }

    private Row row(String key, Function<Integer, String> cell) {
      return new Row(t.t(key), cells(cell));
    }

    private List<String> cells(Function<Integer, String> cell) {
      List<String> out = new ArrayList<>();
      for (int i = 0; i < entries.size(); i++) {
        out.add(cell.apply(i));
      }
      return out;
    }

    private String model(Alternative a) {
      return t.t("alternative." + a.name());
    }

    private String orNotGiven(String text) {
      return text == null || text.isBlank() ? t.t("report.notGiven") : text;
    }

    /** The case's date in the locale's long form (a spreadsheet gets ISO); else not given. */
    private String date(String iso) {
      if (iso == null || iso.isBlank()) {
        return t.t("report.notGiven");
      }
      try {
        LocalDate day = LocalDate.parse(iso);
        return plain ? day.toString() : day.format(
            DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(t.locale()));
      } catch (DateTimeParseException e) {
        return iso;
      }
    }

    private String number(double v, int decimals) {
      return plain ? Numbers.plain(v, locale()) : t.number(v, decimals);
    }

    private String percent(double share) {
      return plain ? Numbers.plain(share, locale()) : t.percent(share, 0);
    }

    private String amount(double v, String currency) {
      return plain ? Numbers.plain(Math.round(v), locale()) : t.money(v, currency);
    }

    private Locale locale() {
      return t.locale();
    }
  }
}
