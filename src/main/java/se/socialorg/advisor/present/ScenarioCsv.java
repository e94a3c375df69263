package se.socialorg.advisor.present;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import se.socialorg.advisor.engine.MonthPoint;
import se.socialorg.advisor.engine.RankedAlternative;
import se.socialorg.advisor.i18n.I18n;
import se.socialorg.advisor.model.Goal;
import se.socialorg.advisor.model.InputField;
import se.socialorg.advisor.model.Scenario;
import se.socialorg.advisor.store.survey.CsvExport;

/**
 * The scenario's inputs and results as one CSV table (section, item, value, source) for a
 * spreadsheet. Swedish files use semicolons and decimal commas, as Swedish Excel expects; text
 * is made formula-safe by {@link CsvExport}.
 */
public final class ScenarioCsv {

  private ScenarioCsv() {}

  /** Writes the table for {@code scenario}, analysed with {@code analysis}, to {@code file}. */
  public static void write(Path file, Scenario scenario, Analysis analysis, I18n i18n)
      throws IOException {
    boolean swedish = "sv".equals(i18n.language());
    new CsvExport(swedish ? ';' : ',').write(file, headers(i18n), rows(scenario, analysis, i18n));
  }

  static List<String> headers(I18n i18n) {
    return List.of(i18n.t("report.csv.col.section"), i18n.t("report.csv.col.item"),
        i18n.t("report.csv.col.value"), i18n.t("report.csv.col.source"));
  }

  static List<List<Object>> rows(Scenario s, Analysis a, I18n i18n) {
    boolean comma = "sv".equals(i18n.language());
    ReasonFormatter fmt = new ReasonFormatter(i18n);
    List<List<Object>> rows = new ArrayList<>();
    String scenario = i18n.t("report.csv.section.scenario");
    rows.add(List.of(scenario, i18n.t("report.organisation", ""), s.organisationName(), ""));
    rows.add(List.of(scenario, i18n.t("report.scenario", ""), s.name(), ""));
    rows.add(List.of(scenario, i18n.t("report.csv.recommended"),
        fmt.name(a.evaluation().recommended()), i18n.t("wizard.result.scoreSource")));
    rows.add(List.of(scenario, i18n.t("wizard.result.decision"),
        s.decision().taken() == null ? i18n.t("wizard.result.undecided")
            : fmt.name(s.decision().taken()), ""));
    rows.add(List.of(scenario, i18n.t("wizard.result.notes"), s.decision().notes(), ""));
    String inputs = i18n.t("report.csv.section.inputs");
    for (InputField f : InputField.values()) {
      rows.add(List.of(inputs, i18n.t("field." + f.name()), num(f.read(s.inputs()), comma),
          f.path()));
    }
    rows.add(List.of(inputs, i18n.t("wizard.trust.country"), s.inputs().trust().country(), ""));
    rows.add(List.of(inputs, i18n.t("wizard.trust.industry"), s.inputs().trust().industry(), ""));
    String weights = i18n.t("report.csv.section.weights");
    for (Goal g : Goal.values()) {
      rows.add(List.of(weights, i18n.t("goal." + g.name()),
          num(a.evaluation().weights().getOrDefault(g, 0.0), comma), ""));
    }
    String ranking = i18n.t("report.csv.section.ranking");
    for (RankedAlternative r : a.evaluation().ranking()) {
      rows.add(List.of(ranking, fmt.name(r.model()), num(r.score(), comma), ""));
    }
    String first = i18n.t("report.csv.section.acceptability");
    for (RankedAlternative r : a.evaluation().ranking()) {
      rows.add(List.of(first, fmt.name(r.model()),
          num(a.acceptability().probability(r.model()), comma),
          i18n.t("wizard.result.acceptability.source", a.acceptability().draws())));
    }
    String projection = i18n.t("report.csv.section.projection");
    for (RankedAlternative r : a.evaluation().ranking()) {
      if (!a.projection().series().containsKey(r.model())) {
        continue;
      }
      MonthPoint p = a.projection().last(r.model());
      String name = fmt.name(r.model());
      rows.add(List.of(projection, name + ": " + i18n.t("report.col.impressions"),
          num(p.impressions(), comma), ""));
      rows.add(List.of(projection, name + ": " + i18n.t("report.col.clicks"),
          num(p.clicks(), comma), ""));
      rows.add(List.of(projection, name + ": " + i18n.t("wizard.result.metric.cost"),
          num(p.cumulativeCost(), comma), s.inputs().resources().currency()));
      rows.add(List.of(projection, name + ": " + i18n.t("wizard.result.metric.emv"),
          num(p.cumulativeValue(), comma), s.inputs().resources().currency()));
      rows.add(List.of(projection, name + ": " + i18n.t("report.col.roi"),
          num(p.roi(), comma), ""));
    }
    return rows;
  }

  /** A plain number a spreadsheet reads: {@link Numbers#plain}. */
  static String num(double v, boolean decimalComma) {
    return Numbers.plain(v, decimalComma ? Locale.forLanguageTag("sv") : Locale.ENGLISH);
  }
}
