package se.socialorg.advisor.present.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import se.socialorg.advisor.engine.DecisionEngine;
import se.socialorg.advisor.engine.Figures;
import se.socialorg.advisor.engine.FollowUpAnalysis;
import se.socialorg.advisor.engine.FollowUpResult;
import se.socialorg.advisor.engine.KpiStatus;
import se.socialorg.advisor.engine.Measure;
import se.socialorg.advisor.engine.MonthComparison;
import se.socialorg.advisor.present.ReasonFormatter;
import se.socialorg.advisor.engine.WhatIf;
import se.socialorg.advisor.i18n.I18n;
import se.socialorg.advisor.model.ActualsImport;
import se.socialorg.advisor.model.Alternative;
import se.socialorg.advisor.model.FollowUp;
import se.socialorg.advisor.model.PlanItem;
import se.socialorg.advisor.model.Scenario;
import se.socialorg.advisor.store.report.ReportDocument.Block;
import se.socialorg.advisor.store.report.ReportDocument.Paragraph;
import se.socialorg.advisor.store.report.ReportDocument.Section;
import se.socialorg.advisor.store.report.ReportDocument.Subheading;
import se.socialorg.advisor.store.report.ReportDocument.Table;

/**
 * The report's follow-up section: the decision record, the plan, and actual results beside the
 * projection with their status, when the scenario has a follow-up.
 */
public final class FollowUpSection {

  private FollowUpSection() {}

  /** The section, or empty when nothing has been recorded after the decision. */
  public static Optional<Section> of(Scenario scenario, FollowUp f, I18n i18n, DecisionEngine engine) {
    if (f.equals(FollowUp.empty())) {
      return Optional.empty();
    }
    ReasonFormatter fmt = new ReasonFormatter(i18n);
    Alternative followed =
        scenario.decision().taken() != null ? scenario.decision().taken() : engine.evaluate(scenario.inputs()).recommended();
    List<Block> b = new ArrayList<>();
    b.add(new Paragraph(i18n.t("report.followup.record",
        fmt.name(followed),
        f.decidedOn() == null ? i18n.t("report.notGiven") : f.decidedOn().toString(),
        f.owner().isBlank() ? i18n.t("report.notGiven") : f.owner(),
        f.reviewDates().isEmpty() ? i18n.t("report.notGiven")
            : String.join(", ", f.reviewDates().stream().map(LocalDate::toString).toList()))));
    if (!f.plan().isEmpty()) {
      b.add(new Subheading(i18n.t("followup.plan")));
      List<List<String>> rows = new ArrayList<>();
      for (PlanItem p : f.plan()) {
        rows.add(List.of(p.action(), p.owner(), p.due() == null ? "" : p.due().toString(),
            i18n.t("followup.status.plan." + p.status().name())));
      }
      b.add(new Table(List.of(i18n.t("followup.plan.action"), i18n.t("followup.plan.owner"),
          i18n.t("followup.plan.due"), i18n.t("report.followup.status")), rows, List.of(3.0, 1.5, 1.2, 1.2)));
    }
    if (!f.imports().isEmpty()) {
      FollowUpResult r = FollowUpAnalysis.compare(scenario.inputs(), followed,
          FollowUpAnalysis.start(f.decidedOn(), f.imports()), f.imports(), f.costs(), f.targets());
      b.add(new Subheading(i18n.t("followup.results")));
      b.add(new Paragraph(i18n.t("followup.results.covered", r.months(), r.start().toString())));
      if (!r.gaps().isEmpty()) {
        b.add(new Paragraph(i18n.t("followup.results.gaps",
            String.join(", ", r.gaps().stream().map(Object::toString).toList()))));
      }
      String currency = scenario.inputs().resources().currency();
      List<List<String>> rows = new ArrayList<>();
      for (MonthComparison m : r.monthly()) {
        rows.add(m.gap() ? List.of(m.month().toString(), i18n.t("followup.cli.gap"), "", "", "", "", "")
            : row(m.month().toString(), m.actual(), m.projected(), i18n));
      }
      rows.add(row(i18n.t("followup.cli.total"), r.actual(), r.projected(), i18n));
      b.add(new Table(List.of(i18n.t("followup.cli.col.month"), i18n.t("followup.cli.col.impressions"),
          i18n.t("followup.cli.col.projected"), i18n.t("followup.cli.col.clicks"), i18n.t("followup.cli.col.projected"),
          i18n.t("followup.cli.col.value", currency), i18n.t("followup.cli.col.projected")), rows,
          List.of(1.1, 1.3, 1.3, 1.0, 1.0, 1.3, 1.3)));
      for (Measure m : Measure.values()) {
        KpiStatus s = r.status().get(m);
        if (s != null) {
          b.add(new Paragraph(i18n.t("followup.cli.statusLine", i18n.t("followup.measure." + m.name().toLowerCase(Locale.ROOT)),
              i18n.t("followup.status." + s.name().toLowerCase(Locale.ROOT)), r.actual().get(m) / r.projected().get(m))));
        }
      }
      if (r.observed().any()) {
        WhatIf w = FollowUpAnalysis.whatIf(scenario.inputs(), followed, r.observed(), engine);
        var p = w.adopted().projection();
        b.add(new Paragraph(i18n.t("followup.cli.whatIf", i18n.percent(p.organicVisibility(), 1),
            i18n.percent(p.brandClickThrough(), 2), p.months(), w.observed().impressions(), w.observed().clicks(),
            w.observed().roi(), w.assumed().impressions(), w.assumed().clicks(), w.assumed().roi())));
      }
      List<String> sources = new ArrayList<>();
      for (ActualsImport i : f.imports()) {
        sources.add(i18n.t("followup.import.row", i.fileName(), i18n.t("followup.source." + i.source().name()),
            i.from().toString(), i.to().toString(), i.importedAt().toString().substring(0, 10)));
      }
      b.add(new Paragraph(i18n.t("report.followup.sources", String.join("; ", sources)), true));
    }
    return Optional.of(new Section(i18n.t("followup.title"), b));
  }

  private static List<String> row(String label, Figures a, Figures p, I18n i18n) {
    return List.of(label, n(a.impressions(), i18n), n(p.impressions(), i18n), n(a.clicks(), i18n),
        n(p.clicks(), i18n), n(a.value(), i18n), n(p.value(), i18n));
  }

  private static String n(double v, I18n i18n) {
    return Double.isNaN(v) ? i18n.t("followup.cli.none") : i18n.number(v, 0);
  }
}
