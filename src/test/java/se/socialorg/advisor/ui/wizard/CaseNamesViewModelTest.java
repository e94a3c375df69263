package se.socialorg.advisor.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.socialorg.advisor.model.Scenario;

/** Plain JUnit: the view model holds no controls. */
class CaseNamesViewModelTest {

  final AtomicReference<Scenario> scenario = new AtomicReference<>(Scenario.blank());
  final AtomicReference<Integer> edits = new AtomicReference<>(0);
  CaseNamesViewModel names;

  @BeforeEach
  void create() {
    names =
        new CaseNamesViewModel(
            scenario.get(),
            change -> {
              scenario.set(change.apply(scenario.get()));
              edits.set(edits.get() + 1);
            });
  }

  @Test
  void namingTheOrganisationEditsTheScenario() {
    names.nameOrganisation("  Tech AB ");
    assertThat(scenario.get().organisationName()).isEqualTo("Tech AB");
    assertThat(names.organisationProperty().get()).isEqualTo("Tech AB");
  }

  @Test
  void namingTheScenarioKeepsTheOrganisation() {
    names.nameOrganisation("Tech AB");
    names.nameScenario("Hub 2027");
    assertThat(scenario.get().name()).isEqualTo("Hub 2027");
    assertThat(scenario.get().organisationName()).isEqualTo("Tech AB");
  }

  @Test
  void theSameNameTwiceIsOneEdit() {
    names.nameScenario("Hub 2027");
    names.nameScenario("Hub 2027 ");
    assertThat(edits.get()).isEqualTo(1);
  }

  @Test
  void aTooLongNameIsRefusedWithAProblem() {
    names.nameOrganisation("x".repeat(CaseNamesViewModel.MAX_LENGTH + 1));
    assertThat(scenario.get().organisationName()).isEmpty();
    assertThat(names.problemKeyProperty().get()).isEqualTo("wizard.names.tooLong");
  }

  @Test
  void aLineBreakIsRefused() {
    names.nameScenario("Hub\n2027");
    assertThat(scenario.get().name()).isEmpty();
    assertThat(names.problemKeyProperty().get()).isEqualTo("wizard.names.control");
  }

  @Test
  void aNameWithACharacterTheReportCannotShowIsRefused() {
    names.nameOrganisation("Tech AB \uD83D\uDC4D");
    assertThat(scenario.get().organisationName()).isEmpty();
    assertThat(names.problemKeyProperty().get()).isEqualTo("wizard.names.undrawable");
  }

  @Test
  void aChineseNameIsTaken() {
    names.nameOrganisation("社交媒体战略 AB");
    assertThat(scenario.get().organisationName()).isEqualTo("社交媒体战略 AB");
    assertThat(names.problemKeyProperty().get()).isEmpty();
  }

  @Test
  void namesChangedElsewhereAreShown() {
    names.show(Scenario.blank().withNames("Plan B", "Acme"));
    assertThat(names.scenarioNameProperty().get()).isEqualTo("Plan B");
    assertThat(names.organisationProperty().get()).isEqualTo("Acme");
  }

  @Test
  void authorAndDateGoIntoTheScenario() {
    names.nameAuthor("Anna Lind");
    names.date(java.time.LocalDate.of(2026, 11, 30));
    assertThat(scenario.get().author()).isEqualTo("Anna Lind");
    assertThat(scenario.get().date()).isEqualTo("2026-11-30");
    names.date(null);
    assertThat(scenario.get().date()).isEmpty();
  }
}
