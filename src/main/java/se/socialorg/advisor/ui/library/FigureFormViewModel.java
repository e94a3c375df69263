package se.socialorg.advisor.ui.library;

import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import se.socialorg.advisor.i18n.I18n;
import se.socialorg.advisor.model.ReferenceFigure;
import se.socialorg.advisor.present.FigureText;
import se.socialorg.advisor.present.Numbers;

/**
 * The figure form's state and validation: a new value and note that override a shipped figure,
 * a new value and note for a figure of the user's own, or every field of a new figure. The
 * first problem is a translated message; OK is bound to {@link #validProperty()}. Numbers are
 * read in the user's language ({@link Numbers#parse}).
 */
public final class FigureFormViewModel {

  /** What the user entered. */
  public record Result(
      String dataset, String country, int year, String item, double value, String unit,
      String sourceTitle, String sourceAddress, String population, String note) {}

  /** What the form asks for. */
  public enum Mode {
    /** The user's value for a shipped figure. */
    OVERRIDE,
    /** A new value for a figure the user added. */
    EDIT,
    /** Every field of a new figure. */
    NEW
  }

  private final I18n t;
  private final FigureText text;
  private final Mode mode;
  private final ReferenceFigure changed;
  private final List<String> datasets;
  private final List<String> countries;
  private final ObjectProperty<String> dataset = new SimpleObjectProperty<>();
  private final StringProperty country = new SimpleStringProperty("");
  private final StringProperty year = new SimpleStringProperty("");
  private final StringProperty item = new SimpleStringProperty("");
  private final StringProperty value = new SimpleStringProperty("");
  private final ObjectProperty<String> unit = new SimpleObjectProperty<>(FigureText.PERCENT);
  private final StringProperty sourceTitle = new SimpleStringProperty("");
  private final StringProperty sourceAddress = new SimpleStringProperty("");
  private final StringProperty population = new SimpleStringProperty("");
  private final StringProperty note = new SimpleStringProperty("");
  private final StringBinding problem;
  private final BooleanBinding valid;

  private FigureFormViewModel(I18n i18n, Mode mode, ReferenceFigure changed,
      List<String> datasets, List<String> countries) {
    this.t = i18n;
    this.text = new FigureText(i18n);
    this.mode = mode;
    this.changed = changed;
    this.datasets = List.copyOf(datasets);
    this.countries = List.copyOf(countries);
    this.problem = Bindings.createStringBinding(this::firstProblem, dataset, country, year, item,
        value, unit, sourceTitle);
    this.valid = problem.isEmpty();
  }

  /** Asks for the user's value of a shipped figure. */
  public static FigureFormViewModel override(I18n i18n, ReferenceFigure shipped) {
    FigureFormViewModel m = new FigureFormViewModel(i18n, Mode.OVERRIDE, shipped, List.of(),
        List.of());
    m.value.set(Numbers.plain(shipped.value(), i18n.locale()));
    m.note.set(shipped.overridden() ? shipped.note() : "");
    return m;
  }

  /** Asks for a new value and note of a figure the user added. */
  public static FigureFormViewModel edit(I18n i18n, ReferenceFigure own) {
    FigureFormViewModel m = new FigureFormViewModel(i18n, Mode.EDIT, own, List.of(), List.of());
    m.value.set(Numbers.plain(own.value(), i18n.locale()));
    m.note.set(own.note());
    return m;
  }

  /** Asks for a new figure; the lists offer what the library already has. */
  public static FigureFormViewModel newFigure(I18n i18n, List<String> datasets,
      String datasetChoice, List<String> countries, String countryChoice, int yearChoice) {
    FigureFormViewModel m = new FigureFormViewModel(i18n, Mode.NEW, null, datasets, countries);
    m.dataset.set(datasets.contains(datasetChoice) ? datasetChoice
        : datasets.isEmpty() ? null : datasets.get(0));
    m.country.set(countryChoice == null ? "" : countryChoice);
    m.year.set(yearChoice > 0 ? Integer.toString(yearChoice) : "");
    return m;
  }

  public Mode mode() {
    return mode;
  }

  public List<String> datasets() {
    return datasets;
  }

  public List<String> countries() {
    return countries;
  }

  /** The units a new figure may have. */
  public List<String> units() {
    return List.of(FigureText.PERCENT, FigureText.SHARE, FigureText.FACTOR);
  }

  public ObjectProperty<String> datasetProperty() {
    return dataset;
  }

  public StringProperty countryProperty() {
    return country;
  }

  public StringProperty yearProperty() {
    return year;
  }

  public StringProperty itemProperty() {
    return item;
  }

  public StringProperty valueProperty() {
    return value;
  }

  public ObjectProperty<String> unitProperty() {
    return unit;
  }

  public StringProperty sourceTitleProperty() {
    return sourceTitle;
  }

  public StringProperty sourceAddressProperty() {
    return sourceAddress;
  }

  public StringProperty populationProperty() {
    return population;
  }

  public StringProperty noteProperty() {
    return note;
  }

  /** The first thing to put right, in the user's words, or "" when the input is complete. */
  public StringBinding problemProperty() {
    return problem;
  }

  /** True when OK may be pressed. */
  public BooleanBinding validProperty() {
    return valid;
  }

  /** The window's title. */
  public String title() {
    return t.t(switch (mode) {
      case OVERRIDE -> "libui.form.override.title";
      case EDIT -> "libui.form.edit.title";
      case NEW -> "libui.form.add.title";
    });
  }

  /** Which figure a change is for (empty for a new figure). */
  public String what() {
    if (mode == Mode.NEW) {
      return "";
    }
    return mode == Mode.OVERRIDE
        ? t.t("libui.form.override.what", text.item(changed.item()),
            text.country(changed.country()), Integer.toString(changed.year()),
            text.value(changed.shippedValue(), changed.unit()))
        : t.t("libui.form.edit.what", text.item(changed.item()),
            text.country(changed.country()), Integer.toString(changed.year()),
            changed.source().sourceTitle());
  }

  /** The checked input, or empty while something is missing or not a number. */
  public Optional<Result> result() {
    if (!valid.get()) {
      return Optional.empty();
    }
    double v = Numbers.parse(value.get(), t.locale());
    if (mode != Mode.NEW) {
      return Optional.of(new Result(changed.dataset(), changed.country(), changed.year(),
          changed.item(), v, changed.unit(), "", "", "", strip(note)));
    }
    return Optional.of(new Result(dataset.get(), strip(country), Integer.parseInt(strip(year)),
        strip(item), v, unit.get(), strip(sourceTitle), strip(sourceAddress), strip(population),
        strip(note)));
  }

  private String firstProblem() {
    if (Numbers.parse(value.get(), t.locale()) == null) {
      return t.t("libui.form.error.value");
    }
    if (mode != Mode.NEW) {
      return "";
    }
    if (dataset.get() == null) {
      return t.t("libui.form.error.dataset");
    }
    if (strip(country).isEmpty()) {
      return t.t("libui.form.error.country");
    }
    int y;
    try {
      y = Integer.parseInt(strip(year));
    } catch (NumberFormatException e) {
      y = -1;
    }
    if (y < 1900 || y > 2100) {
      return t.t("libui.form.error.year");
    }
    if (strip(item).isEmpty()) {
      return t.t("libui.form.error.item");
    }
    if (strip(sourceTitle).isEmpty()) {
      return t.t("libui.form.error.source");
    }
    return "";
  }

  private static String strip(StringProperty p) {
    return p.get() == null ? "" : p.get().strip();
  }
}
