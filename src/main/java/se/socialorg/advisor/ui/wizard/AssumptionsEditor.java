package se.socialorg.advisor.ui.wizard;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import se.socialorg.advisor.present.ReasonFormatter;
import se.socialorg.advisor.model.Alternative;
import se.socialorg.advisor.model.ProjectionAssumptions;
import se.socialorg.advisor.model.ProjectionAssumptions.Profile;

/**
 * The projection's model assumptions, editable per scenario: ramp-up months, minutes per post,
 * and per model the share of ready employees enrolled, the share of the budget on paid
 * distribution and how many central communicators it needs. Ids: {@code rampMonthsField},
 * {@code minutesPerPostField}, {@code profile_<MODEL>_<part>}.
 */
final class AssumptionsEditor {

  /** An editable part of a model's profile, shown in percent or as a number. */
  private enum Part {
    COVERAGE("advocateCoverage", true, 0, 1, Profile::advocateCoverage),
    PAID("paidShare", true, 0, 1, Profile::paidShare),
    MIN_HIRES("minHires", false, 0, 1_000, Profile::minHires),
    PER_HIRE("employeesPerHire", false, 1, 1e12, Profile::employeesPerHire),
    MAX_HIRES("maxHires", false, 0, 10_000, Profile::maxHires);

    final String id;
    final boolean share;
    final double min;
    final double max;
    final ToDoubleFunction<Profile> read;

    Part(String id, boolean share, double min, double max, ToDoubleFunction<Profile> read) {
      this.id = id;
      this.share = share;
      this.min = min;
      this.max = max;
      this.read = read;
    }
  }

  private final StepContext c;
  private final ResourcesStepViewModel vm;
  private final VBox view = new VBox(8);

  AssumptionsEditor(StepContext c, ResourcesStepViewModel vm) {
    this.c = c;
    this.vm = vm;
    GridPane general = FieldFactory.grid();
    general.addRow(0, new Label(c.t("wizard.assumptions.ramp")),
        field("rampMonthsField", a -> a.rampMonths(), false, 1, 36,
            (a, v) -> new ProjectionAssumptions((int) Math.round(v), a.minutesPerPost(), a.profiles())),
        new Label(c.t("unit.MONTHS")));
    general.addRow(1, new Label(c.t("wizard.assumptions.minutes")),
        field("minutesPerPostField", ProjectionAssumptions::minutesPerPost, false, 0, 240,
            (a, v) -> new ProjectionAssumptions(a.rampMonths(), v, a.profiles())),
        new Label(c.t("wizard.assumptions.minutesUnit")));

    GridPane models = new GridPane();
    models.setHgap(8);
    models.setVgap(6);
    models.getStyleClass().add("form-grid");
    models.add(new Label(c.t("wizard.assumptions.model")), 0, 0);
    int col = 1;
    for (Part p : Part.values()) {
      Label head = new Label(c.t("wizard.assumptions." + p.id));
      head.setWrapText(true);
      head.setMaxWidth(120);
      head.setTooltip(new Tooltip(c.t("wizard.assumptions." + p.id + ".help")));
      models.add(head, col++, 0);
    }
    ReasonFormatter names = new ReasonFormatter(c.i18n());
    int row = 1;
    for (Alternative alt : Alternative.values()) {
      models.add(new Label(names.name(alt)), 0, row);
      col = 1;
      for (Part p : Part.values()) {
        models.add(field("profile_" + alt.name() + "_" + p.id,
            a -> p.read.applyAsDouble(a.profiles().get(alt)), p.share, p.min, p.max,
            (a, v) -> withProfile(a, alt, p, v)), col++, row);
      }
      row++;
    }
    view.getChildren().setAll(c.note(c.t("wizard.assumptions.note")), general, models);
    // Built when first opened, after the step: its headings break between words, labels whole.
    WholeText.keep(view);
  }

  VBox view() {
    return view;
  }

  private ProjectionAssumptions assumptions() {
    return c.session().scenario().inputs().assumptions();
  }

  private static ProjectionAssumptions withProfile(ProjectionAssumptions a, Alternative alt, Part part,
      double v) {
    Profile o = a.profiles().get(alt);
    Profile n = new Profile(
        part == Part.COVERAGE ? v : o.advocateCoverage(),
        o.centralEffort(),
        part == Part.PAID ? v : o.paidShare(),
        o.platform(),
        part == Part.MIN_HIRES ? v : o.minHires(),
        part == Part.PER_HIRE ? v : o.employeesPerHire(),
        part == Part.MAX_HIRES ? v : o.maxHires(),
        o.hiresPerUnit());
    Map<Alternative, Profile> profiles = new EnumMap<>(a.profiles());
    profiles.put(alt, n);
    return new ProjectionAssumptions(a.rampMonths(), a.minutesPerPost(), profiles);
  }

  private TextField field(String id, ToDoubleFunction<ProjectionAssumptions> read, boolean share,
      double min, double max, ResourcesStepViewModel.AssumptionChange change) {
    double factor = share ? 100 : 1;
    int decimals = share ? 0 : 1;
    TextField t = StepContext.id(new TextField(), id);
    t.setPrefColumnCount(6);
    t.setAlignment(Pos.CENTER_RIGHT);
    double[] known = {read.applyAsDouble(assumptions())};
    t.setText(c.i18n().number(known[0] * factor, decimals));
    t.setTooltip(new Tooltip(vm.assumptionRange(factor, min, max)));
    // While the typed text goes in, the scenario's change is this field's own: not shown back.
    boolean[] typing = {false};
    // While the scenario's value is shown, nothing is entered (looking is not an edit).
    boolean[] showing = {false};
    t.textProperty().addListener((obs, old, text) -> {
      if (showing[0]) {
        vm.assumptionShown(id);
        return;
      }
      typing[0] = true;
      try {
        if (vm.enterAssumption(id, text, factor, min, max, change)) {
          known[0] = read.applyAsDouble(assumptions());
        }
      } finally {
        typing[0] = false;
      }
    });
    c.subscriptions().listen(c.session().scenarioProperty(), (obs, old, now) -> {
      double v = read.applyAsDouble(now.inputs().assumptions());
      if (!typing[0] && Math.abs(v - known[0]) > 1e-12) {
        known[0] = v;
        showing[0] = true;
        try {
          t.setText(c.i18n().number(v * factor, decimals));
        } finally {
          showing[0] = false;
        }
      }
    });
    return t;
  }

}
