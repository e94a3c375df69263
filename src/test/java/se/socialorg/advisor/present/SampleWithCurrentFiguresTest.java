package se.socialorg.advisor.present;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.socialorg.advisor.engine.DecisionEngine;
import se.socialorg.advisor.model.Alternative;
import se.socialorg.advisor.model.Scenario;
import se.socialorg.advisor.model.TrustContext;
import se.socialorg.advisor.store.db.Database;
import se.socialorg.advisor.store.db.FigureRepository;
import se.socialorg.advisor.store.db.TrustLookup;
import se.socialorg.advisor.store.scenario.Samples;
import se.socialorg.advisor.store.scenario.ScenarioFiles;

/**
 * The multinational sample (Global / automotive / 2012, media overridden at 48) with the current
 * global figures the trust step offers for 2025: business 62 (2025), automotive 70 (2014, the
 * newest published), credibility mapped from trust in people 2024.
 */
class SampleWithCurrentFiguresTest {

  @TempDir Path dir;

  @Test
  void theMultinationalKeepsItsAnswerWithCurrentGlobalFigures() throws Exception {
    Samples samples = new Samples(new ScenarioFiles());
    Scenario multi = samples.open(samples.list().stream()
        .filter(s -> s.id().equals("multinational")).findFirst().orElseThrow());
    TrustLookup current;
    try (Database db = Database.open(dir.resolve("library.db"))) {
      current = new FigureRepository(db).trustLookup("Global", "automotive", 2025).orElseThrow();
    }
    TrustContext c = current.context();
    TrustContext withOwnMedia = new TrustContext(c.country(), c.industry(), c.year(),
        c.trustInBusiness(), multi.inputs().trust().trustInMedia(), c.industryTrust(),
        c.credibility(), Set.of("trustInMedia"), c.source());

    Scenario updated = multi.withInputs(multi.inputs().withTrust(withOwnMedia));

    assertThat(c.trustInBusiness()).isEqualTo(62);
    assertThat(c.industryTrust()).isEqualTo(70);
    assertThat(new DecisionEngine().evaluate(multi.inputs()).recommended())
        .isEqualTo(Alternative.MULTIPLE_HUB_AND_SPOKE);
    assertThat(new DecisionEngine().evaluate(updated.inputs()).recommended())
        .isEqualTo(Alternative.MULTIPLE_HUB_AND_SPOKE);
  }
}
