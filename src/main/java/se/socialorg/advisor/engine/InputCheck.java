package se.socialorg.advisor.engine;

import java.util.List;
import se.socialorg.advisor.model.InputField;
import se.socialorg.advisor.model.ScenarioInputs;
import se.socialorg.advisor.model.Spokesperson;

/** Refuses inputs the engine cannot evaluate, naming the field path. */
final class InputCheck {

  private InputCheck() {}

  /**
   * Throws {@link IllegalArgumentException} for null inputs, missing enums or spokesperson
   * figures, and any value outside its {@link InputField} range.
   */
  static void check(ScenarioInputs in) {
    if (in == null) {
      throw new IllegalArgumentException("inputs are missing");
    }
    if (in.organisation().maturity() == null) {
      throw new IllegalArgumentException("organisation.maturity is missing");
    }
    if (in.organisation().sharedFunctions() == null) {
      throw new IllegalArgumentException("organisation.sharedFunctions is missing");
    }
    for (Spokesperson s : Spokesperson.values()) {
      if (in.trust().credibility().containsKey(s) && in.trust().credibility().get(s) == null) {
        throw new IllegalArgumentException("trust.credibility." + s.name() + " is missing");
      }
    }
    for (var e : in.goals().sliders().entrySet()) {
      if (e.getValue() == null) {
        throw new IllegalArgumentException("goals.sliders." + e.getKey().name() + " is missing");
      }
    }
    List<InputField.Violation> violations = InputField.validate(in);
    if (!violations.isEmpty()) {
      InputField.Violation v = violations.get(0);
      StringBuilder msg =
          new StringBuilder(v.path())
              .append(" = ")
              .append(v.value())
              .append(" is outside the valid range ")
              .append(plain(v.min()))
              .append(" to ")
              .append(plain(v.max()));
      if (violations.size() > 1) {
        msg.append(" (and ").append(violations.size() - 1).append(" more invalid inputs)");
      }
      throw new IllegalArgumentException(msg.toString());
    }
  }

  private static String plain(double d) {
    return d == Math.rint(d) && Math.abs(d) < 1e15
        ? Long.toString((long) d)
        : Double.toString(d);
  }
}
