package se.socialorg.advisor.present;

import java.util.ArrayList;
import java.util.List;
import se.socialorg.advisor.engine.Advice;
import se.socialorg.advisor.engine.AhpResult;
import se.socialorg.advisor.engine.Evaluation;
import se.socialorg.advisor.engine.Exclusion;
import se.socialorg.advisor.engine.FlipPoint;
import se.socialorg.advisor.engine.Reason;
import se.socialorg.advisor.engine.SensitivityResult;
import se.socialorg.advisor.i18n.I18n;
import se.socialorg.advisor.model.Alternative;
import se.socialorg.advisor.model.Judgement;

/**
 * The one wording of a recommendation: the sentence, its confidence, the reasons for and against
 * with their sources, the exclusions, the flip points, the consistency of pairwise answers and
 * the answers themselves. The recommendation step, the PDF report and {@code evaluate}'s plain
 * output all read it here, so they say the same thing.
 */
public final class RecommendationText {

  private final I18n i18n;
  private final ReasonFormatter fmt;
  private final ResultCharts parameters;
  private final ExecutiveSummary.Words words;

  public RecommendationText(I18n i18n) {
    this.i18n = i18n;
    this.fmt = new ReasonFormatter(i18n);
    this.parameters = new ResultCharts(i18n);
    this.words = new ExecutiveSummary.Words(i18n);
  }

  /** A model's name in the user's language. */
  public String name(Alternative a) {
    return fmt.name(a);
  }

  /**
   * The headline, worded by how sure the advice is: "We recommend X: description." only when
   * clear; "X is the likely best fit" when likely; "X and Y are close. What decides it: ..." for
   * a close call.
   */
  public String sentence(Analysis a) {
    return words.headline(a.advice());
  }

  /** How sure, in words: the level, the chance of ranking first, the lead in points of 100. */
  public String confidence(Analysis a) {
    return words.confidence(a.advice());
  }

  /**
   * Reason texts, each with its source when it has one; inputs left at their defaults are named
   * once, in {@link ExecutiveSummary#defaultsNote()}, not after every reason.
   */
  public List<String> reasons(List<Reason> reasons) {
    List<String> out = new ArrayList<>();
    for (Reason r : reasons) {
      out.add(words.plain(r));
    }
    return out;
  }

  /** The reason text alone, without its source (the CLI's plain lines). */
  public String reasonOnly(Reason r) {
    return fmt.text(r);
  }

  /** The exclusion text alone, without model name or source (the CLI's plain lines). */
  public String exclusionOnly(Exclusion x) {
    return fmt.text(x);
  }

  /** "Model: why it is left out (source)", one per excluded model. */
  public List<String> exclusions(Evaluation e) {
    List<String> out = new ArrayList<>();
    for (Exclusion x : e.excluded()) {
      out.add(fmt.name(x.alternative()) + ": " + fmt.text(x) + sourceSuffix(x.sourceKey()));
    }
    return out;
  }

  /**
   * One sentence per parameter that flips the recommendation within its search range; one that
   * would need an unrealistic value reads "no realistic change in this input changes the
   * answer".
   */
  public List<String> flipPoints(SensitivityResult sensitivity) {
    List<String> out = new ArrayList<>();
    for (FlipPoint f : sensitivity.flipPoints()) {
      if (f.flips() && !Advice.realistic(f)) {
        out.add(i18n.t("advice.flip.unrealistic", parameters.parameterName(f.parameter())));
      } else if (f.flips()) {
        List<String> values = parameters.parameterValues(f.parameter(), f.flipValue(), f.current());
        out.add(i18n.t(f.above() ? "wizard.result.flip.above" : "wizard.result.flip.below",
            fmt.name(f.newWinner()), parameters.parameterName(f.parameter()),
            values.get(0), values.get(1)));
      }
    }
    return out;
  }

  /** Whether pairwise answers agree, with the ratio: the engine's one threshold decides. */
  public String consistency(AhpResult ahp) {
    return i18n.t(ahp.acceptable() ? "wizard.goals.cr.good" : "wizard.goals.cr.bad",
        i18n.number(ahp.consistencyRatio(), 2));
  }

  /** A pairwise answer in words: "Reach is 3 times as important as Cost", or equal. */
  public String answer(Judgement j) {
    String first = i18n.t("goal." + j.first().name());
    String second = i18n.t("goal." + j.second().name());
    if (Math.abs(j.ratio() - 1) < 1e-9) {
      return first + " / " + second + ": " + i18n.t("wizard.goals.answer.equal");
    } else if (j.ratio() > 1) {
      return i18n.t("wizard.goals.answer.more", first, i18n.number(j.ratio(), 0), second);
    }
    return i18n.t("wizard.goals.answer.more", second, i18n.number(1 / j.ratio(), 0), first);
  }

  /** " (source: …)" after a reason, or nothing when it has no source. */
  public String sourceSuffix(String sourceKey) {
    return sourceKey == null || sourceKey.isBlank() ? ""
        : " " + i18n.t("wizard.result.sourceSuffix", fmt.source(sourceKey));
  }
}
