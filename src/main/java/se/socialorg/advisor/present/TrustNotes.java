package se.socialorg.advisor.present;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.socialorg.advisor.i18n.I18n;
import se.socialorg.advisor.model.ReferenceFigure;
import se.socialorg.advisor.model.Spokesperson;
import se.socialorg.advisor.model.TrustContext;
import se.socialorg.advisor.store.db.CountryEdition;
import se.socialorg.advisor.store.db.FigureRepository;
import se.socialorg.advisor.store.db.TrustLookup;

/**
 * The trust figures in words: which fallback stands in when the chosen country or year has no
 * figure ("Sweden 2025 not published; global 2025 used"), where each figure comes from, and a
 * warning when a figure the advice rests on is more than {@value #MAX_AGE} years older than the
 * scenario. No JavaFX.
 */
public final class TrustNotes {

  /** Figures older than this many years before the scenario are named in a warning. */
  public static final int MAX_AGE = 5;

  private TrustNotes() {}

  /** An input's name as the trust step shows it (e.g. "Trust in business", "CEO"). */
  public static String inputName(I18n i18n, String input) {
    return switch (input) {
      case TrustLookup.BUSINESS -> i18n.t("field.TRUST_IN_BUSINESS");
      case TrustLookup.MEDIA -> i18n.t("field.TRUST_IN_MEDIA");
      case TrustLookup.INDUSTRY -> i18n.t("field.INDUSTRY_TRUST");
      default -> i18n.t("spokesperson." + Spokesperson.valueOf(input).name());
    };
  }

  /**
   * One line per fallback used, inputs with the same fallback together, e.g. "Trust in business,
   * CEO: Sweden 2025 not published; global 2025 used." Empty when every figure is the chosen
   * country's of the chosen year.
   */
  public static List<String> fallbacks(I18n i18n, TrustLookup lookup) {
    String country = lookup.context().country();
    int year = lookup.context().year();
    Map<String, List<String>> byUsed = new LinkedHashMap<>();
    Map<String, ReferenceFigure> figureOf = new LinkedHashMap<>();
    for (TrustLookup.Fallback f : lookup.fallbacks()) {
      String key = f.figure().country() + "\n" + f.figure().year();
      byUsed.computeIfAbsent(key, k -> new ArrayList<>()).add(inputName(i18n, f.input()));
      figureOf.putIfAbsent(key, f.figure());
    }
    List<String> out = new ArrayList<>();
    byUsed.forEach((key, inputs) -> {
      ReferenceFigure used = figureOf.get(key);
      String names = String.join(", ", inputs);
      String chosen = CountryNames.of(i18n, country);
      if (used.country().equals(FigureRepository.GLOBAL)) {
        out.add(i18n.t("trust.fallback.global", names, chosen, Integer.toString(year),
            Integer.toString(used.year())));
      } else {
        out.add(i18n.t("trust.fallback.other", names, chosen, Integer.toString(year),
            CountryNames.of(i18n, used.country()), Integer.toString(used.year())));
      }
    });
    return out;
  }

  /** Where one figure comes from, e.g. "global 2024, derived" or "Sweden 2012". */
  public static String origin(I18n i18n, ReferenceFigure f) {
    String where = f.country().equals(FigureRepository.GLOBAL)
        ? i18n.t("trust.origin.global", Integer.toString(f.year()))
        : i18n.t("trust.origin.country", CountryNames.of(i18n, f.country()),
            Integer.toString(f.year()));
    return f.source().derived() ? i18n.t("trust.origin.derived", where) : where;
  }

  /** A line on the mapped credibility figures, when any was mapped from trust in people. */
  public static Optional<String> mapping(I18n i18n, TrustLookup lookup) {
    return lookup.mapped().values().stream().findFirst().map(m ->
        i18n.t("trust.mapped", Integer.toString(m.from().year())));
  }

  /**
   * The warning when figures the advice rests on are more than {@value #MAX_AGE} years older than
   * the scenario: the inputs with their years, inputs the user typed over left out.
   */
  public static Optional<String> ageWarning(I18n i18n, TrustLookup lookup, int scenarioYear) {
    List<String> old = new ArrayList<>();
    lookup.figures().forEach((input, f) -> {
      if (!lookup.context().overridden().contains(input) && tooOld(f.year(), scenarioYear)) {
        old.add(i18n.t("trust.age.item", inputName(i18n, input), Integer.toString(f.year())));
      }
    });
    return old.isEmpty() ? Optional.empty()
        : Optional.of(i18n.t("trust.age.warning", Integer.toString(scenarioYear),
            String.join(", ", old)));
  }

  /**
   * The same warning from a saved scenario alone (the report): its trust figures' oldest year
   * ({@code source().year()}), unless the user typed over every trust input.
   */
  public static Optional<String> ageWarning(I18n i18n, TrustContext trust, int scenarioYear) {
    int year = trust.source() == null ? 0 : trust.source().year();
    if (year <= 0) {
      year = trust.year();
    }
    boolean allOwn = trust.overridden().size() >= 3 + Spokesperson.values().length;
    if (allOwn || !tooOld(year, scenarioYear)) {
      return Optional.empty();
    }
    return Optional.of(i18n.t("trust.age.report", Integer.toString(year),
        Integer.toString(scenarioYear), Integer.toString(scenarioYear - year)));
  }

  /**
   * The year figures are judged against: the case's own date when it has one (a case prepared for
   * 2024 is judged as of 2024), else {@code currentYear}.
   */
  public static int scenarioYear(se.socialorg.advisor.model.Scenario scenario, int currentYear) {
    String date = scenario == null ? "" : scenario.date();
    if (date != null && date.length() >= 4) {
      try {
        return java.time.LocalDate.parse(date).getYear();
      } catch (java.time.format.DateTimeParseException e) {
        return currentYear;
      }
    }
    return currentYear;
  }

  /** True when a figure of {@code year} is more than {@value #MAX_AGE} years before the scenario. */
  public static boolean tooOld(int year, int scenarioYear) {
    return year > 0 && scenarioYear - year > MAX_AGE;
  }

  /** A country in the trust step's list: its name and newest year, e.g. "Sweden (2023)". */
  public static String countryChoice(I18n i18n, CountryEdition c) {
    return i18n.t("trust.country.choice", CountryNames.of(i18n, c.country()),
        Integer.toString(c.newestYear()));
  }
}
