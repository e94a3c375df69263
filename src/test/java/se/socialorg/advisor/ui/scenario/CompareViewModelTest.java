package se.socialorg.advisor.ui.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import se.socialorg.advisor.engine.DecisionEngine;
import se.socialorg.advisor.i18n.I18n;
import se.socialorg.advisor.model.Scenario;
import se.socialorg.advisor.ui.AppExecutor;
import se.socialorg.advisor.ui.RecordingDialogs;

/** The comparison's state, without a toolkit. */
class CompareViewModelTest {

  private final RecordingDialogs dialogs = new RecordingDialogs();
  private I18n i18n = I18n.forLanguage("en");

  private CompareViewModel model(CompareViewModel.Reader reader) {
    return new CompareViewModel(reader, new DecisionEngine(), AppExecutor.sameThread(), dialogs,
        () -> i18n);
  }

  @Test
  void addsAFileUnderItsNameWithItsEvaluation() {
    CompareViewModel m = model(f -> Scenario.blank());
    m.addFile(Path.of("a.soa.json"));
    assertThat(m.compared()).singleElement().satisfies(c -> {
      assertThat(c.title()).isEqualTo("a.soa.json");
      assertThat(c.evaluation().recommended()).isNotNull();
    });
  }

  @Test
  void theSameNameTwiceIsNumbered() {
    CompareViewModel m = model(f -> Scenario.blank());
    m.addCurrent("Plan", Scenario.blank());
    m.addCurrent("Plan", Scenario.blank());
    assertThat(m.compared()).extracting(CompareViewModel.Compared::title)
        .containsExactly("Plan", "Plan (2)");
  }

  @Test
  void anUntitledScenarioIsCalledUntitledInTheLanguage() {
    CompareViewModel m = model(f -> Scenario.blank());
    m.addCurrent(null, Scenario.blank());
    assertThat(m.compared().get(0).title()).isEqualTo(i18n.t("file.untitled"));
  }

  @Test
  void aFifthScenarioIsRefusedWithAMessage() {
    CompareViewModel m = model(f -> Scenario.blank());
    for (int i = 0; i < CompareViewModel.MAX + 1; i++) {
      m.addCurrent("s", Scenario.blank());
    }
    assertThat(m.compared()).hasSize(CompareViewModel.MAX);
    assertThat(m.fullProperty().get()).isTrue();
    assertThat(dialogs.last("info")).isPresent();
  }

  @Test
  void aBadFileIsReportedOnceAndChangesNothing() {
    CompareViewModel m = model(f -> {
      throw new IllegalStateException("broken");
    });
    m.addFile(Path.of("broken.soa.json"));
    assertThat(m.compared()).isEmpty();
    assertThat(dialogs.shown).singleElement().satisfies(s -> {
      assertThat(s.kind()).isEqualTo("error");
      assertThat(s.title()).contains("broken.soa.json");
    });
  }

  @Test
  void clearEmptiesTheComparison() {
    CompareViewModel m = model(f -> Scenario.blank());
    m.addCurrent("a", Scenario.blank());
    m.clear();
    assertThat(m.compared()).isEmpty();
    assertThat(m.fullProperty().get()).isFalse();
  }

  @Test
  void theScenariosStayWhenTheLanguageChanges() {
    CompareViewModel m = model(f -> Scenario.blank());
    m.addCurrent("a", Scenario.blank());
    m.addCurrent("b", Scenario.blank());
    i18n = I18n.forLanguage("sv");
    assertThat(m.compared()).hasSize(2);
  }
}
