package se.socialorg.advisor.store.db;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;
import se.socialorg.advisor.model.ReferenceFigure;

/**
 * Which figure stands for a country and year: the newest edition not later than the year, the
 * country's own figure before the global one in the same year, a published figure before a derived
 * one. When every candidate is later than the year, the earliest of them. Only the country's own
 * and global figures are candidates, and only main figures (no variant, not disputed): when two
 * sources disagree, neither is used silently. Pure function.
 */
public final class FigureSelection {

  private FigureSelection() {}

  /** The figure to use for {@code country} in {@code year}, or empty when there is none. */
  public static Optional<ReferenceFigure> pick(
      Collection<ReferenceFigure> candidates, String country, int year) {
    Comparator<ReferenceFigure> order =
        Comparator.<ReferenceFigure>comparingInt(f -> f.year() <= year ? 0 : 1)
            .thenComparingInt(f -> f.year() <= year ? year - f.year() : f.year() - year)
            .thenComparingInt(f -> f.country().equals(country) ? 0 : 1)
            .thenComparingInt(f -> f.source().derived() ? 1 : 0);
    return candidates.stream()
        .filter(f -> f.method().main())
        .filter(f -> f.country().equals(country) || f.country().equals(FigureRepository.GLOBAL))
        .min(order);
  }
}
