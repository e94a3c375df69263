package se.socialorg.advisor.store.db;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import se.socialorg.advisor.model.ReferenceFigure;
import se.socialorg.advisor.model.Spokesperson;
import se.socialorg.advisor.model.TrustContext;

/**
 * A {@link TrustContext} assembled from the library, with the figures it was built from so the
 * UI can show each one's provenance, year, and the fallback used when the chosen country or year
 * has no figure of its own.
 *
 * @param context the assembled trust context
 * @param business the trust-in-business figure used
 * @param media the trust-in-media figure used
 * @param industry the industry-trust figure used
 * @param credibility the spokesperson figures used (mapped ones are flagged derived)
 * @param mapped for spokespeople whose figure was mapped from trust in people, how
 */
public record TrustLookup(
    TrustContext context,
    ReferenceFigure business,
    ReferenceFigure media,
    ReferenceFigure industry,
    Map<Spokesperson, ReferenceFigure> credibility,
    Map<Spokesperson, CredibilityMapping.Mapped> mapped) {

  /** Input names as {@link TrustContext#overridden()} uses them. */
  public static final String BUSINESS = "trustInBusiness";

  public static final String MEDIA = "trustInMedia";
  public static final String INDUSTRY = "industryTrust";

  /**
   * A figure that is not the chosen country's figure of the chosen year.
   *
   * @param input the input it stands for ({@link #BUSINESS}, {@link #MEDIA}, {@link #INDUSTRY} or
   *     a {@link Spokesperson} name)
   * @param figure the figure used instead
   */
  public record Fallback(String input, ReferenceFigure figure) {}

  public TrustLookup {
    credibility = Map.copyOf(credibility);
    mapped = mapped.isEmpty() ? Map.of() : new EnumMap<>(mapped);
  }

  public TrustLookup(
      TrustContext context,
      ReferenceFigure business,
      ReferenceFigure media,
      ReferenceFigure industry,
      Map<Spokesperson, ReferenceFigure> credibility) {
    this(context, business, media, industry, credibility, Map.of());
  }

  /** True when a spokesperson's figure is the global one rather than the country's own. */
  public boolean globalFallback(Spokesperson who) {
    ReferenceFigure f = credibility.get(who);
    return f != null && !f.country().equals(context.country());
  }

  /** Every input with its figure, in the order of the trust step. */
  public Map<String, ReferenceFigure> figures() {
    Map<String, ReferenceFigure> out = new java.util.LinkedHashMap<>();
    out.put(BUSINESS, business);
    out.put(MEDIA, media);
    out.put(INDUSTRY, industry);
    for (Spokesperson s : Spokesperson.values()) {
      ReferenceFigure f = credibility.get(s);
      if (f != null) {
        out.put(s.name(), f);
      }
    }
    return out;
  }

  /** The inputs whose figure is another country's or another year's than the one chosen. */
  public List<Fallback> fallbacks() {
    List<Fallback> out = new ArrayList<>();
    figures().forEach((input, f) -> {
      if (!f.country().equals(context.country()) || f.year() != context.year()) {
        out.add(new Fallback(input, f));
      }
    });
    return out;
  }

  /** The year of the oldest figure used, ignoring inputs the user typed over. */
  public OptionalInt oldestYear() {
    return figures().entrySet().stream()
        .filter(e -> !context.overridden().contains(e.getKey()))
        .mapToInt(e -> e.getValue().year())
        .filter(y -> y > 0)
        .min();
  }

  /** How a spokesperson's figure was mapped from trust in people, if it was. */
  public Optional<CredibilityMapping.Mapped> mapping(Spokesperson who) {
    return Optional.ofNullable(mapped.get(who));
  }
}
