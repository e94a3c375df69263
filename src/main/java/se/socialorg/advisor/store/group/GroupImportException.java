package se.socialorg.advisor.store.group;

import java.util.List;
import se.socialorg.advisor.i18n.I18n;

/** An import refused as a whole: every problem found, nothing applied. */
public final class GroupImportException extends Exception {

  private final List<GroupImportProblem> problems;

  public GroupImportException(List<GroupImportProblem> problems) {
    super(problems.isEmpty() ? "refused" : problems.get(0).toString()
        + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more)" : ""));
    this.problems = List.copyOf(problems);
  }

  public List<GroupImportProblem> problems() {
    return problems;
  }

  /** Every problem, one per line, in the given language. */
  public String localized(I18n i18n) {
    return String.join("\n", problems.stream().map(p -> p.format(i18n)).toList());
  }
}
