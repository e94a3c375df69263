package se.socialorg.advisor.present.help;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import se.socialorg.advisor.model.Alternative;
import se.socialorg.advisor.present.help.OrgDiagram.Role;

/** The five models' diagrams say what each model is: who speaks and who works with whom. */
class OrgDiagramTest {

  @ParameterizedTest
  @EnumSource(Alternative.class)
  void everyNodeLiesOnThePlaneAndEveryLinkJoinsTwoOfThem(Alternative model) {
    OrgDiagram d = OrgDiagram.of(model);
    assertThat(d.nodes()).allSatisfy(n -> {
      assertThat(n.x()).isBetween(0.0, d.width());
      assertThat(n.y()).isBetween(0.0, 1.0);
    });
    assertThat(d.links()).allSatisfy(l -> {
      assertThat(l.from()).isBetween(0, d.nodes().size() - 1);
      assertThat(l.to()).isBetween(0, d.nodes().size() - 1);
      assertThat(l.from()).isNotEqualTo(l.to());
    });
  }

  @ParameterizedTest
  @EnumSource(Alternative.class)
  void everyModelHasExactlyOneCentre(Alternative model) {
    assertThat(OrgDiagram.of(model).count(Role.CORE)).isEqualTo(1);
  }

  @Test
  void inACentralisedTeamOnlyTheTeamSpeaksAndTheRestIsQuiet() {
    OrgDiagram d = OrgDiagram.of(Alternative.CENTRALISED);
    assertThat(d.count(Role.QUIET)).isGreaterThan(d.count(Role.VOICE));
    assertThat(linked(d)).doesNotContainAnyElementsOf(indexes(d, Role.QUIET));
  }

  @Test
  void hubAndSpokeLinksEveryAmbassadorToTheCentre() {
    OrgDiagram d = OrgDiagram.of(Alternative.HUB_AND_SPOKE);
    int core = indexes(d, Role.CORE).iterator().next();
    for (int voice : indexes(d, Role.VOICE)) {
      assertThat(d.links()).contains(new OrgDiagram.Link(core, voice));
    }
    assertThat(d.count(Role.QUIET)).isPositive();
  }

  @Test
  void employeeAdvocacyHasMoreVoicesThanHubAndSpokeAndNoQuietOnes() {
    OrgDiagram advocacy = OrgDiagram.of(Alternative.DISTRIBUTED_ADVOCACY);
    assertThat(advocacy.count(Role.VOICE))
        .isGreaterThan(OrgDiagram.of(Alternative.HUB_AND_SPOKE).count(Role.VOICE));
    assertThat(advocacy.count(Role.QUIET)).isZero();
  }

  @Test
  void multipleHubAndSpokeHasAHubPerUnitEachWithItsOwnVoices() {
    OrgDiagram d = OrgDiagram.of(Alternative.MULTIPLE_HUB_AND_SPOKE);
    int core = indexes(d, Role.CORE).iterator().next();
    Set<Integer> hubs = indexes(d, Role.HUB);
    assertThat(hubs).hasSizeGreaterThanOrEqualTo(3);
    for (int hub : hubs) {
      assertThat(d.links()).contains(new OrgDiagram.Link(core, hub));
      assertThat(d.links().stream().filter(l -> l.from() == hub)
          .filter(l -> d.nodes().get(l.to()).role() == Role.VOICE)).hasSizeGreaterThanOrEqualTo(2);
    }
  }

  @Test
  void theHoneycombLinksNeighboursWithEachOtherNotOnlyWithTheCentre() {
    OrgDiagram d = OrgDiagram.of(Alternative.HOLISTIC);
    int core = indexes(d, Role.CORE).iterator().next();
    assertThat(d.links().stream().filter(l -> l.from() != core && l.to() != core).count())
        .isGreaterThan(d.nodes().size());
    assertThat(d.count(Role.QUIET)).isZero();
  }

  @Test
  void theLegendListsOnlyTheRolesDrawn() {
    assertThat(OrgDiagram.of(Alternative.DISTRIBUTED_ADVOCACY).roles())
        .containsExactly(Role.CORE, Role.VOICE);
    assertThat(OrgDiagram.of(Alternative.MULTIPLE_HUB_AND_SPOKE).roles())
        .containsExactly(Role.CORE, Role.HUB, Role.VOICE);
  }

  private static Set<Integer> indexes(OrgDiagram d, Role role) {
    Set<Integer> out = new HashSet<>();
    for (int i = 0; i < d.nodes().size(); i++) {
      if (d.nodes().get(i).role() == role) {
        out.add(i);
      }
    }
    return out;
  }

  private static Set<Integer> linked(OrgDiagram d) {
    Set<Integer> out = new HashSet<>();
    d.links().forEach(l -> {
      out.add(l.from());
      out.add(l.to());
    });
    return out;
  }
}
