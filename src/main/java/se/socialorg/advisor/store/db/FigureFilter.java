package se.socialorg.advisor.store.db;

/**
 * Which figures {@link FigureRepository#list(FigureFilter)} returns; null components match
 * anything.
 *
 * @param dataset dataset id, e.g. {@code EDELMAN_INSTITUTIONS}
 * @param country country or region, e.g. "Sweden"
 * @param year year
 * @param text case-insensitive text searched in dataset, country, item, source title,
 *     population and note
 */
public record FigureFilter(String dataset, String country, Integer year, String text) {

  public static FigureFilter all() {
    return new FigureFilter(null, null, null, null);
  }

  public FigureFilter withDataset(String d) {
    return new FigureFilter(d, country, year, text);
  }

  public FigureFilter withCountry(String c) {
    return new FigureFilter(dataset, c, year, text);
  }

  public FigureFilter withYear(Integer y) {
    return new FigureFilter(dataset, country, y, text);
  }

  public FigureFilter withText(String t) {
    return new FigureFilter(dataset, country, year, t);
  }
}
