package se.socialorg.advisor.store.survey;

/**
 * One bar of a histogram: values {@code from <= v < to}.
 *
 * @param from lower bound, inclusive
 * @param to upper bound, exclusive; {@code Double.POSITIVE_INFINITY} for the last bin
 * @param count respondents in the bin
 */
public record HistogramBin(double from, double to, long count) {}
