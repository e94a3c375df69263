package se.socialorg.advisor.ui.wizard;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import se.socialorg.advisor.model.Dataset;
import se.socialorg.advisor.model.InputField;
import se.socialorg.advisor.model.ReferenceFigure;
import se.socialorg.advisor.present.ProvenanceText;
import se.socialorg.advisor.present.ChartPoint;

/**
 * Step 5: budget, salaries, platform and coaching costs, the projection's assumptions, and the
 * Sveriges Annonsörer 2012 charts on how scarce social-media communicators are.
 */
final class ResourcesStep implements WizardStep {

  private final StepContext c;
  private final VBox view = new VBox(14);
  private final WizardCharts.Handle hiringChart;
  private final WizardCharts.Handle trendsChart;
  private boolean loaded;

  ResourcesStep(StepContext c, ResourcesStepViewModel vm) {
    this.c = c;
    String currency = vm.currencyProperty().get();
    ComboBox<String> cur = StepContext.id(new ComboBox<>(), "currencyChoice");
    cur.getItems().setAll(vm.currenciesProperty().get());
    cur.setValue(currency);
    Label curLabel = new Label(c.t("wizard.resources.currency"));
    curLabel.setLabelFor(cur);

    GridPane grid = FieldFactory.grid();
    grid.addRow(0, curLabel, cur);
    int row = 1;
    for (InputField f : ResourcesStepViewModel.COSTS) {
      c.fields().number(grid, row++, vm.field(f), currency);
    }
    c.fields().scale(grid, row, InputField.HIRING_DIFFICULTY);

    GridPane projection = FieldFactory.grid();
    int prow = 0;
    for (InputField f : ResourcesStepViewModel.PROJECTION) {
      c.fields().number(projection, prow++, vm.field(f), currency);
    }
    TitledPane advanced = new TitledPane(c.t("wizard.resources.projection"),
        new VBox(8, c.note(c.t("wizard.resources.projection.note")), projection,
            c.sectionTitle("wizard.assumptions.title"), new AssumptionsEditor(c, vm).view()));
    advanced.setId("projectionAssumptions");
    advanced.setExpanded(false);

    cur.valueProperty().addListener((o, a, b) -> vm.chooseCurrency(b));
    c.subscriptions().listen(vm.currenciesProperty(), (o, a, b) -> cur.getItems().setAll(b));
    c.subscriptions().listen(vm.currencyProperty(), (o, a, b) -> cur.setValue(b));

    hiringChart = c.services().charts().horizontalBars("hiringChart", c.t("wizard.resources.chart.hiring"),
        c.t("wizard.resources.chart.axis"));
    trendsChart = c.services().charts().horizontalBars("trendsChart", c.t("wizard.resources.chart.trends"),
        c.t("wizard.resources.chart.axis"));
    view.getChildren().setAll(grid, advanced, c.note(c.t("wizard.resources.context")),
        new FlowPane(12, 12, hiringChart.node(), trendsChart.node()));
  }

  @Override
  public String key() {
    return "wizard.resources";
  }

  @Override
  public Node view() {
    return view;
  }

  @Override
  public void shown() {
    if (loaded) {
      return;
    }
    loaded = true;
    WizardData data = c.services().data();
    c.services().run(() -> {
        return List.of(data.figures(Dataset.SA2012_HIRING, null, null),
            data.figures(Dataset.SA2012_TRENDS, null, null));
    }, lists -> {
      hiringChart.setPoints(points(lists.get(0), "wizard.resources.hiring."));
      trendsChart.setPoints(points(lists.get(1), "wizard.resources.trend."));
    });
  }

  private List<ChartPoint> points(List<ReferenceFigure> figures, String prefix) {
    List<ChartPoint> out = new ArrayList<>();
    for (ReferenceFigure f : figures) {
      String key = prefix + f.item();
      out.add(new ChartPoint(c.i18n().has(key) ? c.t(key) : f.item(), Integer.toString(f.year()),
          f.value(), c.t("value.percent", c.i18n().number(f.value(), 0)),
          ProvenanceText.brief(c.i18n(), f.source()), ProvenanceText.full(c.i18n(), f.source()),
          false));
    }
    return out;
  }
}
