package se.socialorg.advisor.store.followup;

import java.util.List;
import se.socialorg.advisor.i18n.I18n;

/** A follow-up file that cannot be read; the scenario itself is not affected. */
public final class FollowUpFileException extends Exception {

  private static final long serialVersionUID = 1L;

  private final String key;
  private final transient List<Object> args;

  public FollowUpFileException(String key, List<Object> args, Throwable cause) {
    super(key + " " + args, cause);
    this.key = key;
    this.args = List.copyOf(args);
  }

  public String message(I18n i18n) {
    return i18n.t(key, args.toArray());
  }
}
