package se.socialorg.advisor.model;

import java.util.Objects;

/**
 * How a figure was measured and reported, beside its {@link Provenance}.
 *
 * @param variant tells apart figures with the same dataset, country, year and item (another
 *     source that disagrees, a spring update, another population); empty for the main figure
 * @param question the question asked, in the source's wording (may be empty for user figures)
 * @param scale the answer scale and what the figure counts, e.g. "9-point scale, share answering
 *     6-9"
 * @param evidence whether the source is the originator's own or a third party's report
 * @param disputed another source gives a different value for the same figure
 */
public record FigureMethod(
    String variant, String question, String scale, Evidence evidence, boolean disputed) {

  /** Nothing known beyond the provenance. */
  public static final FigureMethod NONE = new FigureMethod("", "", "", Evidence.UNKNOWN, false);

  public FigureMethod {
    variant = variant == null ? "" : variant;
    question = question == null ? "" : question;
    scale = scale == null ? "" : scale;
    evidence = Objects.requireNonNullElse(evidence, Evidence.UNKNOWN);
  }

  /** True for the figure a series uses (no variant, not disputed). */
  public boolean main() {
    return variant.isEmpty() && !disputed;
  }
}
