package se.socialorg.advisor.store.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.socialorg.advisor.model.Scenario;

class AutosaveStoreTest {

  private static final Instant NOW = Instant.parse("2026-05-04T08:30:12.345Z");

  @TempDir Path dir;

  private AutosaveStore store() {
    return new AutosaveStore(dir.resolve("autosave"), Clock.fixed(NOW, ZoneOffset.UTC));
  }

  @Test
  void nothingPendingWhenNothingWasSaved() {
    assertThat(store().pending()).isEmpty();
  }

  @Test
  void savedScenarioIsPendingWithItsOriginalFileAndTime() throws Exception {
    Path original = dir.resolve("acme" + ScenarioFiles.EXTENSION);
    store().save(TestScenarios.everyFieldSet(), original);

    Recovered r = store().pending().orElseThrow();

    assertThat(r.scenario()).isEqualTo(TestScenarios.everyFieldSet());
    assertThat(r.originalFile()).isEqualTo(original.toAbsolutePath());
    assertThat(r.savedAt()).isEqualTo(NOW);
  }

  @Test
  void neverSavedScenarioHasNoOriginalFile() throws Exception {
    store().save(Scenario.blank(), null);

    assertThat(store().pending().orElseThrow().originalFile()).isNull();
  }

  @Test
  void laterSaveReplacesEarlierOne() throws Exception {
    store().save(Scenario.blank(), null);
    store().save(TestScenarios.everyFieldSet(), null);

    assertThat(store().pending().orElseThrow().scenario()).isEqualTo(TestScenarios.everyFieldSet());
  }

  @Test
  void clearRemovesThePendingScenario() throws Exception {
    store().save(Scenario.blank(), null);

    store().clear();

    assertThat(store().pending()).isEmpty();
  }

  @Test
  void clearWithoutAutosaveDoesNothing() throws Exception {
    store().clear();

    assertThat(store().pending()).isEmpty();
  }

  @Test
  void corruptAutosaveGivesEmptyAndIsMovedAsideNotDeleted() throws Exception {
    store().save(Scenario.blank(), null);
    Path file = store().file();
    Files.writeString(file, "{\"autosaveVersion\": 1, \"savedAt\": \"2026-");

    assertThat(store().pending()).isEmpty();

    assertThat(file).doesNotExist();
    try (Stream<Path> list = Files.list(file.getParent())) {
      assertThat(list.map(p -> p.getFileName().toString()))
          .singleElement()
          .asString()
          .startsWith(AutosaveStore.FILE_NAME + ".corrupt-");
    }
  }

  @Test
  void autosaveWithAnInvalidScenarioIsMovedAside() throws Exception {
    store().save(Scenario.blank(), null);
    Path file = store().file();
    Files.writeString(file, Files.readString(file).replace("\"employees\" : 500", "\"employees\" : -1"));

    assertThat(store().pending()).isEmpty();
    assertThat(file).doesNotExist();
  }

  @Test
  void autosaveIsNotAScenarioFile() {
    assertThat(ScenarioFiles.isScenarioFile(store().file())).isFalse();
  }

  /** Review D4: 1.2 M characters of notes were autosaved, then set aside as corrupt at start. */
  @Test
  void anAutosaveTheReaderWouldRefuseIsNotWrittenAndTheLastGoodOneStays() throws Exception {
    store().save(TestScenarios.everyFieldSet(), null);
    Scenario tooLong = TestScenarios.everyFieldSet()
        .withDecision(new se.socialorg.advisor.model.Decision(null, "x".repeat(1_200_000)));

    org.assertj.core.api.Assertions.assertThatThrownBy(() -> store().save(tooLong, null))
        .isInstanceOf(UnreadableScenarioException.class);

    assertThat(store().pending().orElseThrow().scenario()).isEqualTo(TestScenarios.everyFieldSet());
    try (Stream<Path> list = Files.list(dir.resolve("autosave"))) {
      assertThat(list.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains("corrupt"));
    }
  }

  @Test
  void anAutosaveOfAnEarlierVersionIsStillOffered() throws Exception {
    store().save(TestScenarios.everyFieldSet(), null);
    Files.move(store().file(), store().file().resolveSibling(AutosaveStore.FILE_NAME));

    assertThat(store().pending()).isPresent();
  }

  @Test
  void aFileOfALiveOtherProcessIsNotOffered() {
    assertThat(AutosaveStore.ownerRunning("working-scenario.1-1.autosave.json")).isFalse();
    ProcessHandle parent = ProcessHandle.current().parent().orElseThrow();
    String tag = parent.pid() + "-" + parent.info().startInstant().orElseThrow().getEpochSecond();

    assertThat(AutosaveStore.ownerRunning("working-scenario." + tag + ".autosave.json")).isTrue();
  }
}
