package se.socialorg.advisor.store.scenario;

import java.util.List;
import java.util.Objects;
import se.socialorg.advisor.i18n.I18n;

/**
 * A scenario file that cannot be opened: what is wrong and where. {@link #getMessage()} is one
 * line of English for the log; the UI shows {@link #localized(I18n)}, built from {@link
 * #messageKey()}, {@link #args()}, {@link #fieldPath()} and {@link #line()}.
 */
public final class ScenarioFileException extends Exception {

  private final String messageKey;
  private final List<Object> args;
  private final String fieldPath;
  private final int line;
  private final int column;

  /**
   * Creates the exception.
   *
   * @param messageKey bundle key of the problem, prefixed {@code scenario.error.}
   * @param args arguments of that message
   * @param fieldPath dotted path of the field, e.g. {@code scenario.inputs.organisation.employees},
   *     or empty when the problem is not tied to a field
   * @param line 1-based line in the file, or -1 when unknown
   * @param column 1-based column in the file, or -1 when unknown
   * @param cause the underlying exception, or null
   */
  public ScenarioFileException(
      String messageKey, List<?> args, String fieldPath, int line, int column, Throwable cause) {
    super(format(new I18n(I18n.ENGLISH), messageKey, args, fieldPath, line, column), cause);
    this.messageKey = Objects.requireNonNull(messageKey);
    this.args = List.copyOf(args);
    this.fieldPath = fieldPath == null ? "" : fieldPath;
    this.line = line;
    this.column = column;
  }

  /** The bundle key of the problem. */
  public String messageKey() {
    return messageKey;
  }

  /** The arguments of {@link #messageKey()}, in placeholder order. */
  public List<Object> args() {
    return args;
  }

  /** Dotted field path, e.g. {@code scenario.inputs.organisation.employees}; empty if none. */
  public String fieldPath() {
    return fieldPath;
  }

  /** 1-based line, or -1 when unknown. */
  public int line() {
    return line;
  }

  /** 1-based column, or -1 when unknown. */
  public int column() {
    return column;
  }

  /** The same exception with a line and column, unless it already has one. */
  ScenarioFileException at(int newLine, int newColumn) {
    if (line > 0 || newLine <= 0) {
      return this;
    }
    return new ScenarioFileException(messageKey, args, fieldPath, newLine, newColumn, getCause());
  }

  /** The message in the given language, with the place appended. */
  public String localized(I18n i18n) {
    return format(i18n, messageKey, args, fieldPath, line, column);
  }

  private static String format(
      I18n i18n, String key, List<?> args, String path, int line, int column) {
    String problem = i18n.t(key, args.toArray());
    boolean hasPath = path != null && !path.isEmpty();
    if (hasPath && line > 0) {
      return problem + " " + i18n.t("scenario.where.pathLine", path, line, column);
    }
    if (hasPath) {
      return problem + " " + i18n.t("scenario.where.path", path);
    }
    if (line > 0) {
      return problem + " " + i18n.t("scenario.where.line", line, column);
    }
    return problem;
  }
}
