package se.socialorg.advisor.present.help;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import se.socialorg.advisor.i18n.I18n;
import se.socialorg.advisor.model.Alternative;

/**
 * The words of the in-app help in one language: the introduction's panes, the five models, the
 * glossary (sorted as the language sorts) and "How the advice is made". Texts live in the bundles
 * under {@code help.}; this class only knows their order.
 */
public final class HelpContent {

  /** The introduction's panes: what the app answers, the steps, the figures, how sure it is. */
  public static final List<String> INTRO_PANES = List.of("answers", "steps", "figures", "sure");

  /** The parts of "How the advice is made", in reading order. */
  public static final List<String> HOW_SECTIONS = List.of("goals", "scores", "offered",
      "sensitivity", "robustness", "confidence", "money", "figures");

  /** The glossary's words; shown sorted by the term in the user's language. */
  public static final List<String> GLOSSARY = List.of("centralisedTeam", "hubAndSpoke",
      "centreOfExcellence", "ambassador", "employeeAdvocacy", "dandelion", "honeycomb", "maturity",
      "goalWeights", "ahp", "consistencyRatio", "score", "lead", "sensitivity", "plausibleRange",
      "flipPoint", "robustness", "confidenceWords", "defaultValue", "credibility", "trustIndex",
      "marginOfError", "wilson", "reach", "impressions", "organicVisibility", "clickThrough",
      "cpm", "emv", "pipeline", "roi", "conservativeCase", "vendorClaim", "derived");

  private final I18n i18n;

  public HelpContent(I18n i18n) {
    this.i18n = i18n;
  }

  public I18n i18n() {
    return i18n;
  }

  /** A page's title. */
  public String title(HelpPage page) {
    return i18n.t(page.titleKey());
  }

  /** The introduction's panes, in order. */
  public List<HelpSection> introPanes() {
    return sections("help.intro.", INTRO_PANES);
  }

  /** "How the advice is made", part by part. */
  public List<HelpSection> howSections() {
    return sections("help.how.", HOW_SECTIONS);
  }

  /** The five models in the engine's order, each with its diagram. */
  public List<ModelHelp> models() {
    List<ModelHelp> out = new ArrayList<>();
    for (Alternative a : Alternative.values()) {
      out.add(model(a));
    }
    return out;
  }

  /** One model as the help explains it. */
  public ModelHelp model(Alternative a) {
    String base = "help.models." + a.name();
    return new ModelHelp(a, i18n.t("alternative." + a.name()), i18n.t(base + ".text"),
        i18n.t(base + ".fits"), OrgDiagram.of(a), i18n.t(base + ".diagram"));
  }

  /** Every glossary entry, sorted by its term as the user's language sorts. */
  public List<GlossaryEntry> glossary() {
    Collator collator = Collator.getInstance(i18n.locale());
    List<GlossaryEntry> out = new ArrayList<>();
    for (String id : GLOSSARY) {
      out.add(new GlossaryEntry(id, i18n.t("help.glossary." + id + ".term"),
          i18n.t("help.glossary." + id + ".text")));
    }
    out.sort(Comparator.comparing(GlossaryEntry::term, collator));
    return out;
  }

  /** The glossary entries whose term or text holds every word of {@code query}. */
  public List<GlossaryEntry> glossary(String query) {
    return glossary().stream().filter(e -> e.matches(query, i18n.locale())).toList();
  }

  private List<HelpSection> sections(String prefix, List<String> ids) {
    List<HelpSection> out = new ArrayList<>();
    for (String id : ids) {
      out.add(new HelpSection(id, i18n.t(prefix + id + ".title"), i18n.t(prefix + id + ".text")));
    }
    return out;
  }
}
