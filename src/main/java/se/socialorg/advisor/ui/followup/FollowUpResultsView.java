package se.socialorg.advisor.ui.followup;

import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.scene.chart.BarChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import se.socialorg.advisor.engine.FollowUpResult;
import se.socialorg.advisor.engine.KpiStatus;
import se.socialorg.advisor.engine.Measure;
import se.socialorg.advisor.engine.MonthComparison;
import se.socialorg.advisor.present.ReasonFormatter;
import se.socialorg.advisor.engine.WhatIf;
import se.socialorg.advisor.i18n.I18n;
import se.socialorg.advisor.present.FollowUpChartData;
import se.socialorg.advisor.ui.ScreenHost;
import se.socialorg.advisor.ui.charts.Charts;

/** The follow-up's results: actual against projected per measure, the chart, the table, the what-if. */
final class FollowUpResultsView {

  private static final double GAP = FollowUpNodes.GAP;

  private final ScreenHost host;
  private final FollowUpViewModel model;
  private final I18n t;
  private final VBox resultsBox;
  private final Charts charts;
  private final BarChart<String, Number> chart;

  FollowUpResultsView(ScreenHost host, FollowUpViewModel model, VBox resultsBox) {
    this.host = host;
    this.model = model;
    this.t = host.i18n();
    this.resultsBox = resultsBox;
    this.charts = new Charts(t, host.dialogs(), host.services().executor());
    this.chart = charts.bars("followUpChart", t.t("followup.chart"), t.t("followup.chart.axis"), List.of());
    chart.setPrefHeight(300);
    if (chart.getYAxis() instanceof javafx.scene.chart.NumberAxis y) {
      y.setTickLabelFormatter(new StringConverter<>() {
        @Override
        public String toString(Number n) {
          return t.number(n.doubleValue(), 0);
        }

        @Override
        public Number fromString(String s) {
          return null;
        }
      });
    }
  }

  void draw(FollowUpResult r, WhatIf w) {
    resultsBox.getChildren().clear();
    if (r == null) {
      Label none = new Label(t.t("followup.results.none"));
      none.getStyleClass().add("text-muted");
      resultsBox.getChildren().add(none);
      return;
    }
    String currency = host.session().scenario().inputs().resources().currency();
    Label covered = new Label(t.t("followup.results.covered", r.months(), r.start().toString()));
    covered.setId("followUpCovered");
    covered.setWrapText(true);
    resultsBox.getChildren().add(covered);
    if (!r.gaps().isEmpty()) {
      Label gaps = new Label(t.t("followup.results.gaps", String.join(", ", r.gaps().stream().map(Object::toString).toList())));
      gaps.setId("followUpGaps");
      gaps.setWrapText(true);
      resultsBox.getChildren().add(gaps);
    }
    FlowPane status = new FlowPane(GAP, 6);
    status.setId("kpiStatus");
    for (Measure m : Measure.values()) {
      KpiStatus s = r.status().get(m);
      Label l = new Label(s == null
          ? t.t("followup.results.notProjected", t.t("followup.measure." + key(m)))
          : t.t("followup.cli.statusLine", t.t("followup.measure." + key(m)), statusText(s), r.actual().get(m) / r.projected().get(m)));
      l.setId("kpiStatus_" + m.name());
      l.getStyleClass().add("compare-card");
      status.getChildren().add(l);
    }
    resultsBox.getChildren().add(status);
    charts.update(chart, FollowUpChartData.points(t, r));
    resultsBox.getChildren().add(chart);
    if (!r.gaps().isEmpty()) {
      Label note = new Label(t.t("followup.chart.gapNote"));
      note.setId("followUpChartGapNote");
      note.setWrapText(true);
      note.getStyleClass().add("text-muted");
      resultsBox.getChildren().add(note);
    }
    resultsBox.getChildren().add(table(r, currency));
    if (w != null) {
      var p = w.adopted().projection();
      Label what = new Label(t.t("followup.cli.whatIf", t.percent(p.organicVisibility(), 1), t.percent(p.brandClickThrough(), 2),
          p.months(), w.observed().impressions(), w.observed().clicks(), w.observed().roi(),
          w.assumed().impressions(), w.assumed().clicks(), w.assumed().roi()));
      what.setId("whatIf");
      what.setWrapText(true);
      ReasonFormatter names = new ReasonFormatter(t);
      Label holds = new Label(w.recommendationHolds()
          ? t.t("followup.cli.holds", names.name(w.recommendedAfter()))
          : t.t("followup.cli.changes", names.name(w.recommendedBefore()), names.name(w.recommendedAfter())));
      holds.setId("recommendationHolds");
      Label best = new Label(t.t("followup.bestReturn", names.name(w.bestReturnAfter())));
      best.setId("bestReturn");
      Button adopt = FollowUpNodes.button("adoptObserved", t.t("followup.adopt"));
      adopt.setOnAction(e -> model.adoptObserved());
      resultsBox.getChildren().addAll(what, holds, best, adopt);
    }
  }

  private TableView<MonthComparison> table(FollowUpResult r, String currency) {
    TableView<MonthComparison> table = new TableView<>(FXCollections.observableArrayList(r.monthly()));
    table.setId("followUpTable");
    // two header rows (measure, then actual/projected) and every month without scrolling, up to a year
    table.setPrefHeight(Math.min(560, 90 + 42 * r.monthly().size()));
    table.setMinHeight(Region.USE_PREF_SIZE);
    table.getColumns().add(column(t.t("followup.cli.col.month"), m -> m.month().toString()));
    for (Measure x : Measure.values()) {
      String unit = x == Measure.COST || x == Measure.VALUE ? " (" + currency + ")" : "";
      TableColumn<MonthComparison, String> group = new TableColumn<>(t.t("followup.measure." + key(x)) + unit);
      group.getColumns().add(column(t.t("followup.chart.actual"),
          m -> FollowUpChartData.actualCell(t, m, x)));
      if (x != Measure.ENGAGEMENT) {
        group.getColumns().add(column(t.t("followup.chart.projected"),
            m -> FollowUpChartData.projectedCell(t, m, x)));
      }
      table.getColumns().add(group);
    }
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
    return table;
  }

  private TableColumn<MonthComparison, String> column(String title, java.util.function.Function<MonthComparison, String> value) {
    TableColumn<MonthComparison, String> c = new TableColumn<>(title);
    c.setCellValueFactory(x -> new ReadOnlyStringWrapper(value.apply(x.getValue())));
    return c;
  }

  private String statusText(KpiStatus s) {
    return FollowUpNodes.statusText(t, s);
  }

  private static String key(Measure m) {
    return m.name().toLowerCase(Locale.ROOT);
  }
}
