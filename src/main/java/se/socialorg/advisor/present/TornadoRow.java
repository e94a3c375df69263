package se.socialorg.advisor.present;

import java.util.Objects;

/**
 * One row of a tornado (sensitivity) chart: how far the result moves when one input goes to the
 * low and to the high end of its plausible range. Pass the swings relative to the base case, so
 * that zero is the base case: {@code low} is then usually negative and drawn to the left.
 *
 * @param label the input, e.g. "Share of active employees"
 * @param low the change of the result at the input's low end
 * @param high the change of the result at the input's high end
 * @param lowText {@code low} formatted for display, with the input value, e.g. "−0.08 (10 %)"
 * @param highText {@code high} formatted for display
 * @param detailText explanation shown on click, may be empty
 */
public record TornadoRow(
    String label, double low, double high, String lowText, String highText, String detailText) {

  /** Checks the label is present; {@code null} texts become empty. */
  public TornadoRow {
    Objects.requireNonNull(label, "label");
    lowText = lowText == null ? "" : lowText;
    highText = highText == null ? "" : highText;
    detailText = detailText == null ? "" : detailText;
  }

  /** The width of the row's bar: what sorts the rows of a tornado, largest first. */
  public double swing() {
    return Math.abs(high - low);
  }
}
