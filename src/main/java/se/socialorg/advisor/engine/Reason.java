package se.socialorg.advisor.engine;

import java.util.List;
import java.util.Objects;
import se.socialorg.advisor.model.Alternative;
import se.socialorg.advisor.model.Goal;

/**
 * One reason for or against an alternative, as data: the UI and reports render {@code key} from
 * the message bundles with {@code args} ({@code present.ReasonFormatter} does it, translating enum
 * arguments to their names).
 *
 * @param key i18n key of the text
 * @param args MessageFormat arguments: numbers, strings, or {@link Alternative}, {@link Goal},
 *     {@link se.socialorg.advisor.model.MaturityStage}, {@link
 *     se.socialorg.advisor.model.SharedFunctions} constants
 * @param alternative the alternative the reason is about
 * @param comparedWith the alternative it is compared with (the runner-up for the recommended
 *     one, the recommended one for the others)
 * @param goal the goal concerned, or null when the reason is about an input
 * @param rule the scoring rule behind it, or null for a goal reason
 * @param impact signed contribution to {@code alternative}'s total minus {@code comparedWith}'s
 * @param inFavour whether the reason speaks for {@code alternative} (impact above zero)
 * @param sourceKey i18n key naming the evidence, e.g. {@code source.edelman2012}
 * @param fromDefault every input behind the reason was left at its default value
 */
public record Reason(
    String key,
    List<Object> args,
    Alternative alternative,
    Alternative comparedWith,
    Goal goal,
    Rule rule,
    double impact,
    boolean inFavour,
    String sourceKey,
    boolean fromDefault) {

  public Reason {
    Objects.requireNonNull(key, "key");
    args = List.copyOf(args);
    Objects.requireNonNull(alternative, "alternative");
  }
}
