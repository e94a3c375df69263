package se.socialorg.advisor.present;

import java.util.List;
import se.socialorg.advisor.engine.Exclusion;
import se.socialorg.advisor.engine.Reason;
import se.socialorg.advisor.i18n.I18n;
import se.socialorg.advisor.model.Alternative;
import se.socialorg.advisor.model.Goal;
import se.socialorg.advisor.model.MaturityStage;
import se.socialorg.advisor.model.SharedFunctions;

/**
 * Renders {@link Reason}s and {@link Exclusion}s in the user's language: enum arguments become
 * their translated names, and a reason resting on default values says so. Wording lives here, in
 * the presentation layer; the engine gives reasons as keys and arguments only.
 */
public final class ReasonFormatter {

  private final I18n i18n;

  public ReasonFormatter(I18n i18n) {
    this.i18n = java.util.Objects.requireNonNull(i18n, "i18n");
  }

  /** The reason's sentence, with a note when its inputs were left at their defaults. */
  public String text(Reason r) {
    String s = i18n.t(r.key(), args(r.args()));
    return r.fromDefault() ? s + " " + i18n.t("engine.reason.defaultNote") : s;
  }

  /**
   * The reason's sentence alone: the advice lists inputs left at their defaults once, in one
   * note, instead of after every reason.
   */
  public String plain(Reason r) {
    return i18n.t(r.key(), args(r.args()));
  }

  /** The exclusion's sentence. */
  public String text(Exclusion e) {
    return i18n.t(e.key(), args(e.args()));
  }

  /** The name of the evidence behind a source key. */
  public String source(String sourceKey) {
    return i18n.t(sourceKey);
  }

  /** Translated name of an alternative. */
  public String name(Alternative a) {
    return i18n.t("alternative." + a.name());
  }

  private Object[] args(List<Object> args) {
    Object[] out = new Object[args.size()];
    for (int i = 0; i < out.length; i++) {
      Object o = args.get(i);
      if (o instanceof Alternative a) {
        out[i] = i18n.t("alternative." + a.name());
      } else if (o instanceof Goal g) {
        out[i] = i18n.t("goal." + g.name());
      } else if (o instanceof MaturityStage m) {
        out[i] = i18n.t("maturity." + m.name());
      } else if (o instanceof SharedFunctions sf) {
        out[i] = i18n.t("engine.sharedFunctions." + sf.name());
      } else {
        out[i] = o;
      }
    }
    return out;
  }
}
