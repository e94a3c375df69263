package se.socialorg.advisor.store.db;

/**
 * A country or region with published trust figures and the year of its newest figure.
 *
 * @param country the country as the library spells it, e.g. "Sweden", "Global"
 * @param newestYear the year of its newest figure
 */
public record CountryEdition(String country, int newestYear) {}
