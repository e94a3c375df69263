package se.socialorg.advisor.store.db;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.socialorg.advisor.model.Dataset;
import se.socialorg.advisor.model.FigureMethod;
import se.socialorg.advisor.model.Provenance;
import se.socialorg.advisor.model.ReferenceFigure;
import se.socialorg.advisor.model.Spokesperson;

/**
 * The derived step from Edelman's "trust in people to do what is right" (asked from 2020,
 * dataset {@link Dataset#EDELMAN_TRUST_IN_PEOPLE}) to the engine's spokesperson credibility
 * inputs (asked until 2019, {@link Dataset#EDELMAN_SPOKESPEOPLE}). The reasoning is in
 * docs/decision-model.md, section "Credibility from trust in people":
 *
 * <ul>
 *   <li>academic or expert = scientists;
 *   <li>company technical expert = scientists minus the gap between academic and technical
 *       expert in the newest credibility edition that published both (2014: 67 - 66 = 1);
 *   <li>a person like yourself = my neighbours;
 *   <li>regular employee = my neighbours minus the gap between a person like yourself and a
 *       regular employee in the newest edition that published both (2014: 62 - 52 = 10);
 *   <li>CEO = CEOs (CEOs in general, not "my CEO": the audience is outside the company).
 * </ul>
 *
 * Every mapped figure is flagged derived. Pure functions; no database.
 */
public final class CredibilityMapping {

  /**
   * How one spokesperson's credibility is read from the trust-in-people items.
   *
   * @param who the spokesperson
   * @param fromItem the trust-in-people item read
   * @param gapFrom with {@code gapTo}: the published credibility gap subtracted, e.g. academic
   *     minus technical expert; null for a direct mapping
   * @param gapTo see {@code gapFrom}
   */
  public record Rule(Spokesperson who, String fromItem, Spokesperson gapFrom, Spokesperson gapTo) {

    public boolean hasGap() {
      return gapFrom != null && gapTo != null;
    }
  }

  /**
   * One mapped credibility figure.
   *
   * @param who the spokesperson
   * @param figure the credibility figure as the engine reads it (derived)
   * @param from the trust-in-people figure it comes from
   * @param gapHigh the credibility figure the gap is measured from (e.g. academic 2014), if any
   * @param gapLow the credibility figure the gap is measured to (e.g. technical expert 2014), if any
   */
  public record Mapped(
      Spokesperson who,
      ReferenceFigure figure,
      ReferenceFigure from,
      Optional<ReferenceFigure> gapHigh,
      Optional<ReferenceFigure> gapLow) {

    /** The gap subtracted (0 for a direct mapping). */
    public double gap() {
      return gapHigh.isPresent() && gapLow.isPresent()
          ? gapHigh.get().value() - gapLow.get().value()
          : 0;
    }
  }

  /** Trust-in-people item ids. */
  public static final String SCIENTISTS = "scientists";

  public static final String NEIGHBOURS = "my_neighbours";
  public static final String CEOS = "ceos";

  private static final Map<Spokesperson, Rule> RULES =
      Map.of(
          Spokesperson.ACADEMIC, new Rule(Spokesperson.ACADEMIC, SCIENTISTS, null, null),
          Spokesperson.TECHNICAL_EXPERT,
              new Rule(Spokesperson.TECHNICAL_EXPERT, SCIENTISTS, Spokesperson.ACADEMIC,
                  Spokesperson.TECHNICAL_EXPERT),
          Spokesperson.PERSON_LIKE_YOURSELF,
              new Rule(Spokesperson.PERSON_LIKE_YOURSELF, NEIGHBOURS, null, null),
          Spokesperson.EMPLOYEE,
              new Rule(Spokesperson.EMPLOYEE, NEIGHBOURS, Spokesperson.PERSON_LIKE_YOURSELF,
                  Spokesperson.EMPLOYEE),
          Spokesperson.CEO, new Rule(Spokesperson.CEO, CEOS, null, null));

  private CredibilityMapping() {}

  /** The mapping, one rule per spokesperson. */
  public static Map<Spokesperson, Rule> rules() {
    return RULES;
  }

  /**
   * Maps one edition of trust in people (one country, one year) to credibility figures.
   *
   * @param edition trust-in-people figures of one country and year (main figures)
   * @param credibility published credibility figures to measure the gaps on (global, main)
   * @return the spokespeople that could be mapped; a spokesperson is missing when its item is not
   *     in the edition, or its gap was never published
   */
  public static Map<Spokesperson, Mapped> map(
      List<ReferenceFigure> edition, List<ReferenceFigure> credibility) {
    Map<Spokesperson, Mapped> out = new EnumMap<>(Spokesperson.class);
    for (Spokesperson who : Spokesperson.values()) {
      Rule rule = RULES.get(who);
      Optional<ReferenceFigure> from =
          edition.stream().filter(f -> f.item().equals(rule.fromItem())).findFirst();
      if (from.isEmpty()) {
        continue;
      }
      Optional<ReferenceFigure> high = Optional.empty();
      Optional<ReferenceFigure> low = Optional.empty();
      if (rule.hasGap()) {
        Optional<ReferenceFigure[]> anchors = newestPair(credibility, rule.gapFrom(), rule.gapTo());
        if (anchors.isEmpty()) {
          continue;
        }
        high = Optional.of(anchors.get()[0]);
        low = Optional.of(anchors.get()[1]);
      }
      double gap = high.isPresent() ? high.get().value() - low.get().value() : 0;
      double value = Math.max(0, Math.min(100, from.get().value() - gap));
      out.put(rule.who(), new Mapped(rule.who(), derived(rule.who(), from.get(), value), from.get(),
          high, low));
    }
    return out;
  }

  /** The newest year in which both spokespeople have a credibility figure, as [first, second]. */
  private static Optional<ReferenceFigure[]> newestPair(
      List<ReferenceFigure> credibility, Spokesperson first, Spokesperson second) {
    String a = FigureRepository.spokespersonItem(first);
    String b = FigureRepository.spokespersonItem(second);
    List<ReferenceFigure[]> pairs = new ArrayList<>();
    for (ReferenceFigure fa : credibility) {
      if (!fa.item().equals(a) || !fa.method().main()) {
        continue;
      }
      credibility.stream()
          .filter(fb -> fb.item().equals(b) && fb.method().main() && fb.year() == fa.year()
              && fb.country().equals(fa.country()))
          .findFirst()
          .ifPresent(fb -> pairs.add(new ReferenceFigure[] {fa, fb}));
    }
    return pairs.stream().max(Comparator.comparingInt(p -> p[0].year()));
  }

  private static ReferenceFigure derived(Spokesperson who, ReferenceFigure from, double value) {
    Provenance p = from.source();
    return new ReferenceFigure(
        from.id(),
        Dataset.EDELMAN_TRUST_IN_PEOPLE.name(),
        from.country(),
        from.year(),
        FigureRepository.spokespersonItem(who),
        value,
        from.unit(),
        new Provenance(p.sourceTitle(), p.sourceUrl(), p.year(), p.population(), true,
            p.vendorClaim()),
        from.shipped(),
        from.overridden(),
        from.shippedValue(),
        from.note(),
        new FigureMethod("", from.method().question(), from.method().scale(),
            from.method().evidence(), false));
  }
}
