package se.socialorg.advisor.store.db;

import java.util.Map;
import se.socialorg.advisor.model.ReferenceFigure;
import se.socialorg.advisor.model.Spokesperson;
import se.socialorg.advisor.model.TrustContext;

/**
 * A {@link TrustContext} assembled from the library, with the figures it was built from so the
 * UI can show each one's provenance (for spokespeople: whether the country's own figure or the
 * global one was used, see {@link ReferenceFigure#country()}).
 *
 * @param context the assembled trust context
 * @param business the trust-in-business figure used
 * @param media the trust-in-media figure used
 * @param industry the industry-trust figure used
 * @param credibility the spokesperson figures used
 */
public record TrustLookup(
    TrustContext context,
    ReferenceFigure business,
    ReferenceFigure media,
    ReferenceFigure industry,
    Map<Spokesperson, ReferenceFigure> credibility) {

  public TrustLookup {
    credibility = Map.copyOf(credibility);
  }

  /** True when a spokesperson's figure is the global one rather than the country's own. */
  public boolean globalFallback(Spokesperson who) {
    ReferenceFigure f = credibility.get(who);
    return f != null && !f.country().equals(context.country());
  }
}
