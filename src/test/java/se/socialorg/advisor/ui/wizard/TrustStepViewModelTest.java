package se.socialorg.advisor.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.socialorg.advisor.i18n.I18n;
import se.socialorg.advisor.model.InputField;
import se.socialorg.advisor.model.Spokesperson;
import se.socialorg.advisor.model.TrustContext;
import se.socialorg.advisor.store.db.Database;
import se.socialorg.advisor.store.db.FigureRepository;
import se.socialorg.advisor.store.db.TrustLookup;
import se.socialorg.advisor.ui.scenario.ScenarioSession;

/** Step 3's override bookkeeping over the shipped figures, without a toolkit. */
class TrustStepViewModelTest {

  private static final I18n EN = I18n.forLanguage("en");

  @TempDir static Path dir;
  static Database db;
  static FigureRepository figures;

  private final ScenarioSession session = new ScenarioSession();
  private final TrustStepViewModel trust = new TrustStepViewModel(new WizardModel(session), () -> EN);

  @BeforeAll
  static void open() {
    db = Database.open(dir.resolve("library.db"));
    figures = new FigureRepository(db);
  }

  @AfterAll
  static void close() {
    db.close();
  }

  private TrustLookup global2025() {
    return figures.trustLookup("Global", "technology", 2025).orElseThrow();
  }

  private void load(boolean apply) {
    trust.libraryLoaded(Optional.of(global2025()), "Global", "technology", 2025, apply);
  }

  private void type(double mediaTrust) {
    TrustContext t = session.scenario().inputs().trust();
    session.edit(s -> s.withInputs(s.inputs().withTrust(new TrustContext(t.country(),
        t.industry(), t.year(), t.trustInBusiness(), mediaTrust, t.industryTrust(),
        t.credibility(), t.overridden(), t.source()))));
    trust.trustEdited();
  }

  @Test
  void aNewScenariosFiguresAreTheLibrarysForItsOwnChoiceSoNoneReadsAsTyped() {
    TrustContext t = session.scenario().inputs().trust();
    TrustLookup own = figures.trustLookup(t.country(), t.industry(), t.year()).orElseThrow();

    trust.libraryLoaded(Optional.of(own), t.country(), t.industry(), t.year(), false);

    assertThat(trust.markersProperty().get().values())
        .noneMatch(TrustStepViewModel.Marker::overridden);
    assertThat(trust.overrideNoteProperty().get()).isEmpty();
    assertThat(session.scenario().inputs().trust().overridden()).isEmpty();
  }

  @Test
  void aChangedChoicePutsTheLibraryFiguresInTheScenario() {
    load(true);
    TrustContext lib = global2025().context();
    assertThat(session.scenario().inputs().trust().trustInMedia()).isEqualTo(lib.trustInMedia());
    assertThat(session.scenario().inputs().trust().overridden()).isEmpty();
  }

  @Test
  void aTypedValueIsMarkedAsOverriddenWithTheLibraryFigure() {
    load(true);
    type(global2025().context().trustInMedia() + 7);
    assertThat(session.scenario().inputs().trust().overridden()).containsExactly("trustInMedia");
    TrustStepViewModel.Marker marker = trust.markersProperty().get().get(InputField.TRUST_IN_MEDIA);
    assertThat(marker.overridden()).isTrue();
    assertThat(marker.text()).isEqualTo(EN.t("wizard.trust.overridden",
        EN.number(global2025().context().trustInMedia(), 0)));
    assertThat(trust.overrideNoteProperty().get()).isEqualTo(EN.t("wizard.trust.overrideNote", 1));
  }

  @Test
  void typingTheLibraryValueBackClearsTheOverride() {
    load(true);
    type(global2025().context().trustInMedia() + 7);
    type(global2025().context().trustInMedia());
    assertThat(session.scenario().inputs().trust().overridden()).isEmpty();
    assertThat(trust.markersProperty().get().get(InputField.TRUST_IN_MEDIA).overridden()).isFalse();
    assertThat(trust.overrideNoteProperty().get()).isEmpty();
  }

  @Test
  void resetToLibraryClearsEveryOverride() {
    load(true);
    type(global2025().context().trustInMedia() + 7);
    trust.resetToLibrary();
    trust.trustEdited();
    assertThat(session.scenario().inputs().trust().trustInMedia())
        .isEqualTo(global2025().context().trustInMedia());
    assertThat(session.scenario().inputs().trust().overridden()).isEmpty();
  }

  @Test
  void withoutLibraryFiguresAnOpenedOverrideIsStillMarked() {
    TrustContext t = session.scenario().inputs().trust();
    session.edit(s -> s.withInputs(s.inputs().withTrust(new TrustContext(t.country(),
        t.industry(), t.year(), t.trustInBusiness(), t.trustInMedia(), t.industryTrust(),
        t.credibility(), Set.of(Spokesperson.CEO.name()), t.source()))));
    trust.libraryLoaded(Optional.empty(), "Nowhere", "technology", 2025, false);
    assertThat(trust.markersProperty().get().get(InputField.CREDIBILITY_CEO))
        .isEqualTo(new TrustStepViewModel.Marker(EN.t("wizard.trust.overriddenNoLibrary"), true));
    assertThat(trust.markersProperty().get().get(InputField.TRUST_IN_MEDIA).text()).isEmpty();
    assertThat(trust.sourceNoteProperty().get()).isEqualTo(
        EN.t("wizard.trust.noData", "Nowhere", EN.t("industry.technology"), 2025));
  }

  @Test
  void aChoiceWithoutFiguresKeepsTheValuesButTakesTheNewLabels() {
    double before = session.scenario().inputs().trust().trustInMedia();
    trust.libraryLoaded(Optional.empty(), "Nowhere", "technology", 2019, true);
    TrustContext now = session.scenario().inputs().trust();
    assertThat(now.country()).isEqualTo("Nowhere");
    assertThat(now.year()).isEqualTo(2019);
    assertThat(now.trustInMedia()).isEqualTo(before);
  }

  /** An opened case whose override list the library no longer agrees with is shown, not fixed. */
  @Test
  void openingAScenarioLeavesItsOverrideListAsSaved() {
    TrustContext lib = global2025().context();
    TrustContext stale = new TrustContext(lib.country(), lib.industry(), lib.year(),
        lib.trustInBusiness(), lib.trustInMedia(), lib.industryTrust(), lib.credibility(),
        Set.of("trustInMedia"), lib.source());
    var opened = se.socialorg.advisor.model.Scenario.blank();
    session.replace(opened.withInputs(opened.inputs().withTrust(stale)), null, false);

    load(false);

    assertThat(session.isDirty()).isFalse();
    assertThat(session.scenario().inputs().trust().overridden()).containsExactly("trustInMedia");
    assertThat(trust.markersProperty().get().get(InputField.TRUST_IN_MEDIA).overridden()).isFalse();
  }

  /** A typed figure and its override mark are one step: Undo takes both back, Redo both again. */
  @Test
  void aTypedFigureAndItsOverrideMarkAreOneUndoStep() {
    load(true);
    session.replace(session.scenario(), null, false);
    type(global2025().context().trustInMedia() + 7);

    session.undo();
    trust.trustEdited();

    assertThat(session.scenario().inputs().trust().trustInMedia())
        .isEqualTo(global2025().context().trustInMedia());
    assertThat(session.scenario().inputs().trust().overridden()).isEmpty();
    assertThat(session.isDirty()).isFalse();
    assertThat(session.redo()).isTrue();
    assertThat(session.scenario().inputs().trust().overridden()).containsExactly("trustInMedia");
  }

  /** "Reset to library figures" clears an invalid field, so Next is enabled again. */
  @Test
  void resetToLibraryClearsAnInvalidFieldAndUnblocksNext() {
    load(true);
    NumberFieldViewModel media = trust.field(InputField.TRUST_IN_MEDIA);
    media.type("abc");
    assertThat(trust.validity().validProperty().get()).isFalse();

    trust.resetToLibrary();

    assertThat(trust.validity().validProperty().get()).isTrue();
    assertThat(media.problemProperty().get()).isEmpty();
    assertThat(media.textProperty().get())
        .isEqualTo(EN.number(global2025().context().trustInMedia(), 0));
  }

  /** A reset that changes no value still replaces what was typed. */
  @Test
  void aResetThatChangesNoValueStillClearsWhatWasTyped() {
    load(true);
    trust.resetToLibrary();
    NumberFieldViewModel media = trust.field(InputField.TRUST_IN_MEDIA);
    media.type("150");
    assertThat(trust.validity().problemProperty().get())
        .isEqualTo("Trust in media must be between 0 and 100.");

    trust.resetToLibrary();

    assertThat(trust.validity().problemProperty().get()).isEmpty();
    assertThat(media.textProperty().get()).isNotEqualTo("150");
  }
}
