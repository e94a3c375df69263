package se.socialorg.advisor.ui.wizard;

import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import se.socialorg.advisor.i18n.I18n;
import se.socialorg.advisor.model.InputField;
import se.socialorg.advisor.model.Spokesperson;
import se.socialorg.advisor.model.TrustContext;
import se.socialorg.advisor.present.CountryNames;
import se.socialorg.advisor.present.ProvenanceText;
import se.socialorg.advisor.present.TrustNotes;
import se.socialorg.advisor.store.db.TrustLookup;
import se.socialorg.advisor.ui.scenario.ScenarioSession;

/**
 * Step 3's state and rules: the library figures for the chosen country, industry and year, which
 * trust values the manager typed over (kept in the scenario's overridden set), the marker beside
 * each value, the age warning for the figures in use and the reset to library figures, and the
 * values' number inputs, validated here ({@link #validity()}, which Next follows). The step's view
 * draws the choices and charts and binds its labels and fields to these properties.
 */
public final class TrustStepViewModel {

  /** The credibility inputs and the spokesperson each one is about. */
  static final Map<InputField, Spokesperson> CREDIBILITY_FIELDS = new EnumMap<>(Map.of(
      InputField.CREDIBILITY_ACADEMIC, Spokesperson.ACADEMIC,
      InputField.CREDIBILITY_TECHNICAL_EXPERT, Spokesperson.TECHNICAL_EXPERT,
      InputField.CREDIBILITY_PERSON_LIKE_YOURSELF, Spokesperson.PERSON_LIKE_YOURSELF,
      InputField.CREDIBILITY_EMPLOYEE, Spokesperson.EMPLOYEE,
      InputField.CREDIBILITY_CEO, Spokesperson.CEO));

  /** The values the step shows, in order. */
  static final List<InputField> FIELDS = List.of(InputField.TRUST_IN_BUSINESS,
      InputField.TRUST_IN_MEDIA, InputField.INDUSTRY_TRUST, InputField.CREDIBILITY_ACADEMIC,
      InputField.CREDIBILITY_TECHNICAL_EXPERT, InputField.CREDIBILITY_PERSON_LIKE_YOURSELF,
      InputField.CREDIBILITY_EMPLOYEE, InputField.CREDIBILITY_CEO);

  /** The step's place in the wizard. */
  static final int STEP = 2;

  /** What the marker beside one value says, and whether it flags an override. */
  public record Marker(String text, boolean overridden) {}

  private final ScenarioSession session;
  private final Supplier<I18n> i18n;
  private final ObjectProperty<TrustLookup> library = new SimpleObjectProperty<>();
  private final ObjectProperty<Map<InputField, Marker>> markers =
      new SimpleObjectProperty<>(Map.of());
  private final StringProperty sourceNote = new SimpleStringProperty("");
  private final StringProperty fallbackNote = new SimpleStringProperty("");
  private final StringProperty ageWarning = new SimpleStringProperty("");
  private final StringProperty overrideNote = new SimpleStringProperty("");
  private final StepValidity validity = new StepValidity();
  private final StepFields fields;

  public TrustStepViewModel(WizardModel wizard, Supplier<I18n> i18n) {
    this.session = wizard.session();
    this.i18n = i18n;
    this.fields = new StepFields(FIELDS, session, i18n, validity);
    wizard.watch(STEP, validity);
  }

  /** One of the trust and credibility values' inputs. */
  public NumberFieldViewModel field(InputField f) {
    return fields.field(f);
  }

  /** Whether every value on the step is one it can take; Next follows it. */
  public StepValidity validity() {
    return validity;
  }

  /** The language changed: the fields word their values and problems in the new one. */
  void languageChanged() {
    fields.languageChanged();
  }

  /** The library's figures for the current choice; null when the library has none. */
  public ReadOnlyObjectProperty<TrustLookup> libraryProperty() {
    return library;
  }

  /** The marker for each value (its library origin, or that the manager typed over it). */
  public ReadOnlyObjectProperty<Map<InputField, Marker>> markersProperty() {
    return markers;
  }

  public ReadOnlyStringProperty sourceNoteProperty() {
    return sourceNote;
  }

  public ReadOnlyStringProperty fallbackNoteProperty() {
    return fallbackNote;
  }

  public ReadOnlyStringProperty ageWarningProperty() {
    return ageWarning;
  }

  public ReadOnlyStringProperty overrideNoteProperty() {
    return overrideNote;
  }

  public TrustContext trust() {
    return session.scenario().inputs().trust();
  }

  /**
   * The library answered for a choice: remembers its figures and, when the manager changed the
   * choice ({@code apply}), puts them in the scenario (or, without figures, only the new labels).
   */
  public void libraryLoaded(Optional<TrustLookup> found, String country, String industry, int year,
      boolean apply) {
    TrustLookup lookup = found.orElse(null);
    library.set(lookup);
    I18n t = i18n.get();
    fallbackNote.set(lookup == null ? "" : String.join("\n", TrustNotes.fallbacks(t, lookup)));
    if (lookup == null) {
      sourceNote.set(t.t("wizard.trust.noData", CountryNames.of(t, country),
          industryName(t, industry), year));
      if (apply) {
        session.edit(s -> s.withInputs(s.inputs().withTrust(
            relabel(trust(), country, industry, year))));
      }
    } else {
      sourceNote.set(sourceText(t, lookup));
      if (apply) {
        applyLibrary(true);
      }
    }
    trustEdited();
  }

  /**
   * Reset to library figures: every value back to the library's, every override cleared, and
   * whatever was typed (valid or not) replaced by the value, so nothing blocks Next.
   */
  public void resetToLibrary() {
    applyLibrary(true);
    fields.showScenarioValues();
  }

  /** Keeps the overridden set, the markers and the notes in step with the scenario's values. */
  public void trustEdited() {
    I18n t18 = i18n.get();
    TrustLookup lib = library.get();
    TrustContext t = trust();
    Set<String> overridden = new LinkedHashSet<>();
    Map<InputField, Marker> next = new EnumMap<>(InputField.class);
    for (InputField f : FIELDS) {
      double now = f.read(session.scenario().inputs());
      String name = overrideName(f);
      if (lib != null && Math.abs(now - libraryValue(lib, f)) > 1e-9) {
        overridden.add(name);
        next.put(f, new Marker(t18.t("wizard.trust.overridden",
            t18.number(libraryValue(lib, f), 0)), true));
      } else if (lib == null && t.overridden().contains(name)) {
        overridden.add(name);
        next.put(f, new Marker(t18.t("wizard.trust.overriddenNoLibrary"), true));
      } else {
        next.put(f, new Marker(lib == null ? ""
            : TrustNotes.origin(t18, lib.figures().get(name)), false));
      }
    }
    markers.set(Map.copyOf(next));
    ageWarning.set(ageText(t18, lib, t, overridden));
    overrideNote.set(overridden.isEmpty() ? "" : t18.t("wizard.trust.overrideNote", overridden.size()));
    if (lib != null && !overridden.equals(t.overridden())) {
      // Part of the edit that made it: no step of its own, and nothing after an open or undo.
      session.amend(s -> s.withInputs(s.inputs().withTrust(withOverridden(t, overridden))));
    }
  }

  private void applyLibrary(boolean clearOverrides) {
    TrustLookup lookup = library.get();
    if (lookup == null) {
      return;
    }
    TrustContext lib = lookup.context();
    session.edit(s -> s.withInputs(s.inputs().withTrust(new TrustContext(lib.country(),
        lib.industry(), lib.year(), lib.trustInBusiness(), lib.trustInMedia(), lib.industryTrust(),
        lib.credibility(), clearOverrides ? Set.of() : trust().overridden(), lib.source()))));
  }

  private double libraryValue(TrustLookup lookup, InputField f) {
    return f.read(session.scenario().inputs().withTrust(lookup.context()));
  }

  /** The age warning for the figures in use, leaving out those the manager typed over. */
  private String ageText(I18n t18, TrustLookup lib, TrustContext t, Set<String> overridden) {
    int now = TrustNotes.scenarioYear(session.scenario(), java.time.Year.now().getValue());
    if (lib == null) {
      return TrustNotes.ageWarning(t18, t, now).orElse("");
    }
    return TrustNotes.ageWarning(t18, new TrustLookup(withOverridden(t, overridden),
        lib.business(), lib.media(), lib.industry(), lib.credibility(), lib.mapped()), now)
        .orElse("");
  }

  /** Where the figures come from. */
  private static String sourceText(I18n t, TrustLookup lookup) {
    String from = t.t("wizard.trust.from", ProvenanceText.brief(t, lookup.business().source()));
    return TrustNotes.mapping(t, lookup).map(m -> from + " " + m).orElse(from);
  }

  static String industryName(I18n t, String id) {
    return t.has("industry." + id) ? t.t("industry." + id) : id;
  }

  private static TrustContext withOverridden(TrustContext t, Set<String> overridden) {
    return new TrustContext(t.country(), t.industry(), t.year(), t.trustInBusiness(),
        t.trustInMedia(), t.industryTrust(), t.credibility(), overridden, t.source());
  }

  private static TrustContext relabel(TrustContext t, String country, String industry, int year) {
    return new TrustContext(country, industry, year, t.trustInBusiness(), t.trustInMedia(),
        t.industryTrust(), t.credibility(), t.overridden(), t.source());
  }

  /** The name an input has in {@link TrustContext#overridden()}. */
  static String overrideName(InputField f) {
    return switch (f) {
      case TRUST_IN_BUSINESS -> "trustInBusiness";
      case TRUST_IN_MEDIA -> "trustInMedia";
      case INDUSTRY_TRUST -> "industryTrust";
      default -> CREDIBILITY_FIELDS.get(f).name();
    };
  }
}
