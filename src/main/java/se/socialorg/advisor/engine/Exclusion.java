package se.socialorg.advisor.engine;

import java.util.List;
import se.socialorg.advisor.model.Alternative;

/**
 * Why an alternative is not offered for this organisation.
 *
 * @param alternative the alternative left out
 * @param key i18n key of the explanation
 * @param args MessageFormat arguments (numbers, or enum constants to translate)
 * @param sourceKey i18n key of the evidence
 */
public record Exclusion(Alternative alternative, String key, List<Object> args, String sourceKey) {
  public Exclusion {
    args = List.copyOf(args);
  }
}
