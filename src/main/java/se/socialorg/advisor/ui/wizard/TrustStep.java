package se.socialorg.advisor.ui.wizard;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import se.socialorg.advisor.model.Dataset;
import se.socialorg.advisor.model.InputField;
import se.socialorg.advisor.model.Provenance;
import se.socialorg.advisor.model.ReferenceFigure;
import se.socialorg.advisor.model.Spokesperson;
import se.socialorg.advisor.model.TrustContext;
import se.socialorg.advisor.store.db.CountryEdition;
import se.socialorg.advisor.store.db.FigureRepository;
import se.socialorg.advisor.store.db.TrustLookup;
import se.socialorg.advisor.present.CountryNames;
import se.socialorg.advisor.present.ProvenanceText;
import se.socialorg.advisor.present.TrustNotes;
import se.socialorg.advisor.present.ChartPoint;

/**
 * Step 3: country, industry and year from the data library; trust and credibility values the
 * user may override (marked as such, with a reset); charts of institutions, industries and
 * spokespeople.
 */
final class TrustStep implements WizardStep {

  private static final List<InputField> FIELDS = TrustStepViewModel.FIELDS;

  private final StepContext c;
  private final VBox view = new VBox(14);
  private final ComboBox<String> country = StepContext.id(new ComboBox<>(), "countryChoice");
  private final ComboBox<String> industry = StepContext.id(new ComboBox<>(), "industryChoice");
  private final ComboBox<Integer> year = StepContext.id(new ComboBox<>(), "yearChoice");
  private final Label sourceNote;
  private final Label fallbackNote;
  private final Label ageWarning;
  private final Label overrideNote;
  private final Map<String, CountryEdition> editions = new HashMap<>();
  private final Map<InputField, Label> markers = new EnumMap<>(InputField.class);
  private final TrustStepViewModel model;
  private final WizardCharts.Handle institutionsChart;
  private final WizardCharts.Handle industriesChart;
  private final WizardCharts.Handle spokespeopleChart;
  private boolean loading;

  TrustStep(StepContext c, TrustStepViewModel model) {
    this.c = c;
    this.model = model;
    TrustContext t = trust();
    GridPane choose = FieldFactory.grid();
    choose.addRow(0, label("wizard.trust.country", country), country);
    choose.addRow(1, label("wizard.trust.industry", industry), industry);
    choose.addRow(2, label("wizard.trust.year", year), year);
    for (ComboBox<?> box : List.of(country, industry, year)) {
      box.setMaxWidth(Double.MAX_VALUE);
    }
    country.setMinWidth(240);
    country.setConverter(new javafx.util.StringConverter<>() {
      @Override
      public String toString(String name) {
        if (name == null) {
          return "";
        }
        CountryEdition e = editions.get(name);
        return e == null ? CountryNames.of(c.i18n(), name) : TrustNotes.countryChoice(c.i18n(), e);
      }

      @Override
      public String fromString(String text) {
        return text;
      }
    });
    industry.setConverter(new javafx.util.StringConverter<>() {
      @Override
      public String toString(String id) {
        return id == null ? "" : industryName(id);
      }

      @Override
      public String fromString(String text) {
        return text;
      }
    });
    country.setValue(t.country());
    industry.setValue(t.industry());
    year.setValue(t.year());
    sourceNote = StepContext.id(c.note(""), "trustSourceNote");
    fallbackNote = StepContext.id(c.note(""), "trustFallbackNote");
    ageWarning = StepContext.id(new Label(), "trustAgeWarning");
    sourceNote.textProperty().bind(model.sourceNoteProperty());
    fallbackNote.textProperty().bind(model.fallbackNoteProperty());
    ageWarning.textProperty().bind(model.ageWarningProperty());
    ageWarning.setWrapText(true);
    ageWarning.getStyleClass().add("override-marker");
    ageWarning.managedProperty().bind(ageWarning.textProperty().isNotEmpty());
    ageWarning.visibleProperty().bind(ageWarning.textProperty().isNotEmpty());
    fallbackNote.managedProperty().bind(fallbackNote.textProperty().isNotEmpty());
    fallbackNote.visibleProperty().bind(fallbackNote.textProperty().isNotEmpty());

    GridPane values = FieldFactory.grid();
    int row = 0;
    for (InputField f : FIELDS) {
      c.fields().number(values, row, model.field(f), null);
      Label marker = StepContext.id(new Label(), FieldFactory.baseId(f) + "Override");
      marker.getStyleClass().add("override-marker");
      marker.setWrapText(true);
      marker.setMaxWidth(170);
      markers.put(f, marker);
      values.add(marker, 3, row++);
    }
    Button reset = StepContext.id(new Button(c.t("wizard.trust.reset")), "resetTrustButton");
    reset.setOnAction(e -> model.resetToLibrary());
    overrideNote = StepContext.id(c.note(""), "trustOverrideNote");
    overrideNote.textProperty().bind(model.overrideNoteProperty());
    c.subscriptions().listen(model.markersProperty(), (o, a, b) -> showMarkers(b));
    showMarkers(model.markersProperty().get());

    institutionsChart = c.services().charts().horizontalBars("institutionsChart",
        c.t("wizard.trust.chart.institutions"), c.t("wizard.trust.chart.axis"));
    industriesChart = c.services().charts().horizontalBars("industriesChart",
        c.t("wizard.trust.chart.industries"), c.t("wizard.trust.chart.axis"));
    c.services().charts().charts().explainHighlight(industriesChart.node(),
        c.t("chart.highlight.industry"));
    spokespeopleChart = c.services().charts().horizontalBars("spokespeopleChart",
        c.t("wizard.trust.chart.spokespeople"), c.t("wizard.trust.chart.credibility"));
    FlowPane charts = new FlowPane(12, 12, institutionsChart.node(), industriesChart.node(),
        spokespeopleChart.node());

    view.getChildren().setAll(choose, sourceNote, fallbackNote, ageWarning,
        c.sectionTitle("wizard.trust.values"), values,
        new HBox(12, reset, overrideNote), charts);

    country.valueProperty().addListener((o, a, b) -> countryChanged(b));
    industry.valueProperty().addListener((o, a, b) -> choiceChanged());
    year.valueProperty().addListener((o, a, b) -> choiceChanged());
    c.subscriptions().listen(c.session().scenarioProperty(), (o, a, b) -> {
      if (!b.inputs().trust().equals(a.inputs().trust())) {
        trustEdited();
      }
    });
  }

  @Override
  public String key() {
    return "wizard.trust";
  }

  @Override
  public Node view() {
    return view;
  }

  @Override
  public void shown() {
    if (country.getItems().isEmpty()) {
      loadChoices();
    }
  }

  private TrustContext trust() {
    return c.session().scenario().inputs().trust();
  }

  private Label label(String key, javafx.scene.control.Control control) {
    Label l = new Label(c.t(key));
    l.setLabelFor(control);
    return l;
  }

  private void loadChoices() {
    WizardData data = c.services().data();
    c.services().run(() -> {
        return data.choices();
    }, choices -> {
      loading = true;
      editions.clear();
      choices.countries().forEach(e -> editions.put(e.country(), e));
      country.getItems().setAll(choices.countries().stream().map(CountryEdition::country).toList());
      industry.getItems().setAll(choices.industries());
      year.getItems().setAll(choices.years());
      TrustContext t = trust();
      country.setValue(null);
      country.setValue(t.country());
      industry.setValue(t.industry());
      year.setValue(t.year());
      loading = false;
      lookup(false);
    });
  }

  String industryName(String id) {
    return TrustStepViewModel.industryName(c.i18n(), id);
  }

  /**
   * A country the manager picks opens on the newest edition with figures for it: its own newest
   * year or the newest global one, whichever is later (the fallback note says which is which).
   */
  private void countryChanged(String chosen) {
    if (!loading && chosen != null) {
      int newest = Math.max(editionYear(chosen), editionYear(FigureRepository.GLOBAL));
      if (newest > 0 && !Integer.valueOf(newest).equals(year.getValue())) {
        loading = true;
        year.setValue(newest);
        loading = false;
      }
    }
    choiceChanged();
  }

  private int editionYear(String name) {
    CountryEdition e = editions.get(name);
    return e == null ? 0 : e.newestYear();
  }

  private void choiceChanged() {
    if (!loading && country.getValue() != null && industry.getValue() != null
        && year.getValue() != null) {
      lookup(true);
    }
  }

  /** Fetches library figures for the choice; applies them when the user changed the choice. */
  private void lookup(boolean apply) {
    String co = country.getValue();
    String in = industry.getValue();
    Integer yr = year.getValue();
    if (co == null || in == null || yr == null) {
      return;
    }
    WizardData data = c.services().data();
    c.services().run(() -> {
        return new Lookup(data.trust(co, in, yr),
            data.figures(Dataset.EDELMAN_INSTITUTIONS, null, yr),
            data.figures(Dataset.EDELMAN_INDUSTRIES, null, null),
            data.figures(Dataset.EDELMAN_SPOKESPEOPLE, FigureRepository.GLOBAL, null));
    }, result -> {
      model.libraryLoaded(result.trust(), co, in, yr, apply);
      drawCharts(result, co, in, yr);
    });
  }

  private record Lookup(Optional<TrustLookup> trust, List<ReferenceFigure> institutions,
      List<ReferenceFigure> industries, List<ReferenceFigure> spokespeople) {}

  /** The scenario changed: the view model re-derives the overrides, the chart follows. */
  private void trustEdited() {
    model.trustEdited();
    drawSpokespeople();
  }

  private void showMarkers(Map<InputField, TrustStepViewModel.Marker> now) {
    now.forEach((f, m) -> {
      Label marker = markers.get(f);
      marker.getStyleClass().setAll("label", m.overridden() ? "override-marker" : "text-muted");
      marker.setText(m.text());
    });
  }

  private List<ReferenceFigure> globalSpokespeople = List.of();

  private void drawCharts(Lookup r, String co, String in, int yr) {
    List<ChartPoint> inst = new ArrayList<>();
    for (ReferenceFigure f : r.institutions()) {
      if (f.country().equals(co) || f.country().equals(FigureRepository.GLOBAL)) {
        inst.add(point(c.t("wizard.trust.institution." + f.item()), CountryNames.of(c.i18n(), f.country()), f));
      }
    }
    institutionsChart.setPoints(inst);
    List<ChartPoint> ind = new ArrayList<>();
    int latest = r.industries().stream().filter(f -> f.year() <= yr)
        .mapToInt(ReferenceFigure::year).max().orElse(yr);
    r.industries().stream().filter(f -> f.year() == latest)
        .sorted((a, b) -> Double.compare(a.value(), b.value()))
        .forEach(f -> {
          boolean yours = f.item().equalsIgnoreCase(in);
          // Your industry is outlined, and its label says why.
          String name = yours ? c.t("chart.yourIndustry", industryName(f.item()))
              : industryName(f.item());
          ChartPoint p = point(name, Integer.toString(f.year()), f);
          ind.add(new ChartPoint(p.category(), p.series(), p.value(), p.valueText(), p.sourceText(),
              p.detailText(), yours));
        });
    industriesChart.setPoints(ind);
    globalSpokespeople = r.spokespeople();
    drawSpokespeople();
  }

  private void drawSpokespeople() {
    TrustContext t = trust();
    List<ChartPoint> pts = new ArrayList<>();
    String yours = c.t("wizard.trust.chart.yours", CountryNames.of(c.i18n(), t.country()));
    for (Spokesperson s : Spokesperson.values()) {
      double v = t.credibility(s);
      pts.add(new ChartPoint(c.t("spokesperson." + s.name()), yours, v,
          c.t("value.percent", c.i18n().number(v, 0)), ProvenanceText.brief(c.i18n(), t.source())
              + (t.overridden().contains(s.name()) ? " \u2014 " + c.t("wizard.trust.overriddenShort") : ""),
          ProvenanceText.full(c.i18n(), t.source()), false));
    }
    int yr = t.year();
    for (Spokesperson s : Spokesperson.values()) {
      String item = FigureRepository.spokespersonItem(s);
      globalSpokespeople.stream().filter(f -> f.item().equals(item) && f.year() <= yr)
          .max((a, b) -> Integer.compare(a.year(), b.year()))
          .ifPresent(f -> pts.add(point(c.t("spokesperson." + s.name()),
              c.t("wizard.trust.chart.global"), f)));
    }
    spokespeopleChart.setPoints(pts);
  }

  private ChartPoint point(String category, String series, ReferenceFigure f) {
    Provenance p = f.source();
    return new ChartPoint(category, series, f.value(), c.t("value.percent", c.i18n().number(f.value(), 0))
        + " (" + f.year() + ")", ProvenanceText.brief(c.i18n(), p),
        ProvenanceText.full(c.i18n(), p), false);
  }
}
