package se.socialorg.advisor.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import se.socialorg.advisor.model.Alternative;
import se.socialorg.advisor.model.Goal;
import se.socialorg.advisor.model.Goals;
import se.socialorg.advisor.model.Judgement;
import se.socialorg.advisor.model.MaturityStage;
import se.socialorg.advisor.model.Organisation;
import se.socialorg.advisor.model.Readiness;
import se.socialorg.advisor.model.ScenarioInputs;
import se.socialorg.advisor.model.Spokesperson;
import se.socialorg.advisor.model.TrustContext;
import se.socialorg.advisor.model.WeightMode;

class DecisionEngineTest {

  private final DecisionEngine engine = new DecisionEngine();

  @Test
  void defaultsOfferTheThreeBasicModelsOnly() {
    assertThat(engine.evaluate(Fixtures.defaults()).offered())
        .containsExactly(
            Alternative.CENTRALISED, Alternative.HUB_AND_SPOKE, Alternative.DISTRIBUTED_ADVOCACY);
  }

  @Test
  void defaultsRecommendAnEmployeeVoiceModel() {
    assertThat(engine.evaluate(Fixtures.defaults()).recommended())
        .isIn(Alternative.HUB_AND_SPOKE, Alternative.DISTRIBUTED_ADVOCACY);
  }

  @Test
  void marginIsWinnerMinusRunnerUp() {
    Evaluation ev = engine.evaluate(Fixtures.defaults());
    assertThat(ev.margin())
        .isCloseTo(ev.total(ev.recommended()) - ev.total(ev.runnerUp()), within(1e-12));
  }

  @Test
  void directWeightsAreNormalisedSliders() {
    Evaluation ev = engine.evaluate(Fixtures.defaults());
    double sum = Goals.defaults().sliders().values().stream().mapToDouble(d -> d).sum();
    assertThat(ev.weights().get(Goal.TRUST_CREDIBILITY)).isCloseTo(80 / sum, within(1e-12));
    assertThat(ev.ahp()).isNull();
  }

  @Test
  void allWeightOnCrisisReadinessRecommendsCentralCoordination() {
    assertThat(engine.evaluate(Fixtures.onlyGoal(Goal.CRISIS_READINESS)).recommended())
        .isIn(Alternative.CENTRALISED, Alternative.HUB_AND_SPOKE);
  }

  @Test
  void allWeightOnTrustRecommendsEmployeeVoices() {
    assertThat(engine.evaluate(Fixtures.onlyGoal(Goal.TRUST_CREDIBILITY)).recommended())
        .isEqualTo(Alternative.DISTRIBUTED_ADVOCACY);
  }

  @Test
  void allWeightOnOneGoalGivesOnlyThatGoalReasons() {
    Evaluation ev = engine.evaluate(Fixtures.onlyGoal(Goal.CUSTOMER_SERVICE));
    assertThat(ev.weights().get(Goal.CUSTOMER_SERVICE)).isEqualTo(1.0);
    assertThat(ev.reasonsFor()).filteredOn(r -> r.goal() != null)
        .allMatch(r -> r.goal() == Goal.CUSTOMER_SERVICE);
  }

  @Test
  void zeroWillingEmployeesDoNotGetAdvocacyRecommended() {
    Readiness d = Readiness.defaults();
    ScenarioInputs in =
        Fixtures.defaults()
            .withReadiness(new Readiness(d.activeShare(), 0, d.averageNetwork(), d.postsPerWeek(), "", 0));
    Evaluation ev = engine.evaluate(in);
    assertThat(ev.recommended()).isNotEqualTo(Alternative.DISTRIBUTED_ADVOCACY);
    assertThat(ev.reasonsByAlternative().get(Alternative.DISTRIBUTED_ADVOCACY))
        .anyMatch(r -> r.rule() == Rule.CRITICAL_MASS && !r.inFavour());
  }

  @Test
  void oneEmployeeOrganisationIsEvaluatedWithoutMultipleHubs() {
    Evaluation ev = engine.evaluate(Fixtures.organisation(1, 1, 1, MaturityStage.PLANNING, 0.5));
    assertThat(ev.offered()).doesNotContain(Alternative.MULTIPLE_HUB_AND_SPOKE);
    assertThat(ev.recommended()).isEqualTo(Alternative.CENTRALISED);
  }

  @Test
  void millionEmployeesInManyUnitsOfferMultipleHubs() {
    Evaluation ev =
        engine.evaluate(Fixtures.organisation(1_000_000, 40, 60, MaturityStage.FORMALISED, 0.5));
    assertThat(ev.offered()).contains(Alternative.MULTIPLE_HUB_AND_SPOKE);
    assertThat(ev.recommended())
        .isIn(Alternative.MULTIPLE_HUB_AND_SPOKE, Alternative.HUB_AND_SPOKE);
  }

  @Test
  void multipleHubsNotOfferedExplainsWhy() {
    Evaluation ev = engine.evaluate(Fixtures.organisation(5000, 2, 1, MaturityStage.PRESENCE, 0.5));
    assertThat(ev.excluded())
        .anySatisfy(
            e -> {
              assertThat(e.alternative()).isEqualTo(Alternative.MULTIPLE_HUB_AND_SPOKE);
              assertThat(e.args()).contains(5000, 2, 1);
            });
  }

  @Test
  void holisticOfferedOnlyWhenMatureAndOpen() {
    assertThat(engine.evaluate(Fixtures.organisation(500, 1, 1, MaturityStage.STRATEGIC, 0.8)).offered())
        .contains(Alternative.HOLISTIC);
    assertThat(engine.evaluate(Fixtures.organisation(500, 1, 1, MaturityStage.STRATEGIC, 0.6)).offered())
        .doesNotContain(Alternative.HOLISTIC);
    assertThat(engine.evaluate(Fixtures.organisation(500, 1, 1, MaturityStage.FORMALISED, 0.9)).offered())
        .doesNotContain(Alternative.HOLISTIC);
  }

  @Test
  void pairwiseModeUsesAhpAndGivesUnjudgedGoalsZero() {
    ScenarioInputs in =
        Fixtures.pairwise(
            new Judgement(Goal.TRUST_CREDIBILITY, Goal.MEASURABLE_ROI, 3),
            new Judgement(Goal.TRUST_CREDIBILITY, Goal.CRISIS_READINESS, 5),
            new Judgement(Goal.MEASURABLE_ROI, Goal.CRISIS_READINESS, 2));
    Evaluation ev = engine.evaluate(in);
    assertThat(ev.ahp()).isNotNull();
    assertThat(ev.ahpGoals())
        .containsExactly(Goal.TRUST_CREDIBILITY, Goal.CRISIS_READINESS, Goal.MEASURABLE_ROI);
    assertThat(ev.weights().get(Goal.LEAD_GENERATION)).isZero();
    assertThat(ev.weights().get(Goal.TRUST_CREDIBILITY)).isGreaterThan(0.6);
  }

  @Test
  void reasonsFromDefaultsSaySo() {
    Evaluation ev = engine.evaluate(Fixtures.defaults());
    assertThat(ev.reasonsFor()).isNotEmpty().allMatch(Reason::fromDefault);
  }

  @Test
  void reasonBehindAChangedInputIsNotFromDefault() {
    TrustContext t = TrustContext.defaults();
    Map<Spokesperson, Double> c = new EnumMap<>(t.credibility());
    c.put(Spokesperson.CEO, 21.0);
    ScenarioInputs in =
        Fixtures.defaults()
            .withTrust(
                new TrustContext(
                    t.country(), t.industry(), t.year(), t.trustInBusiness(), t.trustInMedia(),
                    t.industryTrust(), c, Set.of("CEO"), t.source()));
    Evaluation ev = engine.evaluate(in);
    assertThat(ev.reasonsByAlternative().get(ev.recommended()))
        .filteredOn(r -> r.rule() == Rule.CREDIBILITY_GAP)
        .singleElement()
        .satisfies(r -> assertThat(r.fromDefault()).isFalse());
  }

  @Test
  void reasonsForAreInFavourAndSortedByImpact() {
    Evaluation ev = engine.evaluate(Fixtures.defaults());
    assertThat(ev.reasonsFor()).allMatch(r -> r.impact() > 0 && r.inFavour());
    assertThat(ev.reasonsAgainst()).allMatch(r -> r.impact() < 0 && !r.inFavour());
    for (int i = 1; i < ev.reasonsFor().size(); i++) {
      assertThat(ev.reasonsFor().get(i).impact()).isLessThanOrEqualTo(ev.reasonsFor().get(i - 1).impact());
    }
  }

  @Test
  void sameInputsGiveTheSameEvaluation() {
    assertThat(engine.evaluate(Fixtures.defaults())).isEqualTo(engine.evaluate(Fixtures.defaults()));
  }

  static Stream<Arguments> invalidInputs() {
    ScenarioInputs d = ScenarioInputs.defaults();
    Organisation o = Organisation.defaults();
    Readiness r = Readiness.defaults();
    return Stream.of(
        Arguments.of(
            (UnaryOperator<ScenarioInputs>)
                in -> in.withOrganisation(new Organisation(0, 0.2, 1, 1, 0.3, o.maturity(), o.sharedFunctions(), 0.5)),
            "organisation.employees"),
        Arguments.of(
            (UnaryOperator<ScenarioInputs>)
                in -> in.withOrganisation(new Organisation(10, 0.2, 1, 1, 1.5, o.maturity(), o.sharedFunctions(), 0.5)),
            "organisation.regulation"),
        Arguments.of(
            (UnaryOperator<ScenarioInputs>)
                in -> in.withOrganisation(new Organisation(10, 0.2, 1, 1, 0.3, null, o.sharedFunctions(), 0.5)),
            "organisation.maturity"),
        Arguments.of(
            (UnaryOperator<ScenarioInputs>)
                in -> in.withReadiness(new Readiness(r.activeShare(), Double.NaN, 400, 1, "", 0)),
            "readiness.willingShare"),
        Arguments.of(
            (UnaryOperator<ScenarioInputs>)
                in -> in.withGoals(new Goals(WeightMode.DIRECT, Map.of(), List.of())),
            "goals.sliders"),
        Arguments.of(
            (UnaryOperator<ScenarioInputs>)
                in -> in.withGoals(new Goals(WeightMode.DIRECT, Map.of(Goal.LEAD_GENERATION, 140.0), List.of())),
            "goals.sliders.LEAD_GENERATION"),
        Arguments.of(
            (UnaryOperator<ScenarioInputs>)
                in -> in.withGoals(new Goals(WeightMode.PAIRWISE, Map.of(), List.of())),
            "goals.judgements"),
        Arguments.of(
            (UnaryOperator<ScenarioInputs>)
                in ->
                    in.withGoals(
                        new Goals(
                            WeightMode.PAIRWISE,
                            Map.of(),
                            List.of(
                                new Judgement(Goal.TRUST_CREDIBILITY, Goal.MEASURABLE_ROI, 3),
                                new Judgement(Goal.TRUST_CREDIBILITY, Goal.CRISIS_READINESS, 5)))),
            "missing comparison"),
        Arguments.of(
            (UnaryOperator<ScenarioInputs>)
                in ->
                    in.withGoals(
                        new Goals(
                            WeightMode.PAIRWISE,
                            Map.of(),
                            List.of(new Judgement(Goal.TRUST_CREDIBILITY, Goal.MEASURABLE_ROI, 12)))),
            "goals.judgements[0].ratio"));
  }

  @ParameterizedTest
  @MethodSource("invalidInputs")
  void invalidInputIsRefusedNamingTheField(UnaryOperator<ScenarioInputs> change, String path) {
    ScenarioInputs in = change.apply(ScenarioInputs.defaults());
    assertThatThrownBy(() -> engine.evaluate(in))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(path);
  }

  @Test
  void nullInputsAreRefused() {
    assertThatThrownBy(() -> engine.evaluate(null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("inputs");
  }

  @Test
  void missingCountryAndIndustryNamesStillEvaluate() {
    TrustContext t = TrustContext.defaults();
    ScenarioInputs in =
        Fixtures.defaults()
            .withTrust(
                new TrustContext(
                    null, null, t.year(), t.trustInBusiness(), t.trustInMedia(), 30,
                    t.credibility(), null, t.source()));
    assertThat(engine.evaluate(in).reasonsByAlternative().get(Alternative.CENTRALISED))
        .anyMatch(r -> r.rule() == Rule.INDUSTRY_DISTRUST);
  }

  @ParameterizedTest
  @EnumSource(Goal.class)
  void everySingleGoalScenarioEvaluates(Goal g) {
    Evaluation ev = engine.evaluate(Fixtures.onlyGoal(g));
    assertThat(ev.ranking()).hasSize(ev.offered().size());
  }
}
