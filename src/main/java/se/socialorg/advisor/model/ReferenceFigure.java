package se.socialorg.advisor.model;

import java.util.Objects;

/**
 * One figure of the data library, as the user sees it: a shipped figure (possibly overridden by
 * the user) or a figure the user added.
 *
 * @param id database id; for an overridden shipped figure the shipped row's id
 * @param dataset dataset id, e.g. {@code EDELMAN_INSTITUTIONS} (see {@link Dataset})
 * @param country country or region, e.g. "Sweden", "Global"
 * @param year year the figure applies to
 * @param item stable item id within the dataset, e.g. {@code business}, {@code ceo}
 * @param value the effective value (the user's override when there is one)
 * @param unit {@code percent}, {@code share} or {@code factor}
 * @param source provenance: source title, address, year, population, derived and vendor flags
 * @param shipped true for figures that come with the app (read-only)
 * @param overridden true when the user has overridden a shipped figure
 * @param shippedValue the shipped value (equals {@code value} unless overridden; NaN for user
 *     figures)
 * @param note the user's note on an override or own figure, may be empty
 * @param method question, scale, primary or secondary source, variant and dispute flag
 */
public record ReferenceFigure(
    long id,
    String dataset,
    String country,
    int year,
    String item,
    double value,
    String unit,
    Provenance source,
    boolean shipped,
    boolean overridden,
    double shippedValue,
    String note,
    FigureMethod method) {

  public ReferenceFigure {
    Objects.requireNonNull(dataset, "dataset");
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(item, "item");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(source, "source");
    note = note == null ? "" : note;
    method = method == null ? FigureMethod.NONE : method;
  }

  /** A figure with nothing known beyond its provenance ({@link FigureMethod#NONE}). */
  public ReferenceFigure(
      long id,
      String dataset,
      String country,
      int year,
      String item,
      double value,
      String unit,
      Provenance source,
      boolean shipped,
      boolean overridden,
      double shippedValue,
      String note) {
    this(id, dataset, country, year, item, value, unit, source, shipped, overridden, shippedValue,
        note, FigureMethod.NONE);
  }

  /** True for figures the user added (not shipped, not an override). */
  public boolean userFigure() {
    return !shipped;
  }
}
