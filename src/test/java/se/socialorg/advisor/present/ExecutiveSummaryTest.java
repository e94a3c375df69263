package se.socialorg.advisor.present;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import se.socialorg.advisor.engine.Advice;
import se.socialorg.advisor.engine.Confidence;
import se.socialorg.advisor.engine.DecisionEngine;
import se.socialorg.advisor.engine.FlipPoint;
import se.socialorg.advisor.engine.MoneyFigures;
import se.socialorg.advisor.engine.ProjectionCase;
import se.socialorg.advisor.engine.SensitivityResult;
import se.socialorg.advisor.i18n.I18n;
import se.socialorg.advisor.model.Alternative;
import se.socialorg.advisor.model.Decision;
import se.socialorg.advisor.model.Goal;
import se.socialorg.advisor.model.Goals;
import se.socialorg.advisor.model.Scenario;
import se.socialorg.advisor.model.ScenarioInputs;
import se.socialorg.advisor.model.WeightMode;
import se.socialorg.advisor.store.scenario.Sample;
import se.socialorg.advisor.store.scenario.Samples;
import se.socialorg.advisor.store.scenario.ScenarioFiles;

class ExecutiveSummaryTest {

  private static final DecisionEngine ENGINE = new DecisionEngine();

  private static Scenario sample(String id) throws Exception {
    Samples samples = new Samples(new ScenarioFiles());
    Sample s = samples.list().stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
    return samples.open(s);
  }

  private static ExecutiveSummary summary(ScenarioInputs in, String lang) {
    return ExecutiveSummary.of(Analysis.of(ENGINE, in), Decision.none(), I18n.forLanguage(lang));
  }

  /** The words "We recommend X" start with, in a language. */
  private static String recommendWords(String lang) {
    String pattern = I18n.forLanguage(lang).t("wizard.result.sentence", "\u0000", "");
    return pattern.substring(0, pattern.indexOf('\u0000'));
  }

  /** Goal sliders that make close and clear calls: one, two or three goals weighted. */
  static Stream<Arguments> goalMixes() {
    List<Arguments> out = new ArrayList<>();
    Goal[] goals = Goal.values();
    for (int i = 0; i < goals.length; i++) {
      for (int j = i + 1; j < goals.length; j++) {
        for (String lang : List.of("en", "sv")) {
          out.add(Arguments.of(goals[i], goals[j], lang));
        }
      }
    }
    return out.stream();
  }

  private static ScenarioInputs weighted(Goal a, Goal b) {
    Map<Goal, Double> s = new EnumMap<>(Goal.class);
    for (Goal g : Goal.values()) {
      s.put(g, 10.0);
    }
    s.put(a, 60.0);
    s.put(b, 55.0);
    return ScenarioInputs.defaults().withGoals(new Goals(WeightMode.DIRECT, s, List.of()));
  }

  @ParameterizedTest(name = "{0} and {1} weighted, {2}")
  @MethodSource("goalMixes")
  void aCloseCallNeverReadsWeRecommend(Goal a, Goal b, String lang) {
    ExecutiveSummary s = summary(weighted(a, b), lang);
    if (s.advice().confidence() == Confidence.CLOSE_CALL) {
      assertThat(s.headline()).doesNotContain(recommendWords(lang));
      assertThat(s.recommendsOutright()).isFalse();
    } else {
      assertThat(s.advice().confidence()).isIn(Confidence.CLEAR, Confidence.LIKELY);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "sv"})
  void theAllDefaultCaseIsACloseCallThatNamesBothModelsAndWhatDecides(String lang) {
    I18n i18n = I18n.forLanguage(lang);
    ExecutiveSummary s = summary(ScenarioInputs.defaults(), lang);
    Advice a = s.advice();
    assertThat(a.confidence()).isEqualTo(Confidence.CLOSE_CALL);
    assertThat(s.headline())
        .doesNotContain(recommendWords(lang))
        .contains(i18n.t("alternative." + a.evaluation().recommended().name()))
        .contains(i18n.t("alternative." + a.evaluation().runnerUp().name()));
    assertThat(s.headline()).isEqualTo(i18n.t("advice.headline.close",
        i18n.t("alternative." + a.evaluation().recommended().name()),
        i18n.t("alternative." + a.evaluation().runnerUp().name()),
        new ExecutiveSummary.Words(i18n).decides(a)));
  }

  @Test
  void aClearCaseSaysWeRecommend() throws Exception {
    // Swedish B2B sample: employee advocacy first in about 99 % of variations, 13 points ahead.
    ExecutiveSummary s = summary(sample("swedish-b2b-tech").inputs(), "en");
    assertThat(s.advice().confidence()).isEqualTo(Confidence.CLEAR);
    assertThat(s.headline()).startsWith(recommendWords("en"));
  }

  @Test
  void aLikelyCaseReadsLikelyBestFit() throws Exception {
    // Regional bank: central team first in about 68 %, 3 points ahead of hub-and-spoke.
    I18n en = I18n.forLanguage("en");
    ExecutiveSummary s = summary(sample("regional-bank").inputs(), "en");
    assertThat(s.advice().confidence()).isEqualTo(Confidence.LIKELY);
    assertThat(s.headline()).isEqualTo(en.t("advice.headline.likely",
        en.t("alternative.CENTRALISED"), en.t("alternative.CENTRALISED.description")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "sv"})
  void theSummaryFiguresAreTheEngines(String lang) throws Exception {
    I18n i18n = I18n.forLanguage(lang);
    ScenarioInputs in = sample("regional-bank").inputs();
    ExecutiveSummary s = summary(in, lang);
    Advice engine = ENGINE.advise(in);
    assertThat(s.advice().chanceFirst()).isEqualTo(engine.chanceFirst());
    assertThat(s.advice().money()).isEqualTo(engine.money());
    assertThat(s.confidence()).contains(i18n.percent(engine.chanceFirst(), 0));
    String currency = in.resources().currency();
    for (Alternative a : List.of(engine.money().recommended(), engine.money().runnerUp())) {
      MoneyFigures y2 = engine.money().figure(a, ProjectionCase.CONSERVATIVE, 24);
      MoneyFigures y1 = engine.money().figure(a, ProjectionCase.CONSERVATIVE, 12);
      assertThat(String.join(" ", s.money()))
          .contains(i18n.money(y1.cost(), currency), i18n.money(y1.value(), currency),
              i18n.money(y2.cost(), currency), i18n.money(y2.value(), currency),
              i18n.number(y1.headcount(), 1));
    }
    assertThat(String.join(" ", s.money())).contains(i18n.money(
        engine.money().figure(engine.money().recommended(), ProjectionCase.VENDOR, 24).value(),
        currency));
  }

  @Test
  void whenTheRecommendationLacksTheBestReturnTheSummarySaysWhy() {
    I18n en = I18n.forLanguage("en");
    ExecutiveSummary s = summary(ScenarioInputs.defaults(), "en");
    var m = s.advice().money();
    assertThat(m.recommendedHasBestReturn()).isFalse();
    assertThat(s.returnNote()).isEqualTo(en.t("advice.return.notBest",
        en.t("alternative." + m.recommended().name()), en.t("goal." + m.topGoals().get(0).name()),
        en.t("goal." + m.topGoals().get(1).name()), en.t("alternative." + m.bestReturn().name())));
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "sv"})
  void noStatisticiansWordsInTheSummary(String lang) throws Exception {
    for (String id : List.of("regional-bank", "swedish-b2b-tech", "multinational")) {
      ExecutiveSummary s = summary(sample(id).inputs(), lang);
      List<String> texts = new ArrayList<>(List.of(s.headline(), s.confidence(), s.returnNote(),
          s.change(), s.decision(), s.defaultsNote()));
      texts.addAll(s.reasons());
      texts.addAll(s.money());
      assertThat(String.join(" ", texts).toLowerCase())
          .doesNotContain("margin", "monte carlo", "draws", "dragning", "marginal");
    }
  }

  @Test
  void uncheckedDefaultsAreOneNoteNotASuffixOnEveryReason() throws Exception {
    I18n en = I18n.forLanguage("en");
    ExecutiveSummary s = summary(sample("regional-bank").inputs(), "en");
    assertThat(s.reasons()).noneMatch(r -> r.contains(en.t("engine.reason.defaultNote")));
    String pattern = en.t("advice.defaults.note", "\u0000");
    assertThat(s.defaultsNote()).startsWith(pattern.substring(0, pattern.indexOf('\u0000')))
        .contains(en.t("engine.parameter.SHARED_FUNCTIONS"));
  }

  @Test
  void anAllDefaultScenarioSaysPlainlyItRestsOnDefaults() {
    I18n en = I18n.forLanguage("en");
    assertThat(summary(ScenarioInputs.defaults(), "en").defaultsNote())
        .isEqualTo(en.t("advice.defaults.all"));
  }

  @Test
  void anImpossibleFlipPointReadsNoRealisticChange() {
    I18n en = I18n.forLanguage("en");
    FlipPoint impossible =
        new FlipPoint("weight.EMPLOYER_BRANDING", 0.17, 1.0, Alternative.CENTRALISED);
    SensitivityResult s = new SensitivityResult(Alternative.HUB_AND_SPOKE, 0.05, List.of(),
        List.of(impossible));
    assertThat(new RecommendationText(en).flipPoints(s)).containsExactly(
        en.t("advice.flip.unrealistic", en.t("engine.parameter.weight",
            en.t("goal.EMPLOYER_BRANDING"))));
  }

  @Test
  void theDecisionTakenIsPartOfTheSummary() throws Exception {
    I18n en = I18n.forLanguage("en");
    Scenario bank = sample("regional-bank");
    ExecutiveSummary s = ExecutiveSummary.of(Analysis.of(ENGINE, bank.inputs()),
        new Decision(Alternative.HUB_AND_SPOKE, ""), en);
    assertThat(s.decision()).isEqualTo(en.t("report.decision.taken",
        en.t("alternative.HUB_AND_SPOKE")));
    assertThat(ExecutiveSummary.of(Analysis.of(ENGINE, bank.inputs()), Decision.none(), en)
        .decision()).isEqualTo(en.t("advice.decision.none"));
  }

  @Test
  void theSummaryHoldsTheThreeStrongestReasons() throws Exception {
    ScenarioInputs in = sample("swedish-b2b-tech").inputs();
    ExecutiveSummary s = summary(in, "en");
    assertThat(s.reasons()).hasSize(Math.min(3, ENGINE.evaluate(in).reasonsFor().size()));
  }
}
