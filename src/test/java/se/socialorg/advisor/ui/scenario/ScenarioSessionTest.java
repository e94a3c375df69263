package se.socialorg.advisor.ui.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.socialorg.advisor.model.Scenario;

/** The session being edited, without a toolkit. */
class ScenarioSessionTest {

  /**
   * Autosave starts its timer when the scenario changes and the session is unsaved: the very first
   * edit of a clean scenario must already read as unsaved, or one change (a choice box) is lost in
   * a crash.
   */
  @Test
  void theFirstEditOfACleanScenarioIsUnsavedWhenItsListenersHearIt() {
    ScenarioSession session = new ScenarioSession();
    session.replace(Scenario.blank(), null, false);
    List<Boolean> dirtyWhenHeard = new ArrayList<>();
    session.scenarioProperty().addListener((o, a, b) -> dirtyWhenHeard.add(session.isDirty()));

    session.edit(s -> s.withNames("Tech AB 2027", "Tech AB"));

    assertThat(dirtyWhenHeard).containsExactly(true);
  }

  @Test
  void anEditThatChangesNothingLeavesACleanScenarioClean() {
    ScenarioSession session = new ScenarioSession();
    session.replace(Scenario.blank(), null, false);

    session.edit(s -> s);

    assertThat(session.isDirty()).isFalse();
  }
}
